package org.hadath.events.casualties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hadath.entities.quantity.QuantityMention;
import org.hadath.events.CasualtyKind;
import org.hadath.events.EventFrame.Casualty;
import org.hadath.events.EventFrame.Quantity;
import org.hadath.events.EventType;
import org.hadath.events.Role;
import org.hadath.events.Span;
import org.hadath.events.WordClass;
import org.hadath.events.arguments.Candidate;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.Trees;
import org.hadath.events.sentence.WordClasses;
import org.hadath.events.triggers.Trigger;
import org.hadath.normalize.ArabicGrammar;

/**
 * Which strike or clash each casualty figure of a sentence belongs to: every casualty word
 * (killed, injured, both) with its figure ({@link CasualtyFigures}) goes to the mention
 * closest in the tree, in the same report, and to mentions linked to that one (conjuncts,
 * causes, the event a clause elaborates); the counted victims of a killing word are a death
 * toll.
 */
public final class CasualtyLinker {
  /** A toll further than this many links from its mention … */
  public static final int MAX_TREE_DISTANCE = 6;
  /** … and further than this many tokens belongs to no mention found (another part of a long sentence). */
  public static final int MAX_TEXT_DISTANCE = 25;
  /** A mention governing the toll's mention within this many links shares its toll (the clause elaborates it). */
  public static final int ELABORATION_TREE_DISTANCE = 4;
  /** A causal preposition links two mentions at most this many links apart (… جراء قصفه). */
  public static final int CAUSE_TREE_DISTANCE = 3;
  /** People counted at most this many links under a killing word (مجزرة بحق … و12 فرداً) are its dead. */
  public static final int KILLING_REACH = 3;
  /** A result verb without subject takes the mention at most this many words before it. */
  public static final int RESULT_REACH = 12;
  /** Punctuation that ends a clause: a result verb after one tells another clause's result. */
  private static final String CLAUSE_END = ArabicGrammar.COMMAS + "." + ArabicGrammar.ARABIC_SEMICOLON + ";";

  private final WordClasses words;
  private final CasualtyWords casualtyWords;
  private final CasualtyFigures figures;
  private final Breakdowns breakdowns;

  public CasualtyLinker(WordClasses words) {
    this.words = words;
    this.casualtyWords = new CasualtyWords(words);
    this.figures = new CasualtyFigures(words);
    this.breakdowns = new Breakdowns(words);
  }

  /** A casualty a sentence tells, before it is linked to a mention: its casualty word's token and the entry. */
  public record Toll(int token, Casualty casualty) {}

  /** The casualties of each violent mention (STRIKE, CLASH, BOMBING) of the sentence; others get none. */
  public Map<Trigger, List<Casualty>> casualties(SentenceView v, List<Trigger> trigs,
      Map<Trigger, List<Candidate>> args) {
    Map<Trigger, List<Casualty>> out = new LinkedHashMap<>();
    List<Trigger> violent = new ArrayList<>();
    for (Trigger t : trigs) {
      if (t.rule().type() == EventType.STRIKE || t.rule().type() == EventType.CLASH
          || t.rule().type() == EventType.BOMBING) {
        violent.add(t);
      }
    }
    if (violent.isEmpty()) {
      return out;
    }
    for (Toll toll : tolls(v, trigs)) {
      int c = toll.token();
      Casualty cas = toll.casualty();
      Trigger target = linkedTrigger(v, violent, c);
      Trigger said = resultSubject(v, violent, c);
      if (said != null && (target == null || !v.dominates(target.token(), said.token())
          && !v.dominates(said.token(), target.token()))) {
        // وسقوط قذيفة على القرية أدت لمقتل طفلة: the result verb tells its subject's toll; a mention
        // the tree's choice governs or hangs under (استهدف … بهجوم أدى إلى) is one event with it
        target = said;
      }
      if (target == null || Trees.treeDistance(v, target.token(), c) > MAX_TREE_DISTANCE
          && Math.abs(target.token() - c) > MAX_TEXT_DISTANCE) {
        continue; // a toll in another part of a long sentence belongs to no event we found
      }
      addCasualty(out, target, cas);
      // a toll blamed on two linked mentions goes on both (غارات … والقصف المدفعي، مجزرة … جراء قصفه)
      for (Trigger t : violent) {
        if (t != target && t.rule().type() == target.rule().type() && (Trees.linkedByConj(v, t.token(), target.token())
            || linkedByCause(v, t.token(), target.token()) || linkedByCause(v, target.token(), t.token())
            // قصفاً … حيث دمرت الصواريخ … وقتلت 40: the clause elaborates the event above it
            || v.dominates(t.token(), target.token())
                && Trees.treeDistance(v, t.token(), target.token()) <= ELABORATION_TREE_DISTANCE
            // القصف أسفر عن مقتل شخص جراء القصف على بلدة X: the toll's own cause phrase names it too
            || tollCause(v, t.token(), c))) {
          addCasualty(out, t, cas);
        }
      }
    }
    // مجزرة بحق 12 مدنياً: the victims of a killing word are a death toll
    for (Trigger t : violent) {
      if (!words.is(v, t.token(), WordClass.KILLING) || out.containsKey(t)) {
        continue;
      }
      for (QuantityMention q : v.quantities()) {
        // المجزرة بحق أعمامنا … و12 فرداً من العائلة: people counted under the killing word are its dead
        int n = q.countedNoun() == null ? -1 : q.countedNoun().tokenIndex();
        if (q.countsPeople() && n >= 0 && v.dominates(t.token(), n)
            && Trees.treeDistance(v, t.token(), n) <= KILLING_REACH && !casualtyWords.amongBefore(v, q.tokenBegin())) {
          addCasualty(out, t, new Casualty(CasualtyKind.KILLED,
              new Quantity(q.min(), q.max(), q.approximate(), Span.of(v.text(), q.begin(), q.end())),
              q.countedNoun().text(), "casualty:killing-people"));
        }
      }
      for (Candidate a : args.get(t)) {
        if (a.role() != Role.TARGET) {
          continue;
        }
        for (QuantityMention q : v.quantities()) {
          if (q.countsPeople() && a.span().overlaps(Span.of(v.text(), q.begin(), q.end()))) {
            addCasualty(out, t, new Casualty(CasualtyKind.KILLED,
                new Quantity(q.min(), q.max(), q.approximate(), Span.of(v.text(), q.begin(), q.end())),
                q.countedNoun() == null ? null : q.countedNoun().text(), "casualty:killing-target"));
          }
        }
      }
    }
    return out;
  }

