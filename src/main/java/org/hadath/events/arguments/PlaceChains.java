package org.hadath.events.arguments;

import org.hadath.entities.places.PlaceMention;
import org.hadath.events.WordClass;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.Trees;
import org.hadath.events.sentence.WordClasses;
import org.hadath.normalize.ArabicGrammar;

/**
 * Chains of places in the text, the specific one first and the wider one after it (قرية X
 * بريف Y، حي X الواقع شرق مدينة Y، بلدة X في جبل Y), and datelines (إدلب: …، حلب – …). Pure
 * functions of the sentence's tokens and place mentions.
 */
public final class PlaceChains {
  /** At most this many tokens between a place and the wider place after it. */
  public static final int MAX_GAP = 3;
  /** The word class of داخل and وسط (classes.tsv). */
  static final String INSIDE = "INSIDE";
  /** Characters that end a dateline's place (إدلب: ، حلب – ، ادلب/). */
  private static final String DATELINE_MARKS = ":-–—/|";

  private final WordClasses words;
  private final PlaceRoles roles;

  public PlaceChains(WordClasses words, PlaceRoles roles) {
    this.words = words;
    this.roles = roles;
  }

  /**
   * The place right after {@code p} that contains it, or null: it follows after at most a
   * preposition, a comma, a closing quote or a participle (الواقعة في), and is introduced by في/ب or opens or
   * ends with a direction word.
   */
  public PlaceMention containerAfter(SentenceView v, PlaceMention p) {
    if (p.placeType() == org.hadath.entities.places.PlaceType.COUNTRY) {
      return null; // a country is the widest place: it lies inside no other
    }
    int k = p.tokenEnd();
    boolean in = false;
    for (int gap = 0; gap <= MAX_GAP && k < v.size(); gap++, k++) {
      PlaceMention q = v.placeAt(k);
      if (q != null && q != p && q.tokenBegin() == k) {
        if (rank(q.placeType()) < rank(p.placeType()) && q.direction() == null) {
          return null; // a village is not inside a district: a list, not a chain (but منطقة X
                       // غرب مدينة Y places the area by the city whatever their kinds)
        }
        boolean wider = in || q.direction() != null || ArabicGrammar.isBi(roles.gluedPreposition(v, q))
            || isIn(v.caseOf(k)) || ArabicGrammar.isBi(v.caseOf(k));
        return wider ? q : null;
      }
      String tag = v.tag(k);
      if (isIn(v.key(k)) || ArabicGrammar.isBi(v.key(k))) { // بريف Y as the segmenter splits it: ب ريف
        in = true;
      } else if (!(ArabicGrammar.isComma(v.key(k)) || tag.equals("IN")
          || tag.endsWith("JJ") || tag.equals("VN") || isQuote(v, k))) {
        return null;
      }
    }
    return null;
  }

  /** A closing quote after a quoted name (قرية "X" شرق حلب). */
  private static boolean isQuote(SentenceView v, int k) {
    return v.end(k) - v.begin(k) == 1
        && org.hadath.events.sentence.Punctuation.isQuote(v.text().charAt(v.begin(k)));
  }

  /** How wide a kind of place is, for chains: a country holds governorates, a district towns. */
  static int rank(org.hadath.entities.places.PlaceType t) {
    if (t == null) {
      return 1;
    }
    return switch (t) {
      case COUNTRY -> 6;
      case GOVERNORATE -> 5;
      case DISTRICT -> 4;
      case SUBDISTRICT, REGION, MOUNTAIN, RIVER -> 3;
      case CITY -> 2;
      default -> 1;
    };
  }

  /** The first place of the list {@code p} ends (قرى X وY وZ: X for Z), or {@code p}. */
  public PlaceMention listHead(SentenceView v, PlaceMention p) {
    PlaceMention head = p;
    for (int guard = 0; guard < v.size() && head.tokenBegin() >= 2; guard++) {
      int j = head.tokenBegin() - 1;
      boolean join = v.tag(j).equals("CC") || ArabicGrammar.isComma(v.key(j));
      PlaceMention prev = join ? v.placeAt(j - 1) : null;
      if (prev == null || prev == head || prev.tokenEnd() != j) {
        break;
      }
      head = prev;
    }
    return head;
  }

