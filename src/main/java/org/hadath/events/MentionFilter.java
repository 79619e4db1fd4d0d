package org.hadath.events;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.RangeSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hadath.events.sentence.SentenceView;
import org.hadath.normalize.ArabicGrammar;

/**
 * Decides which of a sentence's frames are mentions of specific events, and settles their
 * type against each other (GUIDE.md, "What is an event mention, and what is not"):
 * <ul>
 *   <li>a frame whose trigger lies in page furniture ({@link PageFurniture}) is dropped;</li>
 *   <li>a trigger governed by a call to stop (class {@code STOP}: وقف القصف، لوقف الهجمات)
 *       is dropped;</li>
 *   <li>a plural trigger in a sentence that counts over a period (a {@code STAT_SINCE} word
 *       followed by a {@code STAT_PERIOD} word: منذ مطلع العام، خلال الأشهر; for a counted
 *       trigger also a {@code STAT_YEAR} word: 140 هجوماً في العام 2006) is a statistic and
 *       dropped;</li>
 *   <li>a definite plural trigger counted by عدد or timed by a whole year (عدد الهجمات، الهجمات
 *       الجوية هذا العام) is an aggregate and dropped;</li>
 *   <li>a definite trigger governed by a condemnation (يدين التفجير) points back and is dropped;</li>
 *   <li>a definite weapon under the masdar of launching with no target, place, time or toll
 *       (إطلاق الصواريخ يتم من الملاجئ) names rocket fire as such and is dropped;</li>
 *   <li>a trigger without toll coordinated with a crime of no event type (أعمال قتل
 *       واغتصاب ونزوح) is an accusation and dropped;</li>
 *   <li>a trigger used in another sense ({@link FigurativeMentions}: هجوم سياسي، تطوير
 *       الصواريخ، تفجير الصراعات، هاجمت … قائلة، فيلم «المعركة …»، هجوم على مواقع الويب) is dropped;</li>
 *   <li>a trigger that names no attack carried out ({@link NonOccurrences}: صواعق للتفجير،
 *       قام الجيش بتفجير المباني) or a movement that is no evacuation ({@link MovementSenses}:
 *       نقل الرهائن، هرب إلى إيران) is dropped;</li>
 *   <li>a generic attack word ({@code GENERIC_ATTACK}: هجوم، استهدف، عملية) in a sentence
 *       that names a bombing is that bombing told again: it takes the BOMBING type;</li>
 *   <li>a verb with no subject of its own that follows a noun trigger of the same type in
 *       the same clause (غارة … استهدفت منزلاً) restates that mention: it becomes the noun's
 *       alternative trigger.</li>
 * </ul>
 * The word classes are data in {@code classes.tsv}. Stateless apart from the rules; thread-safe.
 */
final class MentionFilter {
  /** Most words between a noun trigger and the subjectless verb that restates it. */
  static final int RESTATE_REACH = 15;
  /** Most words from منذ/خلال to the period it counts over (على مدى أكثر من 10 سنوات). */
  static final int STAT_REACH = 4;

  private final EventRules rules;
  /** Trigger words used in another sense (هجوم سياسي، تفجير الصراعات، هاجمت … قائلة). */
  private final FigurativeMentions figurative;
  /** Purposes of means and demolitions: no attack carried out. */
  private final NonOccurrences nonOccurrences;
  /** Captives moved, one man's trip or flight: no evacuation. */
  private final MovementSenses movements;
  /** Trigger rules by their source ({@code triggers.tsv:LINE}): a frame's argument frame tells noun from verb. */
  private final Map<String, EventRules.TriggerRule> bySource = new HashMap<>();

  MentionFilter(EventRules rules) {
    this.rules = rules;
    this.figurative = new FigurativeMentions(rules);
    this.nonOccurrences = new NonOccurrences(rules);
    this.movements = new MovementSenses(rules);
    for (EventRules.TriggerRule r : rules.triggers()) {
      bySource.put(r.source(), r);
    }
  }

