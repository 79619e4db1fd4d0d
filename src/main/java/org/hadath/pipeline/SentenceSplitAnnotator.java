package org.hadath.pipeline;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.hadath.normalize.ArabicTextNormalizer;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.hadath.normalize.ArabicGrammar;

/**
 * Sentence splitter for Arabic news ({@code hadath_sentences}): a sentence ends after a token
 * matching {@code boundaryTokenRegex} (default {@code . ! ? ؟ …} and runs of them), together
 * with closing quotes and brackets that follow it, AND wherever the text between two tokens
 * contains a line break, because headlines, datelines and captions carry no full stop.
 *
 * <p>Property: {@code hadath_sentences.boundaryTokenRegex} (or the name it is registered under).
 * Produces the same sentence keys as CoreNLP's {@code ssplit}, so {@code pos} and
 * {@code parse} can follow it.
 */
public class SentenceSplitAnnotator implements Annotator {

  /** Default sentence-final token pattern. */
  public static final String DEFAULT_BOUNDARY = "[.!?" + ArabicGrammar.ARABIC_QUESTION_MARK + "\u2026]+|[.!?"
      + ArabicGrammar.ARABIC_QUESTION_MARK + "]+[\"')]*";

  private final Pattern boundary;

  /** Constructor used by CoreNLP's {@code customAnnotatorClass} mechanism. */
  public SentenceSplitAnnotator(String name, Properties props) {
    this(Pattern.compile(props.getProperty(name + ".boundaryTokenRegex", DEFAULT_BOUNDARY)));
  }

  /** Creates a splitter with the given boundary token pattern. */
  public SentenceSplitAnnotator(Pattern boundary) {
    this.boundary = boundary;
  }

  /** Creates a splitter with the default boundary pattern. */
  public SentenceSplitAnnotator() {
    this(Pattern.compile(DEFAULT_BOUNDARY));
  }

  @Override
  public void annotate(Annotation annotation) {
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<CoreLabel> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
    if (text == null || tokens == null) {
      throw new IllegalArgumentException("hadath_sentences needs text and tokens");
    }
    List<CoreMap> sentences = new ArrayList<>();
    // sentences of lines that were not analysed keep their places, in text order
    List<int[]> unanalysed = annotation.get(HadathAnnotations.UnanalysedSentencesAnnotation.class);
    int u = 0;
    int start = 0;
    for (int i = 0; i < tokens.size(); i++) {
      boolean end = i == tokens.size() - 1;
      if (!end) {
        CoreLabel t = tokens.get(i);
        CoreLabel next = tokens.get(i + 1);
        if (boundary.matcher(t.word()).matches()) {
          // keep closing quotes/brackets that directly follow the full stop
          while (i + 1 < tokens.size() && isClosers(tokens.get(i + 1).word())
              && !hasLineBreak(text, tokens.get(i).endPosition(), tokens.get(i + 1).beginPosition())) {
            i++;
          }
          end = true;
        } else if (hasLineBreak(text, t.endPosition(), next.beginPosition())) {
          end = true;
        }
      }
      if (end) {
        while (unanalysed != null && u < unanalysed.size()
            && unanalysed.get(u)[0] < tokens.get(start).beginPosition()) {
          sentences.add(emptySentence(annotation, text, unanalysed.get(u++), start, sentences.size()));
        }
        sentences.add(makeSentence(annotation, text, tokens, start, i + 1, sentences.size()));
        start = i + 1;
      }
    }
    while (unanalysed != null && u < unanalysed.size()) {
      sentences.add(emptySentence(annotation, text, unanalysed.get(u++), tokens.size(), sentences.size()));
    }
    annotation.set(CoreAnnotations.SentencesAnnotation.class, sentences);
  }

  private static boolean hasLineBreak(String text, int from, int to) {
    for (int k = Math.max(0, from); k < Math.min(to, text.length()); k++) {
      if (ArabicTextNormalizer.isLineBreak(text.charAt(k))) {
        return true;
      }
    }
    return false;
  }


  /** A sentence that was not analysed: its span and number, no tokens. */
  private static CoreMap emptySentence(Annotation doc, String text, int[] span, int tokenIndex, int index) {
    CoreMap s = sentence(doc, text, span[0], span[1], new ArrayList<>(), tokenIndex, index);
    s.set(HadathAnnotations.ParseStatusAnnotation.class, ParseStatus.NOT_ANALYSED);
    return s;
  }

  /** True for a character that ends a sentence on its own (. ! ? ؟ …). */
  public static boolean isBoundaryChar(char c) {
    return c == '.' || c == '!' || ArabicGrammar.isQuestionMark(c) || c == '\u2026';
  }

  /** True for a closing quote or bracket that stays with the sentence it follows. */
  public static boolean isCloser(char c) {
    return "\"')]}\u00BB\u201D".indexOf(c) >= 0;
  }

  /** True for a token made only of closing quotes and brackets ({@link #isCloser}). */
  public static boolean isClosers(String w) {
    if (w == null || w.isEmpty()) {
      return false;
    }
    for (int k = 0; k < w.length(); k++) {
      if (!isCloser(w.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static CoreMap makeSentence(Annotation doc, String text, List<CoreLabel> tokens,
      int from, int to, int index) {
    List<CoreLabel> sentTokens = new ArrayList<>(tokens.subList(from, to));
    int begin = sentTokens.get(0).beginPosition();
    int end = sentTokens.get(sentTokens.size() - 1).endPosition();
    CoreMap s = sentence(doc, text, begin, end, sentTokens, from, index);
    String docId = doc.get(CoreAnnotations.DocIDAnnotation.class);
    int k = 1;
    for (CoreLabel t : sentTokens) {
      t.setIndex(k++);
      t.setSentIndex(index);
      if (docId != null) {
        t.setDocID(docId);
      }
    }
    return s;
  }

  /** The sentence keys every sentence gets, analysed or not. */
  private static CoreMap sentence(Annotation doc, String text, int begin, int end,
      List<CoreLabel> tokens, int tokenBegin, int index) {
    CoreMap s = new ArrayCoreMap(9);
    s.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
    s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    s.set(CoreAnnotations.TokensAnnotation.class, tokens);
    s.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin);
    s.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + tokens.size());
    s.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
    String docId = doc.get(CoreAnnotations.DocIDAnnotation.class);
    if (docId != null) {
      s.set(CoreAnnotations.DocIDAnnotation.class, docId);
    }
    return s;
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TextAnnotation.class, CoreAnnotations.TokensAnnotation.class,
        CoreAnnotations.CharacterOffsetBeginAnnotation.class,
        CoreAnnotations.CharacterOffsetEndAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(CoreAnnotations.SentencesAnnotation.class,
        CoreAnnotations.SentenceIndexAnnotation.class, CoreAnnotations.TokenBeginAnnotation.class,
        CoreAnnotations.TokenEndAnnotation.class, CoreAnnotations.IndexAnnotation.class);
  }
}