  /** في, or a preposition that puts a thing inside a place like it (داخل، وسط: class INSIDE). */
  private boolean isIn(String key) {
    return words.isA(key, WordClass.IN) || words.rules().isA(key, INSIDE);
  }

  /** Whether {@code p} follows في, داخل or a glued ب (في قرية X، بريف Y). */
  public boolean introducedByIn(SentenceView v, PlaceMention p) {
    int h = Trees.mentionHead(v, p.tokenBegin(), p.tokenEnd());
    return isIn(v.caseOf(h)) || ArabicGrammar.isBi(roles.gluedPreposition(v, p))
        || p.tokenBegin() > 0 && (isIn(v.key(p.tokenBegin() - 1))
            || ArabicGrammar.isBi(v.key(p.tokenBegin() - 1)));
  }

  /**
   * Whether {@code p} names the place that a noun after في or ب is a part of: its head depends
   * on a word that is no place and that في or ب introduces (في الأطراف الغربية من بلدة X، في
   * محيط قرية X). The event happened in that part of {@code p}, so {@code p} is where it
   * happened, as after في itself; read from the tree, whatever the word for the part.
   */
  public boolean partIntroducedByIn(SentenceView v, PlaceMention p) {
    int h = Trees.mentionHead(v, p.tokenBegin(), p.tokenEnd());
    int n = v.head(h);
    if (n >= 0 && v.rel(h).startsWith("nmod") && partIn(v, n)) {
      return true;
    }
    // the parser often hangs من بلدة X on the verb: read the part before من from the words' order
    int k = p.tokenBegin() - 1;
    if (k < 1 || !words.isA(v.key(k), WordClass.FROM)) {
      return false;
    }
    for (k--; k > 0 && v.tag(k).endsWith("JJ"); k--) {
      // الأطراف الغربية من: the part's adjectives
    }
    return v.tag(k).contains("NN") && partIn(v, k);
  }

  /**
   * Whether token {@code n} is a noun, no place, that في or ب introduces (في الأطراف، بمحيط); a
   * word of heading ({@link WordClass#TOWARDS}: باتجاه X) points at a place the event has not
   * reached.
   */
  private boolean partIn(SentenceView v, int n) {
    if (v.placeAt(n) != null || v.isVerb(n) || words.isTriggerWord(v, n)
        || words.isA(v.key(n), WordClass.TOWARDS) || words.isA(ArabicGrammar.BI + v.key(n), WordClass.TOWARDS)) {
      return false;
    }
    return isIn(v.caseOf(n)) || ArabicGrammar.isBi(v.caseOf(n))
        || n > 0 && (isIn(v.key(n - 1)) || ArabicGrammar.isBi(v.key(n - 1)));
  }

  /** Whether {@code p} follows a word of nearness ({@link PlaceRoles#afterNear}). */
  public boolean afterNear(SentenceView v, PlaceMention p) {
    return roles.afterNear(v, p);
  }

  /** The place right before {@code p} that {@code p} contains (قرية X before بريف Y), or null. */
  public PlaceMention containedBefore(SentenceView v, PlaceMention p) {
    for (PlaceMention q : v.places()) {
      if (q != p && q.tokenEnd() <= p.tokenBegin() && p.tokenBegin() - q.tokenEnd() <= MAX_GAP
          && containerAfter(v, q) == p) {
        return q;
      }
    }
    return null;
  }

  /**
   * A dateline: the place that opens its sentence and is followed by a colon, dash or slash
   * (إدلب: …، حلب – …، ادلب/…). It names where the report comes from, not an event's place
   * within its sentence.
   */
  public static boolean isDateline(SentenceView v, PlaceMention p) {
    if (p.tokenBegin() > 1 || p.tokenBegin() == 1 && !v.key(0).equals("#")) {
      return false;
    }
    String t = v.text();
    int i = p.end();
    while (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '\u00a0')) {
      i++;
    }
    return i < t.length() && DATELINE_MARKS.indexOf(t.charAt(i)) >= 0;
  }
}
