package org.hadath.pipeline;

import com.google.common.base.Preconditions;
import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.parser.common.ParserGrammar;
import edu.stanford.nlp.parser.common.ParserQuery;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.trees.LabeledScoredTreeFactory;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.trees.TreeCoreAnnotations;
import edu.stanford.nlp.trees.TreeFactory;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Constituency parsing for Arabic ({@code hadath_parse}) with bounded cost per sentence.
 *
 * <p>Differences from CoreNLP's {@code parse}: a sentence longer than {@code maxLength}
 * tokens is not dropped to a flat tree but parsed in consecutive chunks (cut after
 * punctuation or before a conjunction where possible) joined under one root; a parser
 * failure gives a flat tree instead of an exception; a sentence filter can skip sentences
 * no later stage needs. Each sentence records a {@link ParseStatus} under
 * {@link HadathAnnotations.ParseStatusAnnotation}, so degraded syntax is visible.
 *
 * <p>Properties (prefix = annotator name): {@code model} (classpath path; default the
 * shift-reduce model), {@code maxLength} (default 100). Parser models are loaded once per
 * JVM and shared; parsing is thread-safe.
 */
public class ParseAnnotator implements Annotator {
  private static final Logger LOG = LoggerFactory.getLogger(ParseAnnotator.class);
  private static final Map<String, ParserGrammar> MODELS = new ConcurrentHashMap<>();
  private static final TreeFactory TF = new LabeledScoredTreeFactory();

  /** Default maximum sentence length parsed in one piece. */
  public static final int DEFAULT_MAX_LENGTH = 100;

  private final ParserGrammar parser;
  private final int maxLength;
  private final SentenceSelector selector;

  /** Constructor used by CoreNLP's {@code customAnnotatorClass} mechanism. */
  public ParseAnnotator(String name, Properties props) {
    this(props.getProperty(name + ".model", ParserChoice.SHIFT_REDUCE.modelPath()),
        Integer.parseInt(props.getProperty(name + ".maxLength", String.valueOf(DEFAULT_MAX_LENGTH))),
        SentenceSelector.ALL);
  }

  /**
   * Creates a parser stage.
   *
   * @param modelPath classpath path of a serialized CoreNLP parser
   * @param maxLength longest sentence parsed in one piece (at least 10)
   * @param selector which sentences to parse; the others get {@link ParseStatus#SKIPPED}
   */
  public ParseAnnotator(String modelPath, int maxLength, SentenceSelector selector) {
    Preconditions.checkArgument(maxLength >= 10, "maxLength must be at least 10: %s", maxLength);
    ModelLoading.quietLoaders();
    this.parser = MODELS.computeIfAbsent(modelPath, ParserGrammar::loadModel);
    this.maxLength = maxLength;
    this.selector = Preconditions.checkNotNull(selector);
  }

  @Override
  public void annotate(Annotation annotation) {
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    boolean[] selected = selector.select(sentences, annotation.get(CoreAnnotations.TextAnnotation.class));
    for (int si = 0; si < sentences.size(); si++) {
      ArabicPipeline.checkInterrupted();
      CoreMap s = sentences.get(si);
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      if (tokens.isEmpty()) {
        continue; // a sentence that was not analysed (ParseStatus.NOT_ANALYSED): nothing to parse
      }
      Tree tree;
      ParseStatus status;
      if (!selected[si]) {
        tree = flatTree(tokens, 0, tokens.size());
        status = ParseStatus.SKIPPED;
      } else if (tokens.size() <= maxLength) {
        tree = parse(tokens, 0, tokens.size());
        status = tree == null ? ParseStatus.FLAT : ParseStatus.FULL;
        if (tree == null) {
          tree = flatTree(tokens, 0, tokens.size());
        }
      } else {
        tree = parseInChunks(tokens);
        status = ParseStatus.CHUNKED;
      }
      tree.indexLeaves();
      s.set(TreeCoreAnnotations.TreeAnnotation.class, tree);
      s.set(HadathAnnotations.ParseStatusAnnotation.class, status);
    }
  }

  private Tree parseInChunks(List<CoreLabel> tokens) {
    List<Tree> parts = new ArrayList<>();
    int start = 0;
    while (start < tokens.size()) {
      int end = chunkEnd(tokens, start);
      Tree t = parse(tokens, start, end);
      if (t == null) {
        t = flatTree(tokens, start, end);
      }
      // drop each chunk's ROOT: the chunks become children of one X under the new ROOT
      parts.addAll(t.children().length == 1 ? List.of(t.firstChild()) : List.of(t.children()));
      start = end;
    }
    return TF.newTreeNode("ROOT", List.of(TF.newTreeNode("X", parts)));
  }

  /** End of the chunk starting at {@code start}: after punctuation or before و in its second half. */
  private int chunkEnd(List<CoreLabel> tokens, int start) {
    int hardEnd = Math.min(tokens.size(), start + maxLength);
    if (hardEnd == tokens.size()) {
      return hardEnd;
    }
    for (int i = hardEnd - 1; i > start + maxLength / 2; i--) {
      if ("PUNC".equals(tokens.get(i).tag())) {
        return i + 1;
      }
    }
    for (int i = hardEnd - 1; i > start + maxLength / 2; i--) {
      if ("CC".equals(tokens.get(i).tag())) {
        return i;
      }
    }
    return hardEnd;
  }

  private Tree parse(List<CoreLabel> tokens, int from, int to) {
    List<TaggedWord> words = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      CoreLabel t = tokens.get(i);
      words.add(new TaggedWord(escape(t.word()), t.tag() == null ? "NN" : t.tag()));
    }
    try {
      ParserQuery pq = parser.parserQuery();
      if (pq.parse(words)) {
        Tree best = pq.getBestParse();
        if (best != null && best.yield().size() == words.size()) {
          return best;
        }
      }
    } catch (RuntimeException | OutOfMemoryError e) {
      LOG.warn("parser failed on a sentence of {} tokens; using a flat tree: {}", words.size(), e.toString());
    }
    return null;
  }

  private static String escape(String w) {
    switch (w) {
      case "(": return "-LRB-";
      case ")": return "-RRB-";
      default: return w;
    }
  }

  /** A tree with every token directly under one X node: used when there is no parse. */
  static Tree flatTree(List<CoreLabel> tokens, int from, int to) {
    List<Tree> pre = new ArrayList<>();
    for (int i = from; i < to; i++) {
      CoreLabel t = tokens.get(i);
      Tree leaf = TF.newLeaf(t.word());
      pre.add(TF.newTreeNode(t.tag() == null ? "X" : t.tag(), List.of(leaf)));
    }
    return TF.newTreeNode("ROOT", List.of(TF.newTreeNode("X", pre)));
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class,
        CoreAnnotations.PartOfSpeechAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(TreeCoreAnnotations.TreeAnnotation.class, HadathAnnotations.ParseStatusAnnotation.class);
  }
}
