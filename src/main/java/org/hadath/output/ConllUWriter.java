package org.hadath.output;

import com.google.common.collect.ImmutableMap;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hadath.pipeline.HadathAnnotations;
import org.hadath.pipeline.ParseStatus;
import org.hadath.util.ModelFiles;

/**
 * Writes an annotated document as CoNLL-U: FORM is the user's own characters, XPOS the
 * tagger's ATB tag, UPOS its UD mapping, HEAD/DEPREL the basic dependencies, and MISC
 * carries {@code TokenRange=BEGIN:END} (offsets into the original text), {@code Norm=}
 * (the normalized form the models saw) and {@code SpaceAfter=No} where applicable. Each
 * sentence's comments give its id, text and {@code parse_status}.
 */
public final class ConllUWriter {
  private static final ImmutableMap<String, String> UPOS = loadUpos();

  private ConllUWriter() {}

  private static ImmutableMap<String, String> loadUpos() {
    Map<String, String> m = new HashMap<>();
    for (ModelFiles.Row r : ModelFiles.packaged().table("depparse/upos.tsv", 2, 2)) {
      m.put(r.get(0), r.get(1));
    }
    return ImmutableMap.copyOf(m);
  }

  /** The UD universal tag for an ATB tag. */
  public static String upos(String xpos) {
    return xpos == null ? "X" : UPOS.getOrDefault(xpos, "X");
  }

  /** Writes {@code doc} to {@code out}. */
  public static void write(Annotation doc, Appendable out) {
    try {
      String text = doc.get(CoreAnnotations.TextAnnotation.class);
      String docId = doc.get(CoreAnnotations.DocIDAnnotation.class);
      List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
      if (sentences == null) {
        return;
      }
      for (CoreMap s : sentences) {
        List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
        int idx = s.get(CoreAnnotations.SentenceIndexAnnotation.class);
        out.append("# sent_id = ").append(docId == null ? "" : docId + "-").append(String.valueOf(idx + 1)).append('\n');
        out.append("# text = ").append(oneLine(s.get(CoreAnnotations.TextAnnotation.class))).append('\n');
        ParseStatus status = s.get(HadathAnnotations.ParseStatusAnnotation.class);
        if (status != null) {
          out.append("# parse_status = ").append(status.name()).append('\n');
        }
        SemanticGraph g = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        int[] heads = new int[tokens.size()];
        String[] rels = new String[tokens.size()];
        if (g != null) {
          for (IndexedWord root : g.getRoots()) {
            heads[root.index() - 1] = 0;
            rels[root.index() - 1] = "root";
          }
          for (SemanticGraphEdge e : g.edgeIterable()) {
            heads[e.getDependent().index() - 1] = e.getGovernor().index();
            rels[e.getDependent().index() - 1] = e.getRelation().toString();
          }
        }
        for (int i = 0; i < tokens.size(); i++) {
          CoreLabel t = tokens.get(i);
          String form = oneToken(text.substring(t.beginPosition(), t.endPosition()));
          StringBuilder misc = new StringBuilder();
          misc.append("TokenRange=").append(t.beginPosition()).append(':').append(t.endPosition());
          misc.append("|Norm=").append(oneToken(t.word()));
          if (i + 1 < tokens.size() && tokens.get(i + 1).beginPosition() == t.endPosition()) {
            misc.append("|SpaceAfter=No");
          }
          out.append(String.valueOf(i + 1)).append('\t')
              .append(form).append('\t')
              .append('_').append('\t')
              .append(upos(t.tag())).append('\t')
              .append(t.tag() == null ? "_" : t.tag()).append('\t')
              .append('_').append('\t')
              .append(g == null ? "_" : String.valueOf(heads[i])).append('\t')
              .append(g == null ? "_" : rels[i]).append('\t')
              .append('_').append('\t')
              .append(misc).append('\n');
        }
        out.append('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String oneLine(String s) {
    return s.replaceAll("[\\r\\n\\u2028\\u2029]+", " ");
  }

  private static String oneToken(String s) {
    String r = s.replaceAll("\\s+", "");
    return r.isEmpty() ? "_" : r;
  }
}