  /** Whether the frame's trigger rule uses a verb frame (name ending in {@code _V}). */
  private boolean verbal(EventFrame f) {
    String src = f.rule().contains("+") ? f.rule().substring(0, f.rule().indexOf('+')) : f.rule();
    EventRules.TriggerRule r = bySource.get(src);
    return r != null && r.frame().endsWith("_V");
  }

  /** The frames of sentence {@code v} that are specific mentions, typed consistently. */
  List<EventFrame> filter(SentenceView v, List<EventFrame> frames, RangeSet<Integer> furniture) {
    if (frames.isEmpty()) {
      return frames;
    }
    List<EventFrame> kept = new ArrayList<>();
    List<Integer> toks = new ArrayList<>();
    for (EventFrame f : frames) {
      int t = v.tokenStartingAt(f.trigger().begin());
      if (furniture.contains(f.trigger().begin())
          || t >= 0 && (stopped(v, t) || condemned(v, t, f) || statistic(v, t) || aggregate(v, t, f)
          || listedWithCrimes(v, t, f) || launchingAsSuch(v, t, f) || raidWithoutFighting(v, t, f)
          || figurative.figurative(v, t, f) || nonOccurrences.noOccurrence(v, t, f) || movements.noEvacuation(v, t, f))) {
        continue;
      }
      kept.add(f);
      toks.add(t);
    }
    boolean bombing = kept.stream().anyMatch(f -> f.type() == EventType.BOMBING);
    List<EventFrame> out = new ArrayList<>();
    List<Integer> outToks = new ArrayList<>();
    for (int k = 0; k < kept.size(); k++) {
      EventFrame f = kept.get(k);
      int t = toks.get(k);
      if (bombing && t >= 0 && f.type() != EventType.BOMBING && f.type() != EventType.EVACUATION
          && f.type() != EventType.SURRENDER && rules.isA(v, t, WordClass.GENERIC_ATTACK) && !hasInstrumentFromAfar(v, f)) {
        f = retype(v, f, EventType.BOMBING, "+bombing");
      }
      int host = t < 0 ? -1 : restated(v, t, f, out, outToks);
      if (host >= 0) {
        EventFrame h = out.get(host);
        out.set(host, withAlt(h, f));
        continue;
      }
      out.add(f);
      outToks.add(t);
    }
    return out;
  }

  /**
   * Settles types over the document: in a report whose only events are strikes (no other
   * clash word fired anywhere), a generic attack word ({@code GENERIC_CLASH}: الهجمات التركية،
   * تصدت الدفاعات) with no ground-fighting word in its sentence names those strikes. Works on
   * frames only, so the pruning prefilter cannot change the outcome.
   */
  void settle(List<SentenceView> views, List<List<EventFrame>> frames) {
    int strikes = 0;
    for (int s = 0; s < frames.size(); s++) {
      for (EventFrame f : frames.get(s)) {
        int t = views.get(s).tokenStartingAt(f.trigger().begin());
        if (f.type() == EventType.STRIKE) {
          strikes++;
        } else if (f.type() == EventType.CLASH && (t < 0 || !rules.isA(views.get(s), t, WordClass.GENERIC_CLASH))) {
          return;
        }
      }
    }
    if (strikes == 0) {
      return;
    }
    for (int s = 0; s < frames.size(); s++) {
      SentenceView v = views.get(s);
      List<EventFrame> fs = new ArrayList<>(frames.get(s));
      boolean ground = false;
      for (int i = 0; i < v.size() && !ground; i++) {
        ground = rules.isA(v, i, WordClass.GROUND) || rules.isA(v, i, WordClass.BATTLE);
      }
      for (int k = 0; k < fs.size() && !ground; k++) {
        if (fs.get(k).type() == EventType.CLASH) {
          fs.set(k, retype(v, fs.get(k), EventType.STRIKE, "+strikes"));
        }
      }
      frames.set(s, fs);
    }
  }


