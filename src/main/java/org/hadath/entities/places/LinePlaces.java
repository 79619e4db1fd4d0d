package org.hadath.entities.places;

import com.google.common.collect.ImmutableList;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hadath.entities.PhraseMatcher;
import org.hadath.normalize.ArabicGrammar;
import org.hadath.normalize.ArabicKeys;

/**
 * The places a line of text names, read from its words alone, with no tokenizer, tagger or
 * parser: for the lines the pipeline leaves unanalysed because no event word is in them (a
 * post's hashtag line, the body of a raid or arrest report), whose places still tell an
 * incident builder which story a report is about. Conservative, since no tag can tell a verb
 * or an ordinary word from a name: a name of the gazetteer (the longest at a word, with the
 * clitics the segmenter would split; a settlement before a governorate, district or
 * subdistrict of the same name, {@link PlaceChoice}) counts unless it is also an ordinary
 * word ({@code place_guards.tsv}), which counts only after a cue, or the gazetteer has no
 * coordinates for it (a name shared with a district abroad: القاهرة، الجزائر); after a cue
 * (قرية، بلدة) an unknown word of at least {@value #MIN_UNKNOWN} letters that is no function word is an
 * unresolved place, with the next word when it opens many of the gazetteer's names (منطقة أبو
 * حامضة، قرية تل سمعان). Thread-safe; pure function of the text and the gazetteer.
 */
public final class LinePlaces {

  /** The fewest letters an unknown name after a cue must have. */
  static final int MIN_UNKNOWN = 3;

  /**
   * One place a line names.
   *
   * @param begin first character of the mention (its cue included)
   * @param end one past its last character
   * @param headBegin first character of the name
   * @param headEnd one past the name's last character
   * @param place the gazetteer's place, or null for an unknown name after a cue
   */
  public record Found(int begin, int end, int headBegin, int headEnd, Place place) {}

  private LinePlaces() {}

  /** The places {@code text[begin, end)} names, in text order. */
  public static ImmutableList<Found> of(String text, int begin, int end, PlaceGazetteer gaz) {
    List<CoreLabel> toks = words(text, Math.max(0, begin), Math.min(text.length(), end));
    // each word's key once for the three matchers (most of the cost of a line was its keys)
    PhraseMatcher.Keys keys = PhraseMatcher.keys(toks);
    Map<Integer, PhraseMatcher.Match<Place>> names = longest(gaz.names().findAll(toks, keys, text));
    Map<Integer, PhraseMatcher.Match<PlaceGazetteer.Cue>> cues = longest(gaz.cues().findAll(toks, keys, text));
    // الريف الشرقي: a direction after a cue is no name
    Map<Integer, PhraseMatcher.Match<PlaceGazetteer.DirectionWord>> directions =
        cues.isEmpty() ? Map.of() : longest(gaz.directions().findAll(toks, keys, text));
    ImmutableList.Builder<Found> out = ImmutableList.builder();
    int i = 0;
    while (i < toks.size()) {
      PhraseMatcher.Match<PlaceGazetteer.Cue> c = cues.get(i);
      PhraseMatcher.Match<Place> m = names.get(i);
      if (c != null && c.tokenEnd() < toks.size()) {
        int k = c.tokenEnd();
        PhraseMatcher.Match<Place> named = names.get(k);
        if (named != null) {
          out.add(new Found(c.begin(), named.end(), named.begin(), named.end(),
              PlaceChoice.choose(named.values(), c.values().get(0).type())));
          i = named.tokenEnd();
          continue;
        }
        CoreLabel w = toks.get(k);
        String key = keys.get(k);
        boolean unknown = m == null || m.tokenEnd() <= c.tokenEnd(); // not a name that holds its cue
        boolean two = secondWord(toks, k, key, gaz, cues, directions); // incplace6: منطقة أبو حامضة، قرية تل سمعان
        if (unknown && (key.length() >= MIN_UNKNOWN || two) && !gaz.isNameStop(key) && cues.get(k) == null
            && !directions.containsKey(k) && arabic(key.charAt(0))) {
          int last = two ? k + 1 : k;
          out.add(new Found(c.begin(), toks.get(last).endPosition(), w.beginPosition(), toks.get(last).endPosition(), null));
          i = last + 1;
          continue;
        }
      }
      if (m != null && gaz.guard(ArabicKeys.matchKey(text.substring(m.begin(), m.end()))) == null) {
        Place p = PlaceChoice.choose(m.values(), null);
        if (p.lat() != null) {
          out.add(new Found(m.begin(), m.end(), m.begin(), m.end(), p));
        }
        i = m.tokenEnd();
        continue;
      }
      i++;
    }
    return out.build();
  }

  /**
   * True when the unknown name after a cue that starts with word {@code k} goes on to the next
   * word: a word that opens many of the gazetteer's names (أبو، تل، كفر, {@link
   * PlaceGazetteer#opensNames}) is a name's start (منطقة أبو حامضة), when an Arabic word that
   * is no function word, cue or direction follows.
   */
  private static boolean secondWord(List<CoreLabel> toks, int k, String key, PlaceGazetteer gaz,
      Map<Integer, ?> cues, Map<Integer, ?> directions) {
    if (!gaz.opensNames(key) || k + 1 >= toks.size()) {
      return false;
    }
    String next = PhraseMatcher.tokenKey(toks.get(k + 1));
    return next.length() >= 2 && arabic(next.charAt(0)) && !gaz.isNameStop(next) && cues.get(k + 1) == null
        && !directions.containsKey(k + 1);
  }

  /** The longest match starting at each token. */
  private static <V> Map<Integer, PhraseMatcher.Match<V>> longest(List<PhraseMatcher.Match<V>> all) {
    Map<Integer, PhraseMatcher.Match<V>> out = new HashMap<>();
    for (PhraseMatcher.Match<V> m : all) {
      out.merge(m.tokenBegin(), m, (a, b) -> b.tokenEnd() > a.tokenEnd() ? b : a);
    }
    return out;
  }

  /**
   * The words of {@code text[begin, end)} as tokens: runs of Arabic letters and diacritics, or
   * of other letters and digits; anything else (spaces, punctuation, {@code #}, {@code _})
   * separates them, and so does a change of script (الشحيلAll reactions, a post's name glued
   * to the page's buttons).
   */
  static List<CoreLabel> words(String text, int begin, int end) {
    List<CoreLabel> out = new ArrayList<>();
    int i = begin;
    while (i < end) {
      if (!wordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      boolean script = arabic(text.charAt(i));
      while (j < end && wordChar(text.charAt(j)) && arabic(text.charAt(j)) == script) {
        j++;
      }
      // what the phrase matcher reads: the word and where it lies
      CoreLabel t = new CoreLabel(3);
      t.setWord(text.substring(i, j));
      t.setBeginPosition(i);
      t.setEndPosition(j);
      out.add(t);
      i = j;
    }
    return out;
  }

  /**
   * True for a character of the Arabic blocks (letters, diacritics, tatweel, Arabic digits):
   * Arabic, Arabic Presentation Forms-A and -B, by their ranges (looking the block up costs a
   * search per character).
   */
  static boolean arabic(char c) {
    return c >= '\u0600' && c <= '\u06FF' || c >= '\uFB50' && c <= '\uFDFF' || c >= '\uFE70' && c <= '\uFEFF';
  }

  private static boolean wordChar(char c) {
    return Character.isLetterOrDigit(c) || ArabicKeys.isDiacritic(c) || c == ArabicGrammar.TATWEEL;
  }
}
