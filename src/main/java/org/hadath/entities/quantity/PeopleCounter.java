package org.hadath.entities.quantity;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.hadath.entities.NumberReader;
import org.hadath.entities.NumberReader.Num;
import org.hadath.entities.Piece;
import org.hadath.entities.Pieces;
import org.hadath.entities.quantity.QuantityLexicon.GrammaticalNumber;
import org.hadath.entities.quantity.QuantityMention.CountedNoun;
import org.hadath.normalize.ArabicGrammar;

/**
 * Counts the people a phrase names without a numeral, by the guide's rule (GUIDE.md,
 * Quantities): a singular person noun is one (طفلة، امرأة، مدني), a dual two (طفلان، طفلي+هما),
 * a plural with a number word after it that number (أطفاله الثلاثة), a bare plural at least
 * two, one picked out of a group one (أحد عناصر), and members joined by و add up (شاب وعمه =
 * 2، طفلان وامرأة = 3، رجل و3 أطفال = 4); victims of different states are not joined (شهيد
 * وجرحى: one dead, at least two wounded).
 *
 * <p>Inside a member, the words after the counted noun that only describe it count nobody:
 * a possessive suffix (زوجت+ه), an adjective (شخصاً مدنياً، شاب آخر), a name (الشاب محمود).
 * A phrase of one member that an ordinary quantity already counts (50 مدنياً، شخصين) is
 * left to {@link QuantityExtractor}. The people lists are data ({@code person-nouns.tsv},
 * {@code people-phrase.tsv}); which phrase counts the victims of which casualty word is the
 * event layer's decision. Stateless; thread-safe.
 */
public final class PeopleCounter {

  /** A member's genitive complement joined over is at most this many nouns (سيارة الإسعاف). */
  static final int COMPLEMENT_WORDS = 3;

  private final QuantityLexicon lex;
  private final NumberReader numbers;

  /** A counter over the shared lexicon. */
  public PeopleCounter() {
    this.lex = QuantityLexicon.get();
    this.numbers = NumberReader.get();
  }

  /** One member of a phrase: its count (max null = unbounded), pieces [start, end). */
  private record Member(long min, Long max, int start, int end, int noun) {}

  /**
   * The people phrases of one sentence, in text order, as mentions of kind {@link
   * QuantityKind#PERSONS} whose counted noun is the first member's noun. Never throws.
   */
  public List<QuantityMention> count(List<CoreLabel> tokens, String docText, int sentenceIndex) {
    List<Piece> ps = Pieces.split(tokens, docText);
    List<QuantityMention> out = new ArrayList<>();
    int i = 0;
    while (i < ps.size()) {
      List<Member> members = new ArrayList<>();
      Member m = member(ps, i, true);
      int j = i;
      while (m != null) {
        members.add(m);
        j = m.end();
        m = joined(ps, j);
        if (m == null) {
          m = joined(ps, complementEnd(ps, j)); // سائق سيارة الإسعاف وأحد الجرحى: after the noun's complement
        }
        if (m != null && otherState(ps, members.get(members.size() - 1), m)) {
          m = null; // شهيد وجرحى: one dead and some wounded, two tolls and not one phrase
        }
      }
      if (members.isEmpty()) {
        i++;
        continue;
      }
      Member only = members.size() == 1 ? members.get(0) : null;
      boolean definitePlural = only != null && only.max() == null
          && (ArabicGrammar.hasArticle(ps.get(only.start()).key()) || only.end() > only.start() + 1
              && isSuffix(ps, only.start() + 1));
      if (!definitePlural) { // إجلاء المدنيين، أطفاله: no count (GUIDE.md)
        out.add(mention(ps, members, docText, sentenceIndex));
      }
      i = Math.max(j, i + 1);
    }
    return out;
  }

  /**
   * A member starting at piece {@code i}: a person noun with its describing words, or
   * (after و, or at a phrase start when a person noun follows) a number and its noun.
   */
  private Member member(List<Piece> ps, int i, boolean first) {
    if (i >= ps.size()) {
      return null;
    }
    Num n = numbers.number(ps, i);
    if (n != null) {
      // رجل و3 أطفال: a counted member; at a phrase start only when a member follows
      if (n.end() < ps.size() && isPerson(ps.get(n.end()))) {
        int end = describers(ps, n.end() + 1);
        if (!first || end + 1 < ps.size() && lex.isPhraseAnd(ps.get(end).key())
            && member(ps, end + 1, false) != null) {
          return new Member(n.value(), n.value(), i, end, n.end());
        }
      }
      return null;
    }
    Piece p = ps.get(i);
    if (!p.isWord() || i > 0 && numbers.number(ps, i - 1) != null && first) {
      return null; // 3 أطفال belongs to the number
    }
    String key = p.key();
    if (lex.isPhraseOne(key) && i + 1 < ps.size() && isPerson(ps.get(i + 1))) {
      // أحد عناصر الفصيل، أحد الجرحى: one person of the group; the noun is أحد, not the group's
      return new Member(1, 1L, i, describers(ps, i + 2), i);
    }
    long min;
    Long max;
    boolean plural = false;
    if (lex.isPersonDual(key)) {
      min = 2;
      max = 2L;
    } else if (lex.isPersonConstructDual(key) && i + 1 < ps.size() && isSuffix(ps, i + 1)) {
      min = 2;
      max = 2L;
    } else {
      GrammaticalNumber g = lex.personNumber(key);
      if (g == null || g == GrammaticalNumber.GROUP) {
        return null;
      }
      if (g == GrammaticalNumber.PL) {
        plural = true;
        min = 2;
        max = null;
      } else {
        min = 1;
        max = 1L;
      }
    }
    int end = i + 1;
    if (end < ps.size() && isSuffix(ps, end)) {
      end++;
    }
    if (plural) {
      // أطفاله الثلاثة: a number word after a plural counts it
      Num after = numbers.number(ps, end);
      if (after == null && end < ps.size() && ArabicGrammar.hasArticle(ps.get(end).key())) {
        after = numbers.number(List.of(new Piece(ps.get(end).text(), ps.get(end).key().substring(ArabicGrammar.ARTICLE.length()),
            ps.get(end).begin(), ps.get(end).end(), ps.get(end).tokenIndex(), ps.get(end).tag())), 0);
        if (after != null) {
          after = new Num(after.value(), end, end + 1);
        }
      }
      if (after != null && after.value() > 1 && after.value() < 1000) {
        min = after.value();
        max = after.value();
        end = after.end();
      }
    }
    end = describers(ps, end);
    return new Member(min, max, i, end, i);
  }

