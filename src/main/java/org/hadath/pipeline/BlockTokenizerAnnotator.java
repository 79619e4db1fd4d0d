package org.hadath.pipeline;

import com.google.common.base.Preconditions;
import edu.stanford.nlp.international.arabic.process.ArabicTokenizer;
import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.process.TokenizerFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.hadath.normalize.ArabicGrammar;
import org.hadath.normalize.ArabicTextNormalizer;

/**
 * Runs a tokenizer (CoreNLP's Arabic segmenter) line by line instead of on the whole
 * document, and only on the lines a {@link LineSelector} chooses.
 *
 * <p>Each non-blank line is tokenized alone (a line longer than {@code maxBlockChars} is cut
 * after a full stop, else at a space) and token offsets are shifted back into the document.
 * Why line by line: the segmenter classifies its whole input as one sequence, so its memory
 * grows with the input (a 1 MB text exhausted a 3 GB heap); and a line's tokens then depend
 * on that line alone, so analysing some lines gives exactly the tokens a full run gives
 * them. Sentences never cross a line break ({@link SentenceSplitAnnotator}).
 *
 * <p>A line the selector leaves out is not segmented. Its sentence boundaries are found from
 * the tokens of CoreNLP's Arabic lexer (the segmenter's own first step), as the sentence
 * splitter finds them from the segmenter's (a full stop, ! ? ؟ …, with closing quotes), and
 * stored under {@link HadathAnnotations.UnanalysedSentencesAnnotation}, so that the sentence
 * splitter keeps their places and every later sentence its number. If a boundary character
 * is glued into a longer lexer token (3.5، ...، !!، a URL), where the segmenter could cut
 * differently, the line is segmented after all. These spans follow the splitter's default
 * boundaries: a pipeline whose {@link SentenceSplitAnnotator} has another
 * {@code boundaryTokenRegex} should analyse every line ({@link LineSelector#ALL}), or the
 * sentences of skipped lines may be numbered differently from a full run.
 */
