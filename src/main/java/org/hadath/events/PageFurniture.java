package org.hadath.events;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableRangeSet;
import com.google.common.collect.Range;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.hadath.normalize.ArabicGrammar;
import org.hadath.normalize.ArabicKeys;
import org.hadath.normalize.ArabicTextNormalizer;
import org.hadath.util.ModelFiles;

/**
 * Finds the parts of a captured page that are not the article's own text — headlines of
 * other stories, link lists, comment sections, a social page's chrome, repeated page titles —
 * so that the event layer reports no event from them (GUIDE.md: page furniture is no event).
 *
 * <p>It reads the structure of the text, never an outlet's name. The article's <em>body</em>
 * is the run of paragraph lines (long lines, or lines that end a sentence) with the most
 * words; lines inside it may be separated by a few short lines (captions, advertisement
 * markers). Then a line is furniture when
 * <ul>
 *   <li>it follows a cue of kind {@code END} (a comment form, reaction counts: everything
 *       after the cue, which may be glued to the end of a line);</li>
 *   <li>it is a {@code LIST} heading (related, most read, read also) or a short line after
 *       one, up to the next paragraph line;</li>
 *   <li>it comes after the body (a body of at least {@value #MIN_BODY_WORDS} words: a short
 *       capture may end with its own title);</li>
 *   <li>it is a title-like line (short, no sentence end) inside the body next to another one:
 *       a block of headlines, not a subheading;</li>
 *   <li>it repeats an earlier line word for word (a page title shown twice);</li>
 *   <li>it is a title-like line of a capture with no paragraph at all that reads as a site's
 *       list of headlines (the article failed to load: many title-like lines of a headline's
 *       length).</li>
 * </ul>
 * Lines before the body (the article's own headline, a dateline) are kept. Cues are data in
 * {@code models/events/furniture.tsv}. Immutable and thread-safe.
 */
public final class PageFurniture {
  /** The packaged cue file. */
  public static final String DEFAULT_FILE = "events/furniture.tsv";
  /** A body shorter than this may end with its own title: lines after it are kept. */
  static final int MIN_BODY_WORDS = 60;
  /** Words from which a line is a paragraph whatever its ending. */
  static final int PARAGRAPH_WORDS = 18;
  /** Words from which a line that ends a sentence is a paragraph. */
  static final int SENTENCE_WORDS = 8;
  /** Most words of a title-like line. */
  static final int TITLE_WORDS = 16;
  /** Most non-paragraph lines between two paragraphs of one body. */
  static final int BODY_GAP = 5;
  /** Fewest title-like lines of a capture without paragraphs that make it a list of headlines. */
  static final int HEADLINE_LINES = 8;
  /** Fewest words a line of such a list has on average. */
  static final int HEADLINE_WORDS = 6;

  private final ImmutableList<Pattern> lists;
  private final ImmutableList<Pattern> ends;

  private static volatile PageFurniture defaults;

  private PageFurniture(List<Pattern> lists, List<Pattern> ends) {
    this.lists = ImmutableList.copyOf(lists);
    this.ends = ImmutableList.copyOf(ends);
  }

  /** The packaged cues, loaded once per JVM. */
  public static PageFurniture getDefault() {
    PageFurniture f = defaults;
    if (f == null) {
      synchronized (PageFurniture.class) {
        if (defaults == null) {
          defaults = load(ModelFiles.packaged());
        }
        f = defaults;
      }
    }
    return f;
  }

  /** Loads the cues of {@code events/furniture.tsv} from {@code models}; a broken line names file and line. */
  public static PageFurniture load(ModelFiles models) {
    List<Pattern> lists = new ArrayList<>();
    List<Pattern> ends = new ArrayList<>();
    for (ModelFiles.Row row : models.table(DEFAULT_FILE, 2, 3)) {
      Pattern p;
      try {
        p = Pattern.compile(ArabicKeys.foldPattern(row.get(1)));
      } catch (PatternSyntaxException e) {
        throw row.error("bad regular expression: " + e.getDescription());
      }
      switch (row.get(0)) {
        case "LIST" -> lists.add(p);
        case "END" -> ends.add(p);
        default -> throw row.error("kind must be LIST or END, found '" + row.get(0) + "'");
      }
    }
    return new PageFurniture(lists, ends);
  }

  /** One non-blank line of the text: its offsets, its folded characters, its shape. */
  private record Line(int begin, int end, String folded, int words, boolean endsSentence) {
    boolean paragraph() {
      return words >= PARAGRAPH_WORDS || endsSentence && words >= SENTENCE_WORDS;
    }

    boolean titleLike() {
      return words >= 2 && words <= TITLE_WORDS && !endsSentence;
    }
  }