  /**
   * The member joined by و at piece {@code k}, or null: the member after a و piece, or one
   * person picked out of a group with the و still glued to it, as the segmenter leaves وأحد
   * (its key reads like the numeral واحد) before a definite person noun (وأحد الجرحى).
   */
  private Member joined(List<Piece> ps, int k) {
    if (k + 1 >= ps.size()) {
      return null;
    }
    String key = ps.get(k).key();
    if (lex.isPhraseAnd(key)) {
      return member(ps, k + 1, false);
    }
    if (key.length() > 1 && lex.isPhraseAnd(key.substring(0, 1)) && lex.isPhraseOne(key.substring(1))
        && isPerson(ps.get(k + 1)) && ArabicGrammar.hasArticle(ps.get(k + 1).key())) {
      return new Member(1, 1L, k, describers(ps, k + 2), k);
    }
    return null;
  }

  /**
   * Where the member after a member's genitive complement may stand: after at most {@link
   * #COMPLEMENT_WORDS} nouns that name no person (سائق سيارة الإسعاف، مدير مشفى البلدة) when
   * a member joined by و follows them; else {@code j} (no complement to pass over).
   */
  private int complementEnd(List<Piece> ps, int j) {
    int k = j;
    while (k < ps.size() && k - j < COMPLEMENT_WORDS && isComplementNoun(ps.get(k))) {
      k++;
    }
    return k > j && joined(ps, k) != null ? k : j;
  }

  private boolean isComplementNoun(Piece p) {
    String t = p.tag() == null ? "" : p.tag();
    return p.isWord() && (t.startsWith("NN") || t.startsWith("DTNN")) && !lex.isPersonNoun(p.key())
        && numbers.number(List.of(p), 0) == null;
  }

  /** True when two members name victims of different states (قتيل وجريح: DEAD and HURT). */
  private boolean otherState(List<Piece> ps, Member a, Member b) {
    if (a.noun() < 0 || b.noun() < 0) {
      return false;
    }
    String sa = lex.victimState(ps.get(a.noun()).key());
    String sb = lex.victimState(ps.get(b.noun()).key());
    return sa != null && sb != null && !sa.equals(sb);
  }

  /** Skips the words that describe a member's noun: adjectives, names, person adjectives. */
  private int describers(List<Piece> ps, int end) {
    while (end < ps.size()) {
      Piece q = ps.get(end);
      String t = q.tag() == null ? "" : q.tag();
      boolean adjective = t.startsWith("JJ") || t.startsWith("DTJJ") || t.startsWith("ADJ");
      boolean name = t.startsWith("NNP") || t.startsWith("DTNNP") || t.equals("PROPN");
      if (adjective && joined(ps, end) != null) {
        break; // وأحد الجرحى, tagged as an adjective, is the next member
      }
      if (q.isWord() && (adjective || name || lex.personNumber(q.key()) == GrammaticalNumber.SG
          && isAdjectival(q, ps.get(end - 1)))) {
        end++;
      } else {
        break;
      }
    }
    return end;
  }

  /** مدنياً after شخصاً: a nisba person word right after a noun describes it. */
  private static boolean isAdjectival(Piece q, Piece before) {
    String k = q.key();
    return before.isWord() && ArabicGrammar.hasNisbaSuffix(k);
  }

  private boolean isPerson(Piece p) {
    return p.isWord() && lex.isPersonNoun(p.key());
  }

  private boolean isSuffix(List<Piece> ps, int i) {
    Piece s = ps.get(i);
    return s.begin() == ps.get(i - 1).end() && lex.isPhraseSuffix(s.key());
  }

  private static QuantityMention mention(List<Piece> ps, List<Member> members, String doc, int sent) {
    long min = 0;
    Long max = 0L;
    for (Member m : members) {
      min += m.min();
      max = max == null || m.max() == null ? null : max + m.max();
    }
    Piece first = ps.get(members.get(0).start());
    Piece last = ps.get(members.get(members.size() - 1).end() - 1);
    int nounPiece = members.get(0).noun() >= 0 ? members.get(0).noun() : members.get(0).start();
    Piece noun = ps.get(nounPiece);
    CountedNoun cn = new CountedNoun(noun.text(), noun.begin(), noun.end(), noun.tokenIndex(), true);
    return new QuantityMention(doc.substring(first.begin(), last.end()), first.begin(), last.end(),
        sent, first.tokenIndex(), last.tokenIndex() + 1, min, max, false, QuantityKind.PERSONS, cn);
  }
}