  /**
   * The tolls sentence {@code v} tells, in text order, whether or not a mention of it is
   * there to take them: every casualty word that is no trigger of {@code trigs} (a harming
   * word may be one: قنص عنصر), not negated, with its figure ({@link CasualtyFigures}) or an
   * indefinite plural; a killed and an injured word sharing one figure give one entry of
   * both kinds.
   */
  public List<Toll> tolls(SentenceView v, List<Trigger> trigs) {
    List<Toll> out = new ArrayList<>();
    boolean[] used = new boolean[v.size()];
    for (int c = 0; c < v.size(); c++) {
      if (used[c]) {
        continue;
      }
      boolean killed = casualtyWords.killed(v, c);
      boolean injured = casualtyWords.injured(v, c);
      // قنص عنصر: a harming word may be the trigger itself; its counted object is killed or injured
      boolean harmed = !killed && !injured && casualtyWords.harmed(v, c);
      if (!killed && !injured && !harmed || isTrigger(trigs, c) && !harmed) {
        continue;
      }
      if (figures.negated(v, c)) {
        continue; // دون أن تسفر عن إصابات، لم يسفر عن قتلى
      }
      CasualtyKind kind = killed ? CasualtyKind.KILLED : injured ? CasualtyKind.INJURED : CasualtyKind.KILLED_OR_INJURED;
      QuantityMention q = figures.quantityFor(v, c);
      int life = killed ? casualtyWords.lifeWord(v, c) : -1;
      if (q == null && life >= 0) {
        q = figures.quantityFor(v, life); // أودى القصف بحياة ثلاثة مدنيين: the victims follow the life word
      }
      // استشهاد وإصابة عدد من المدنيين، قتلى وجرحى: one entry of both kinds
      boolean part = !v.isVerb(c) && breakdowns.isPart(v, c); // بين شهيد وإصابتين: each part has its own kind
      for (int k : part ? List.<Integer>of() : coordinated(v, c)) {
        boolean otherKind = killed ? casualtyWords.injured(v, k) : injured && casualtyWords.killed(v, k);
        QuantityMention kq = figures.quantityFor(v, k);
        // قُتل وأصيب عدد من المدنيين: a figure after the second word counts both
        if (otherKind && (kq == null || kq == q || q == null) && !ownFigure(v, c, k, q)) {
          used[k] = true;
          kind = CasualtyKind.KILLED_OR_INJURED;
          if (q == null) {
            q = kq;
          }
        }
      }
      List<Integer> parts = q == null ? List.of() : breakdowns.parts(v, q);
      if (!parts.isEmpty()) {
        if (breakdowns.addUp(v, parts, q)) {
          continue; // 3 أشخاص بين شهيد وإصابتين: the parts after بين are the tolls
        }
        // عشرات بين قتيل وجريح: the parts only say the victims are of both kinds
        boolean k0 = casualtyWords.killed(v, parts.get(0));
        for (int p : parts) {
          used[p] = true;
          if (casualtyWords.killed(v, p) != k0) {
            kind = CasualtyKind.KILLED_OR_INJURED;
          }
        }
      }
      Quantity qty;
      String victims = null;
      String how = "quantity";
      if (q == null && (words.is(v, c, WordClass.CASUALTY_DUAL) || part || countsOne(v, c))) {
        // بين شهيد وإصابتين، سقوط شهيدين، وقوع قتيل: a victim noun counts itself, one or two
        long n = words.is(v, c, WordClass.CASUALTY_DUAL) ? 2 : 1;
        used[c] = true;
        out.add(new Toll(c, new Casualty(kind, new Quantity(n, n, false, v.span(c, c + 1)), null, "casualty:noun")));
        continue;
      }
      if (q != null) {
        qty = new Quantity(q.min(), q.max(), q.approximate(), Span.of(v.text(), q.begin(), q.end()));
        victims = q.countedNoun() == null ? null : q.countedNoun().text();
      } else {
        qty = figures.indefinitePlural(v, c);
        how = "plural";
        if (qty != null && kind == CasualtyKind.KILLED && words.is(v, c, WordClass.VICTIMS_EITHER)
            && !(c + 1 < v.size() && words.is(v, c + 1, WordClass.KILLING))) {
          kind = CasualtyKind.KILLED_OR_INJURED; // قصف يوقع ضحايا: dead or wounded; ضحايا مجزرة are dead
        }
        if (qty == null && killed) {
          // أدى إلى مقتله; not إصابته، جراحه, which mostly tell what a death came from (جراء إصابته، متأثراً بجراحه)
          qty = figures.pronounVictims(v, c);
          how = "pronoun";
        }
        if (qty == null && life >= 0) {
          qty = figures.pronounVictims(v, life); // فقدا حياتهما: the life word's pronoun counts the dead
        }
        if (qty == null && killed) {
          qty = figures.relativeVictims(v, c, trigs); // الصحفي أنس، الذي ارتقى إثر غارة: one
          how = "relative";
        }
        if (qty == null) {
          continue;
        }
      }
      used[c] = true;
      out.add(new Toll(c, new Casualty(kind, qty, victims, "casualty:" + how)));
    }
    return out;
  }

