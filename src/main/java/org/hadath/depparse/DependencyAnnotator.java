package org.hadath.depparse;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.trees.TreeCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;
import org.hadath.util.ModelFiles;
import java.util.Set;

/**
 * Adds Universal Dependencies to Arabic sentences ({@code hadath_depparse}) by converting
 * each constituency tree with {@link UdConverter}. The graph is stored under CoreNLP's
 * standard {@code BasicDependenciesAnnotation}, so Semgrex and CoreNLP's own outputters
 * (CoNLL-U, JSON) work on Arabic as they do on English.
 *
 * <p>Property {@code hadath.models}: a folder of edited models ({@code depparse/function-words.tsv}).
 */
public class DependencyAnnotator implements Annotator {

  private final UdConverter converter;

  /** Constructor used by CoreNLP's {@code customAnnotatorClass} mechanism. */
  public DependencyAnnotator(String name, Properties props) {
    ModelFiles models = ModelFiles.fromProperties(props);
    this.converter = models == ModelFiles.packaged() ? UdConverter.getDefault()
        : new UdConverter(FunctionWords.load(models));
  }

  /** Creates the annotator with the packaged lexicon. */
  public DependencyAnnotator() {
    this.converter = UdConverter.getDefault();
  }

  /** Creates the annotator with the function words of {@code models}. */
  public DependencyAnnotator(ModelFiles models) {
    this.converter = models == ModelFiles.packaged() ? UdConverter.getDefault()
        : new UdConverter(FunctionWords.load(models));
  }

  @Override
  public void annotate(Annotation annotation) {
    for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      Tree tree = s.get(TreeCoreAnnotations.TreeAnnotation.class);
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      if (tree == null || tokens == null || tokens.isEmpty()
          || s.get(org.hadath.pipeline.HadathAnnotations.ParseStatusAnnotation.class) == org.hadath.pipeline.ParseStatus.SKIPPED) {
        continue; // a skipped sentence has only a placeholder tree: no dependencies
      }
      UdConverter.Dependencies deps = converter.convert(tree, tokens);
      s.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, toGraph(deps, tokens));
    }
  }

  /** Builds a CoreNLP graph over the sentence's own tokens. */
  static SemanticGraph toGraph(UdConverter.Dependencies deps, List<CoreLabel> tokens) {
    SemanticGraph g = new SemanticGraph();
    IndexedWord[] nodes = new IndexedWord[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      nodes[i] = new IndexedWord(tokens.get(i));
      g.addVertex(nodes[i]);
    }
    for (int i = 0; i < tokens.size(); i++) {
      int h = deps.heads()[i];
      if (h < 0) {
        g.addRoot(nodes[i]);
      } else {
        GrammaticalRelation rel = GrammaticalRelation.valueOf(edu.stanford.nlp.international.Language.UniversalEnglish,
            deps.label(i));
        g.addEdge(nodes[h], nodes[i], rel, 1.0, false);
      }
    }
    return g;
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(TreeCoreAnnotations.TreeAnnotation.class, CoreAnnotations.TokensAnnotation.class,
        CoreAnnotations.SentencesAnnotation.class, CoreAnnotations.PartOfSpeechAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
  }
}