  /**
   * وقف القصف، دأبت على استهداف، الهجمات تتكرر، القصف المتكرر، هذه الهجمات، في سياق القصف:
   * the trigger's governor (or a word just before it) is a call to stop, a habit, a
   * demonstrative that points back, or a noun that frames it as a reference (not one that
   * closes an opening phrase before a comma: وفي ذات السياق، قصفت …).
   */
  private boolean stopped(SentenceView v, int t) {
    int h = v.head(t);
    if (h >= 0 && (h < t && (rules.isA(v, h, WordClass.STOP) || rules.isA(v, h, WordClass.REFERENCE)) || rules.isA(v, h, WordClass.HABITUAL))
        || t > 0 && (rules.isA(v, t - 1, WordClass.STOP) || rules.isA(v, t - 1, WordClass.DEMONSTRATIVE) || rules.isA(v, t - 1, WordClass.REFERENCE))
        || t > 1 && (rules.isA(v, t - 2, WordClass.HABITUAL) || rules.isA(v, t - 2, WordClass.REFERENCE)
            && !org.hadath.events.sentence.Punctuation.isHardPunct(v, t - 1))) {
      return true;
    }
    for (int c : v.children(t, "amod")) {
      if (rules.isA(v, c, WordClass.HABITUAL)) {
        return true; // القصف المتكرر، العدوان المستمر
      }
    }
    return false;
  }

  /**
   * A storming or raid told with arrests and no fighting (اقتحمت … ضمن حملة اعتقالات، عملية
   * استهدفت … أسفرت عن اعتقال): a raid word near the trigger or under a storming verb, no word of battle or casualties
   * besides the trigger, and for a generic attack word no aircraft or artillery either.
   */
  private boolean raidWithoutFighting(SentenceView v, int t, EventFrame f) {
    boolean storm = f.type() == EventType.CLASH && rules.isA(v, t, WordClass.STORM);
    // a target verb typed STRIKE with no aircraft or artillery (عملية … استهدفت … أسفرت عن اعتقال)
    boolean attack = f.type() == EventType.STRIKE && rules.isA(v, t, WordClass.GENERIC_ATTACK);
    if (!f.casualties().isEmpty() || !storm && !attack) {
      return false;
    }
    boolean raid = false;
    for (int i = 0; i < v.size(); i++) {
      if (i == t) {
        continue;
      }
      if (rules.isA(v, i, WordClass.BATTLE) || rules.isA(v, i, WordClass.KILLED) || rules.isA(v, i, WordClass.INJURED)
          || attack && (rules.isA(v, i, WordClass.AIR) || rules.isA(v, i, WordClass.ARTILLERY))) {
        return false;
      }
      // near the trigger, or anywhere in a storming verb's own clause (اقتحم الجيش البلدة … وشرع في عمليات تفتيش)
      raid |= (Math.abs(i - t) <= RESTATE_REACH || storm && v.isVerb(t) && v.dominates(t, i)) && rules.isA(v, i, WordClass.RAID);
    }
    return raid;
  }

