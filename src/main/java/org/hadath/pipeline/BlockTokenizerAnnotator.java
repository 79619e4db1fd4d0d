package org.hadath.pipeline;

import com.google.common.base.Preconditions;
import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs a tokenizer (CoreNLP's Arabic segmenter) block by block instead of on the whole
 * document: the text is cut at line breaks into blocks of at most {@code maxBlockChars}
 * characters (a longer line is cut after a full stop, else at a space), each block is
 * tokenized alone, and token offsets are shifted back into the document.
 *
 * <p>Why: the segmenter classifies its whole input as one sequence, so its memory grows with
 * the document (a 1 MB text exhausted a 3 GB heap); blocks keep it bounded and the cost
 * linear. No token crosses a line break in either case, so the tokens are the same.
 */
public class BlockTokenizerAnnotator implements Annotator {
  /** Default largest block handed to the tokenizer at once. */
  public static final int DEFAULT_MAX_BLOCK_CHARS = 20_000;

  private final Annotator tokenizer;
  private final int maxBlockChars;

  public BlockTokenizerAnnotator(Annotator tokenizer, int maxBlockChars) {
    Preconditions.checkArgument(maxBlockChars >= 100, "maxBlockChars must be at least 100");
    this.tokenizer = Preconditions.checkNotNull(tokenizer);
    this.maxBlockChars = maxBlockChars;
  }

  @Override
  public void annotate(Annotation annotation) {
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<CoreLabel> all = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = blockEnd(text, start);
      String block = text.substring(start, end);
      if (!block.isBlank()) {
        Annotation sub = new Annotation(block);
        tokenizer.annotate(sub);
        List<CoreLabel> toks = sub.get(CoreAnnotations.TokensAnnotation.class);
        if (toks != null) {
          for (CoreLabel t : toks) {
            t.setBeginPosition(t.beginPosition() + start);
            t.setEndPosition(t.endPosition() + start);
            all.add(t);
          }
        }
      }
      start = end;
    }
    for (int i = 0; i < all.size(); i++) {
      all.get(i).set(CoreAnnotations.TokenBeginAnnotation.class, i);
      all.get(i).set(CoreAnnotations.TokenEndAnnotation.class, i + 1);
    }
    annotation.set(CoreAnnotations.TokensAnnotation.class, all);
  }

  /** End of the block starting at {@code start}: after the last line break that fits, else a full stop or space. */
  private int blockEnd(String text, int start) {
    int limit = Math.min(text.length(), start + maxBlockChars);
    if (limit == text.length()) {
      return limit;
    }
    int cut = text.lastIndexOf('\n', limit - 1);
    if (cut > start) {
      return cut + 1;
    }
    for (int i = limit - 1; i > start + maxBlockChars / 2; i--) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?' || c == '\u061F') && Character.isWhitespace(text.charAt(i + 1))) {
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