public class BlockTokenizerAnnotator implements Annotator {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BlockTokenizerAnnotator.class);

  /** Default largest block handed to the tokenizer at once. */
  public static final int DEFAULT_MAX_BLOCK_CHARS = 20_000;

  /** The segmenter's own lexer options (ArabicSegmenter's default tokenizer). */
  private static final String LEXER_OPTIONS = "removeProMarker,removeMorphMarker,removeLengthening";

  private final Annotator tokenizer;
  private final int maxBlockChars;
  private final LineSelector selector;

  /**
   * Constructor used by CoreNLP's {@code customAnnotatorClass} mechanism ({@code hadath_tokenize}
   * in {@link ArabicPipeline#coreNlpProperties}): the JVM's shared Arabic segmenter, line by
   * line on every line, so a user's {@code StanfordCoreNLP} gets the tokens of
   * {@link ArabicPipeline}. Property {@code <name>.maxBlockChars} (default
   * {@value #DEFAULT_MAX_BLOCK_CHARS}).
   */
  public BlockTokenizerAnnotator(String name, Properties props) {
    this(ArabicPipeline.sharedTokenizer(), Integer.parseInt(
        props.getProperty(name + ".maxBlockChars", String.valueOf(DEFAULT_MAX_BLOCK_CHARS))));
  }

  /** A tokenizer run line by line on every line. */
  public BlockTokenizerAnnotator(Annotator tokenizer, int maxBlockChars) {
    this(tokenizer, maxBlockChars, LineSelector.ALL);
  }

  /** A tokenizer run line by line on the lines {@code selector} chooses. */
  public BlockTokenizerAnnotator(Annotator tokenizer, int maxBlockChars, LineSelector selector) {
    UntokenizableCounter.install();
    Preconditions.checkArgument(maxBlockChars >= 100, "maxBlockChars must be at least 100");
    this.tokenizer = Preconditions.checkNotNull(tokenizer);
    this.maxBlockChars = maxBlockChars;
    this.selector = Preconditions.checkNotNull(selector);
  }

  @Override
  public void annotate(Annotation annotation) {
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<int[]> lines = lines(text);
    boolean[] analyse;
    if (selector == LineSelector.ALL) {
      analyse = null;
    } else {
      List<String> lineTexts = new ArrayList<>(lines.size());
      for (int[] l : lines) {
        lineTexts.add(text.substring(l[0], l[1]));
      }
      analyse = selector.select(lineTexts);
      Preconditions.checkState(analyse.length == lines.size(), "line selector answered %s lines for %s",
          analyse.length, lines.size());
    }
    List<CoreLabel> all = new ArrayList<>();
    List<int[]> unanalysed = new ArrayList<>();
    UntokenizableCounter.take(); // count this document's characters only
    TokenizerFactory<CoreLabel> lexer = null; // not thread-safe: one per document
    for (int li = 0; li < lines.size(); li++) {
      int[] l = lines.get(li);
      if (analyse != null && !analyse[li]) {
        if (lexer == null) {
          lexer = ArabicTokenizer.atbFactory();
          lexer.setOptions(LEXER_OPTIONS);
        }
        List<int[]> spans = sentenceSpans(lexer, text, l[0], l[1]);
        if (spans != null) {
          unanalysed.addAll(spans);
          continue;
        }
      }
      ArabicPipeline.checkInterrupted();
      for (int start = l[0]; start < l[1]; ) {
        int end = blockEnd(text, start, l[1]);
        tokenize(text, start, end, all);
        start = end;
      }
    }
    for (int i = 0; i < all.size(); i++) {
      all.get(i).set(CoreAnnotations.TokenBeginAnnotation.class, i);
      all.get(i).set(CoreAnnotations.TokenEndAnnotation.class, i + 1);
    }
    annotation.set(CoreAnnotations.TokensAnnotation.class, all);
    UntokenizableCounter.Report r = UntokenizableCounter.take();
    if (r.count() > 0) {
      LOG.info("{}: {} character(s) outside the Arabic segmenter's alphabet (such as {}), kept as symbol tokens",
          annotation.get(CoreAnnotations.DocIDAnnotation.class), r.count(), String.join(" ", r.samples()));
    }
    if (!unanalysed.isEmpty()) {
      annotation.set(HadathAnnotations.UnanalysedSentencesAnnotation.class, unanalysed);
    }
  }

  private void tokenize(String text, int start, int end, List<CoreLabel> out) {
    String block = text.substring(start, end);
    if (block.isBlank()) {
      return;
    }
    Annotation sub = new Annotation(block);
    tokenizer.annotate(sub);
    List<CoreLabel> toks = sub.get(CoreAnnotations.TokensAnnotation.class);
    if (toks != null) {
      for (CoreLabel t : toks) {
        t.setBeginPosition(t.beginPosition() + start);
        t.setEndPosition(t.endPosition() + start);
        out.add(t);
      }
    }
  }

  /** The non-blank lines of {@code text}, as [begin, end) without the line break. */
  static List<int[]> lines(String text) {
    List<int[]> out = new ArrayList<>();
    int b = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || ArabicTextNormalizer.isLineBreak(text.charAt(i))) {
        if (i > b && !text.substring(b, i).isBlank()) {
          out.add(new int[] {b, i});
        }
        b = i + 1;
      }
    }
    return out;
  }

  /**
   * Sentence spans of a line that is not segmented, or null when the lexer's tokens cannot
   * tell them exactly (a boundary character inside a longer lexer token).
   *
   * <p>The spans are those {@link SentenceSplitAnnotator} gives the segmenter's tokens, found
   * the same way on the lexer's tokens: the segmenter only cuts lexer tokens into smaller
   * pieces, so a sentence's first and last characters are the same, and what the lexer drops
   * (spaces, also no-break spaces, {@code _}, {@code ؋}) is outside every sentence in both.
   */
  static List<int[]> sentenceSpans(TokenizerFactory<CoreLabel> lexer, String text, int begin, int end) {
    List<CoreLabel> tokens = lexer.getTokenizer(new StringReader(text.substring(begin, end))).tokenize();
    List<int[]> spans = new ArrayList<>();
    int start = -1;
    int last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      String w = t.word();
      if (w == null || w.isEmpty()) {
        return null;
      }
      boolean boundary = false;
      for (int k = 0; k < w.length(); k++) {
        boundary |= SentenceSplitAnnotator.isBoundaryChar(w.charAt(k));
      }
      if (boundary && w.length() > 1) {
        return null; // 3.5، ...، !!، a URL: the segmenter could cut it differently
      }
      if (start < 0) {
        start = t.beginPosition();
      }
      last = t.endPosition();
      if (boundary) {
        // closing quotes and brackets that follow the stop, as whole tokens, stay with it
        while (i + 1 < tokens.size() && SentenceSplitAnnotator.isClosers(tokens.get(i + 1).word())) {
          last = tokens.get(++i).endPosition();
        }
        spans.add(new int[] {begin + start, begin + last});
        start = -1;
      }
    }
    if (start >= 0) {
      spans.add(new int[] {begin + start, begin + last});
    }
    return spans;
  }

  /** End of the block starting at {@code start} within a line ending at {@code lineEnd}. */
  private int blockEnd(String text, int start, int lineEnd) {
    int limit = Math.min(lineEnd, start + maxBlockChars);
    if (limit == lineEnd) {
      return limit;
    }
    for (int i = limit - 1; i > start + maxBlockChars / 2; i--) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || ArabicGrammar.isQuestionMark(c)) && Character.isWhitespace(text.charAt(i + 1))) {
        return i + 1;
      }
    }
    for (int i = limit - 1; i > start; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i + 1;
      }
    }
    return limit;
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return tokenizer.requires();
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return tokenizer.requirementsSatisfied();
  }
}