  /**
   * A trigger counted over a period (منذ مطلع العام، خلال الأشهر الماضية، على مدى سنوات),
   * the period phrase within a few words of it: a running total elsewhere in the sentence
   * (ليرتفع تعداد الخارجين منذ …) leaves a specific event alone. A counted trigger may also
   * be counted over a year (140 هجوماً انتحارياً في العام 2006).
   */
  private boolean statistic(SentenceView v, int t) {
    boolean counted = t > 0 && v.key(t - 1).matches("\\d+"); // 17 هجوماً: a count anywhere with a period
    int from = counted ? 0 : Math.max(0, t - STAT_REACH - 2);
    int to = counted ? v.size() : t + STAT_REACH + 2;
    for (int i = from; i + 1 < v.size() && i <= to; i++) {
      if (rules.isA(v, i, WordClass.STAT_SINCE)) {
        for (int j = i + 1; j <= Math.min(v.size() - 1, i + STAT_REACH); j++) {
          if (rules.isA(v, j, WordClass.STAT_PERIOD) || counted && rules.isA(v, j, WordClass.STAT_YEAR)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * أعمال قتل واغتصاب ونزوح، عمليات القتل والاغتيالات وقصف المنازل: a trigger without toll
   * coordinated with a crime of no event type ({@code CRIME}) is part of a list of
   * accusations, not the report of an event.
   */
  private boolean listedWithCrimes(SentenceView v, int t, EventFrame f) {
    if (!f.casualties().isEmpty()) {
      return false;
    }
    int h = v.rel(t).startsWith("conj") ? v.head(t) : -1;
    List<Integer> listed = new ArrayList<>(v.children(t, "conj"));
    if (h >= 0) {
      listed.add(h);
      listed.addAll(v.children(h, "conj"));
    }
    return listed.stream().anyMatch(i -> i != t && rules.isA(v, i, WordClass.CRIME));
  }

  /**
   * يدين بشدة التفجير الآثم، استنكرت الرئاسة الهجوم: a definite trigger governed by a
   * condemnation is an event named before, pointed back to (GUIDE.md: optional at most), unless
   * it names what was hit (ندد المجلس بالقصف على المدينة tells the event with its target).
   */
  private boolean condemned(SentenceView v, int t, EventFrame f) {
    int h = v.head(t);
    return h >= 0 && ArabicGrammar.hasArticle(v.key(t)) && rules.isA(v, h, WordClass.CONDEMN) && f.arguments(Role.TARGET).isEmpty();
  }

  /**
   * بعد إطلاق الصاروخ تنتشر القنابل، إطلاق الصواريخ يتم من الملاجئ، نتج عنها إطلاق الصواريخ:
   * a definite weapon trigger under the masdar of launching, with no target, place, time or
   * toll, names rocket fire as a kind of act, not one strike.
   */
  private boolean launchingAsSuch(SentenceView v, int t, EventFrame f) {
    int h = v.head(t);
    return f.type() == EventType.STRIKE && ArabicGrammar.hasArticle(v.key(t)) && h >= 0 && h < t && !v.isVerb(h)
        && rules.isA(v, h, WordClass.LAUNCH) && f.casualties().isEmpty() && f.arguments(Role.TARGET).isEmpty()
        && f.arguments(Role.LOCATION).isEmpty() && f.arguments(Role.TIME).isEmpty();
  }

  /**
   * زيادة عدد الهجمات الصاروخية، الهجمات الجوية داخل الأراضي الباكستانية هذا العام: a definite
   * plural trigger that is the thing counted right after عدد (not عدداً من الغارات, some raids),
   * or whose time is a whole year, tells a number or a year's worth of events, not one.
   */
  private boolean aggregate(SentenceView v, int t, EventFrame f) {
    String k = v.key(t);
    if (!ArabicGrammar.hasArticle(k) || !k.endsWith(ArabicGrammar.FEMININE_PLURAL)) {
      return false;
    }
    if (t > 0 && v.head(t) == t - 1 && rules.isA(v, t - 1, WordClass.COUNT_OF)) {
      return true;
    }
    for (EventFrame.Argument a : f.arguments(Role.TIME)) {
      // the head of a time is often the whole phrase (هذا العام): any of its words
      for (int i = v.tokenStartingAt(a.head().begin()); i >= 0 && i < v.size() && v.begin(i) < a.head().end(); i++) {
        if (rules.isA(v, i, WordClass.STAT_YEAR)) {
          return true;
        }
      }
    }
    return false;
  }

  /** An attack with aircraft or artillery is not a bombing told again. */
  private boolean hasInstrumentFromAfar(SentenceView v, EventFrame f) {
    for (EventFrame.Argument a : f.arguments(Role.INSTRUMENT)) {
      int h = v.tokenStartingAt(a.head().begin());
      if (h >= 0 && (rules.isA(v, h, WordClass.AIR) || rules.isA(v, h, WordClass.ARTILLERY))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The index in {@code out} of the noun mention a subjectless verb trigger restates, or -1:
   * the nearest earlier noun trigger of the same type within {@link #RESTATE_REACH} words with
   * no sentence-internal stop (. ؛ :) and no other verb trigger between.
   */
  private int restated(SentenceView v, int t, EventFrame f, List<EventFrame> out, List<Integer> outToks) {
    if (!verbal(f) || !v.isVerb(t) || !f.arguments(Role.AGENT).isEmpty() || !f.arguments(Role.PARTICIPANT).isEmpty()) {
      return -1;
    }
    for (int k = out.size() - 1; k >= 0; k--) {
      int n = outToks.get(k);
      if (n < 0 || n >= t || t - n > RESTATE_REACH) {
        continue;
      }
      if (verbal(out.get(k)) && v.isVerb(n)) {
        return -1;
      }
      if (out.get(k).type() != f.type()) {
        continue;
      }
      for (int i = n + 1; i < t; i++) {
        String w = v.key(i);
        if (w.equals(".") || ArabicGrammar.isSemicolon(w) || w.equals(":") || rules.isA(v, i, WordClass.CLAUSE_LINK)) {
          return -1;
        }
      }
      return k;
    }
    return -1;
  }

  /** The frame as another type; a clash's sides become the agent, or the target when introduced by على. */
  private EventFrame retype(SentenceView v, EventFrame f, EventType type, String why) {
    List<EventFrame.Argument> args = new ArrayList<>();
    for (EventFrame.Argument a : f.arguments()) {
      if (a.role() != Role.PARTICIPANT) {
        args.add(a);
        continue;
      }
      int h = v.tokenStartingAt(a.head().begin());
      Role r = h >= 0 && rules.isA(v.caseOf(h), WordClass.ON) ? Role.TARGET : Role.AGENT;
      args.add(new EventFrame.Argument(r, a.span(), a.head(), a.actorId(), a.actorCategory(), a.placeId(),
          a.governorate(), a.country(), a.lat(), a.lon(), a.time(), a.rule() + why));
    }
    return new EventFrame(type, f.trigger(), f.sentenceIndex(), f.triggerNorm(), f.altTriggers(),
        ImmutableList.copyOf(args), f.casualties(), f.count(), f.polarity(), f.modality(), f.claimed(),
        f.rule() + why);
  }

  /**
   * The host with the restating verb as alternative trigger, the verb's arguments in roles the
   * host lacks, and the verb's tolls that the host does not have (…، استهدفت … وقتلت 6).
   */
  private static EventFrame withAlt(EventFrame f, EventFrame restating) {
    ImmutableList.Builder<EventFrame.Argument> args = ImmutableList.<EventFrame.Argument>builder()
        .addAll(f.arguments());
    for (EventFrame.Argument a : restating.arguments()) {
      if (f.arguments(a.role()).isEmpty()) {
        args.add(a);
      }
    }
    List<EventFrame.Casualty> tolls = new ArrayList<>(f.casualties());
    for (EventFrame.Casualty c : restating.casualties()) {
      if (tolls.stream().noneMatch(x -> x.quantity().span().overlaps(c.quantity().span()))) {
        tolls.add(c);
      }
    }
    return new EventFrame(f.type(), f.trigger(), f.sentenceIndex(), f.triggerNorm(),
        ImmutableList.<Span>builder().addAll(f.altTriggers()).add(restating.trigger()).build(), args.build(),
        ImmutableList.copyOf(tolls), f.count(), f.polarity(), f.modality(), f.claimed(), f.rule());
  }
}