  /** The character ranges of {@code text} that are furniture (empty for null or blank text). */
  public ImmutableRangeSet<Integer> ranges(String text) {
    ImmutableRangeSet.Builder<Integer> out = ImmutableRangeSet.builder();
    if (text == null || text.isBlank()) {
      return out.build();
    }
    List<Line> lines = lines(text);
    int[] body = body(lines);
    boolean headlines = body == null && headlineList(lines);
    Set<String> seen = new HashSet<>();
    boolean inList = false;
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      int cut = endCue(l);
      if (cut >= 0) {
        out.add(Range.closedOpen(cut, text.length()));
        break;
      }
      if (isListHeading(l)) {
        inList = true;
        out.add(Range.closedOpen(l.begin(), l.end()));
        continue;
      }
      if (inList && !l.paragraph()) {
        out.add(Range.closedOpen(l.begin(), l.end()));
        continue;
      }
      inList = false;
      boolean afterBody = body != null && body[2] >= MIN_BODY_WORDS && i > body[1];
      boolean block = body != null && i > body[0] && i < body[1] && l.titleLike()
          && (i > 0 && lines.get(i - 1).titleLike() || i + 1 < lines.size() && lines.get(i + 1).titleLike());
      boolean repeated = l.words() >= 2 && !seen.add(l.folded().strip());
      if (afterBody || block || repeated || headlines && l.titleLike()) {
        out.add(Range.closedOpen(l.begin(), l.end()));
      }
    }
    return out.build();
  }

  /**
   * True when a capture without paragraphs is a site's list of other stories' headlines (the
   * article itself failed to load): at least {@value #HEADLINE_LINES} title-like lines of
   * {@value #HEADLINE_WORDS} words on average. A post told in short lines (a funeral notice,
   * a list of names) has fewer words to a line.
   */
  private static boolean headlineList(List<Line> lines) {
    List<Line> titles = lines.stream().filter(Line::titleLike).toList();
    return titles.size() >= HEADLINE_LINES
        && titles.stream().mapToInt(Line::words).sum() >= HEADLINE_WORDS * titles.size();
  }

  /** Start of an END cue in the line: the whole line when it is short, else from the cue on; -1 if none. */
  private int endCue(Line l) {
    for (Pattern p : ends) {
      Matcher m = p.matcher(l.folded());
      if (m.find()) {
        return l.words() <= SENTENCE_WORDS ? l.begin() : l.begin() + m.start();
      }
    }
    return -1;
  }

  private boolean isListHeading(Line l) {
    if (l.words() > 6) {
      return false;
    }
    String core = l.folded().replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
    for (Pattern p : lists) {
      if (p.matcher(core).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The body: {first line, last line, words} of the run of paragraph lines (gaps of at most
   * {@link #BODY_GAP} other lines) with the most words, or null when there is no paragraph.
   */
  private static int[] body(List<Line> lines) {
    int[] best = null;
    int start = -1;
    int last = -1;
    int words = 0;
    for (int i = 0; i <= lines.size(); i++) {
      boolean para = i < lines.size() && lines.get(i).paragraph();
      if (para && start >= 0 && i - last <= BODY_GAP) {
        last = i;
        words += lines.get(i).words();
        continue;
      }
      if (start >= 0 && (para || i == lines.size() || i - last > BODY_GAP)) {
        if (best == null || words > best[2]) {
          best = new int[] {start, last, words};
        }
        start = -1;
      }
      if (para) {
        start = i;
        last = i;
        words = lines.get(i).words();
      }
    }
    return best;
  }

  private static List<Line> lines(String text) {
    List<Line> out = new ArrayList<>();
    int b = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || ArabicTextNormalizer.isLineBreak(text.charAt(i))) {
        if (i > b && !text.substring(b, i).isBlank()) {
          out.add(line(text, b, i));
        }
        b = i + 1;
      }
    }
    return out;
  }

  private static Line line(String text, int b, int e) {
    StringBuilder folded = new StringBuilder(e - b);
    int words = 0;
    boolean inWord = false;
    boolean letters = false;
    for (int i = b; i < e; i++) {
      char c = text.charAt(i);
      folded.append(ArabicKeys.foldLetter(c));
      if (Character.isWhitespace(c)) {
        words += inWord && letters ? 1 : 0;
        inWord = false;
        letters = false;
      } else {
        inWord = true;
        letters |= Character.isLetterOrDigit(c);
      }
    }
    words += inWord && letters ? 1 : 0;
    return new Line(b, e, folded.toString(), words, endsSentence(text, b, e));
  }

  /** Whether the line ends a sentence (. ! ? ؟ : … ؛), ignoring closing quotes and brackets. */
  private static boolean endsSentence(String text, int b, int e) {
    int i = e - 1;
    while (i >= b && (Character.isWhitespace(text.charAt(i)) || "\"”»')]*\u200f\u200e".indexOf(text.charAt(i)) >= 0)) {
      i--;
    }
    return i >= b && (".!?" + ArabicGrammar.ARABIC_QUESTION_MARK + ":…" + ArabicGrammar.ARABIC_SEMICOLON).indexOf(text.charAt(i)) >= 0;
  }
}
