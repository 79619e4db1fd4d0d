package org.hadath.pipeline;

import com.google.common.base.Preconditions;
import edu.stanford.nlp.io.RuntimeIOException;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.AbstractTokenizer;
import edu.stanford.nlp.process.Tokenizer;
import edu.stanford.nlp.process.TokenizerFactory;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A tokenizer factory that remembers what its delegate makes of a one-character input, for
 * CoreNLP's Arabic segmenter. For each character its lexer changed, the segmenter asks whether
 * the lexer deletes that character alone ({@code IOBUtils.isDeletedCharacter}) by building a
 * new lexer over it, and CoreNLP's {@code ArabicLexer} compiles its regular expressions in
 * its constructor: about a tenth of the segmenter's time went there. A one-character input's
 * tokens depend only on the character and the options, so they are made once per character
 * and handed out as copies; any other input goes to the delegate unchanged. Thread-safe as
 * the delegate is (CoreNLP's Arabic factory makes a new lexer per call).
 */
final class CharTokenMemo implements TokenizerFactory<CoreLabel> {
  private static final long serialVersionUID = 1L;
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CharTokenMemo.class);

  private final TokenizerFactory<CoreLabel> delegate;
  private final ConcurrentHashMap<Character, List<CoreLabel>> memo = new ConcurrentHashMap<>();

  /**
   * Puts a memo around the lexer factory (field {@code tf}) of the Arabic segmenter inside
   * {@code tokenizer} (a CoreNLP 4.5.10 {@code TokenizerAnnotator} for Arabic). Never throws:
   * when the segmenter is not as expected, logs one warning and leaves it as it is.
   *
   * @return true if the memo is in place (put now or before)
   */
  static boolean install(edu.stanford.nlp.pipeline.Annotator tokenizer) {
    try {
      Object segmenter = SegmenterDecoding.segmenterOf(tokenizer);
      java.lang.reflect.Field tf = SegmenterDecoding.field(segmenter.getClass(), "tf");
      Object current = tf.get(segmenter);
      if (current instanceof CharTokenMemo) {
        return true;
      }
      if (!(current instanceof TokenizerFactory)) {
        LOG.warn("Arabic segmenter: no lexer factory to remember characters for ({})", current);
        return false;
      }
      @SuppressWarnings("unchecked")
      TokenizerFactory<CoreLabel> factory = (TokenizerFactory<CoreLabel>) current;
      tf.set(segmenter, new CharTokenMemo(factory));
      return true;
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      LOG.warn("Arabic segmenter: its lexer factory is kept as it is ({})", e.toString());
      return false;
    }
  }

  CharTokenMemo(TokenizerFactory<CoreLabel> delegate) {
    this.delegate = Preconditions.checkNotNull(delegate);
  }

  /** The factory this one answers for. */
  TokenizerFactory<CoreLabel> delegate() {
    return delegate;
  }

  @Override
  public Tokenizer<CoreLabel> getTokenizer(Reader r) {
    String s = readAll(r);
    if (s.length() != 1) {
      return delegate.getTokenizer(new StringReader(s));
    }
    List<CoreLabel> made = memo.computeIfAbsent(s.charAt(0),
        c -> List.copyOf(delegate.getTokenizer(new StringReader(s)).tokenize()));
    List<CoreLabel> copies = new ArrayList<>(made.size());
    for (CoreLabel t : made) {
      copies.add(new CoreLabel(t)); // callers may change their tokens; the memo's stay as made
    }
    return new ListTokenizer(copies);
  }

  @Override
  public Tokenizer<CoreLabel> getTokenizer(Reader r, String extraOptions) {
    return delegate.getTokenizer(r, extraOptions);
  }

  @Override
  public void setOptions(String options) {
    delegate.setOptions(options);
    memo.clear(); // other options may tokenize a character differently
  }

  @Override
  public Iterator<CoreLabel> getIterator(Reader r) {
    return getTokenizer(r);
  }

  private static String readAll(Reader r) {
    StringBuilder sb = new StringBuilder();
    // small: most inputs are one character, and a large buffer cost more to clear than to fill
    char[] buf = new char[128];
    try {
      for (int n = r.read(buf); n >= 0; n = r.read(buf)) {
        sb.append(buf, 0, n);
      }
    } catch (IOException e) {
      throw new RuntimeIOException(e);
    }
    return sb.toString();
  }

  /** Hands out a list of tokens already made. */
  private static final class ListTokenizer extends AbstractTokenizer<CoreLabel> {
    private final Iterator<CoreLabel> it;

    ListTokenizer(List<CoreLabel> tokens) {
      this.it = tokens.iterator();
    }

    @Override
    protected CoreLabel getNext() {
      return it.hasNext() ? it.next() : null;
    }
  }
}