  /**
   * True when mention {@code t} is the cause phrase of the casualty word {@code c} (مقتل شخص
   * جراء القصف على X، قُتل طفل إثر قصف): a causal word (جراء، إثر، نتيجة) right before the
   * mention, which follows the casualty word within a few links, with no other casualty word
   * between them (… وأصيب طفل جراء القصف على Y tells the injured child's cause).
   */
  private boolean tollCause(SentenceView v, int t, int c) {
    if (t <= c || Trees.treeDistance(v, t, c) > CAUSE_TREE_DISTANCE) {
      return false;
    }
    boolean caused = words.isA(v.caseOf(t), WordClass.CAUSE)
        || t - 1 > c && words.is(v, t - 1, WordClass.CAUSE);
    if (!caused) {
      return false;
    }
    for (int i = c + 1; i < t; i++) {
      if (casualtyWords.victim(v, i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when casualty word {@code c} has a figure of its own that a word {@code k} of the
   * other kind coordinated after it does not share: a victim noun counting itself (شهيد
   * وجرحى = 1 dead; سقوط شهيدين وجرحى = 2 dead), or a figure standing between the two words
   * (قُتل الطفل وأصيبت والدته، مقتل 3 وإصابة آخرين). A figure before both (5 قتلى وجرحى) or
   * after both (قُتل وأصيب 5) is shared.
   */
  private boolean ownFigure(SentenceView v, int c, int k, QuantityMention q) {
    if (q == null) {
      return words.is(v, c, WordClass.CASUALTY_DUAL);
    }
    return q.tokenBegin() == c && q.tokenEnd() == c + 1 || q.tokenBegin() > c && q.tokenEnd() <= k;
  }

  /**
   * True for an indefinite singular victim noun standing as a noun of its own (أسفر عن وقوع
   * قتيل): not an adjective (طفل شهيد) nor one with a pronoun (شهيدنا).
   */
  private boolean countsOne(SentenceView v, int c) {
    return words.is(v, c, WordClass.CASUALTY_ONE) && !v.isVerb(c) && !v.rel(c).startsWith("amod")
        && !(c + 1 < v.size() && v.tag(c + 1).startsWith("PRP") && v.begin(c + 1) == v.end(c));
  }

  /**
   * The words coordinated with casualty word {@code c}: its conjuncts, and the word right
   * after its و when the parser hung that word on it by another relation (استشهد وأصيب عدد
   * من المواطنين parsed with أصيب as a dep of استشهد).
   */
  private static List<Integer> coordinated(SentenceView v, int c) {
    List<Integer> out = new ArrayList<>(v.children(c, "conj"));
    int k = c + 2;
    if (k < v.size() && v.tag(c + 1).equals("CC") && v.head(k) == c && !out.contains(k)) {
      out.add(k);
    }
    return out;
  }

  /** True when {@code effect} governs {@code cause} through a causal preposition (جراء، بسبب). */
  private boolean linkedByCause(SentenceView v, int cause, int effect) {
    return v.dominates(effect, cause) && Trees.treeDistance(v, cause, effect) <= CAUSE_TREE_DISTANCE
        && words.isA(v.caseOf(cause), WordClass.CAUSE);
  }

  /** Adds a casualty unless the event already has one from the same words. */
  private static void addCasualty(Map<Trigger, List<Casualty>> out, Trigger t, Casualty c) {
    List<Casualty> l = out.computeIfAbsent(t, k -> new ArrayList<>());
    for (Casualty x : l) {
      if (x.quantity().span().overlaps(c.quantity().span())) {
        return;
      }
    }
    l.add(c);
  }

  private static boolean isTrigger(List<Trigger> trigs, int i) {
    for (Trigger t : trigs) {
      if (t.token() == i) {
        return true;
      }
    }
    return false;
  }

  /**
   * Which event a casualty word belongs to: the closest in the dependency tree (ما أدى إلى
   * مقتل under its strike, قُتل … في غارة above it, وقع قتلى خلال اشتباكات beside it), ties
   * broken by distance in the text, the preceding trigger first.
   */
  private Trigger linkedTrigger(SentenceView v, List<Trigger> violent, int c) {
    Trigger best = null;
    int bestTree = Integer.MAX_VALUE;
    int bestLinear = Integer.MAX_VALUE;
    int scope = reportScope(v, c);
    for (Trigger t : violent) {
      if (scope >= 0 && reportScope(v, t.token()) != scope && !v.dominates(t.token(), c)) {
        continue; // a toll in another source's statement (في حين ذكرت تقارير أن … قتل 191)
      }
      int tree = Trees.treeDistance(v, t.token(), c);
      int linear = Math.abs(t.token() - c) * 2 + (t.token() < c ? 0 : 1);
      if (tree < bestTree || tree == bestTree && linear < bestLinear) {
        best = t;
        bestTree = tree;
        bestLinear = linear;
      }
    }
    return best;
  }

  /**
   * The mention whose result the casualty word {@code c} is, when the parse lost the result
   * verb's subject: a result verb ({@code RESULT}: أدى، أسفر) one or two links above the
   * casualty word, with no subject in the tree and no ما before it (ما أدى tells the result
   * of the whole clause, which the tree links), takes the violent mention just before it in
   * the same clause (no comma or full stop between, at most {@link #RESULT_REACH} words back).
   */
  private Trigger resultSubject(SentenceView v, List<Trigger> violent, int c) {
    int r = v.head(c);
    if (r >= 0 && !words.is(v, r, WordClass.RESULT)) {
      r = v.head(r);
    }
    if (r < 0 || !words.is(v, r, WordClass.RESULT) || !v.isVerb(r) || !v.children(r, "nsubj").isEmpty()
        || r > 0 && words.is(v, r - 1, WordClass.WHAT_RESULT)) {
      return null;
    }
    Trigger before = null;
    for (Trigger t : violent) {
      if (t.token() < r && (before == null || t.token() > before.token())) {
        before = t;
      }
    }
    if (before == null || r - before.token() > RESULT_REACH) {
      return null;
    }
    for (int i = before.token() + 1; i < r; i++) {
      if (v.tag(i).equals("PUNC") && CLAUSE_END.indexOf(v.text().charAt(v.begin(i))) >= 0) {
        return null;
      }
    }
    return before;
  }

  /** The nearest reporting verb above a token (whose statement it is part of), or -1. */
  private int reportScope(SentenceView v, int i) {
    int steps = 0;
    for (int x = v.head(i); x >= 0 && steps++ <= v.size(); x = v.head(x)) {
      if (v.isVerb(x) && words.is(v, x, WordClass.REPORT)) {
        return x;
      }
    }
    return -1;
  }
}
