package org.hadath.events;

import com.google.common.collect.ImmutableList;
import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.hadath.entities.actors.ActorAnnotations;
import org.hadath.entities.actors.ActorCategory;
import org.hadath.entities.actors.ActorMention;
import org.hadath.entities.places.PlaceAnnotations;
import org.hadath.entities.places.PlaceMention;
import org.hadath.entities.quantity.QuantityAnnotations;
import org.hadath.entities.quantity.QuantityMention;
import org.hadath.entities.time.TimeAnnotations;
import org.hadath.entities.time.TimeMention;
import org.hadath.events.EventFrame.Argument;
import org.hadath.events.EventFrame.Casualty;
import org.hadath.events.EventFrame.Quantity;
import org.hadath.events.EventRules.ArgFilter;
import org.hadath.events.EventRules.ArgumentRule;
import org.hadath.events.EventRules.TriggerRule;

/**
 * Finds event frames ({@code hadath_events}): triggers from {@code triggers.tsv}, arguments
 * from the Semgrex rules of {@code arguments.tsv} over the UD graph, then the mechanisms that
 * are not single patterns — instrument owners, sources from reporting frames, times,
 * casualties through causal and direct statements, people counts, polarity and modality.
 *
 * <p>Needs tokens, sentences, POS, dependencies, and the entity annotators' mentions
 * (actors, places, quantities, times; missing ones only lose arguments). Stores frames under
 * {@link EventAnnotations.EventFramesAnnotation} on the document and on each sentence.
 * Property {@code <name>.rules}: a directory with the three rule files (default: packaged).
 * Thread-safe.
 */
public class EventAnnotator implements Annotator {

  /** The word class of reporting verbs (قال، أضاف), whose frames give events their sources. */
  static final String REPORT = "REPORT";

  private final EventRules rules;

  /** Actor categories that make a sentence armed-conflict news. */
  private static final Set<ActorCategory> ARMED = java.util.EnumSet.of(ActorCategory.STATE_FORCES,
      ActorCategory.REBEL_GROUP, ActorCategory.MILITIA, ActorCategory.FOREIGN_FORCE,
      ActorCategory.UNIDENTIFIED_ARMED);

  /** True for an armed actor's category (null: not known to be armed). */
  static boolean isArmed(ActorCategory c) {
    return c != null && ARMED.contains(c);
  }

  /** Constructor used by CoreNLP's {@code customAnnotatorClass} mechanism. */
  public EventAnnotator(String name, Properties props) {
    String dir = props.getProperty(name + ".rules");
    this.rules = dir == null ? EventRules.getDefault() : EventRules.load(dir.endsWith("/") ? dir : dir + "/");
  }

  /** An annotator with the given rules. */
  public EventAnnotator(EventRules rules) {
    this.rules = rules;
  }

  /** The packaged rules. */
  public EventAnnotator() {
    this(EventRules.getDefault());
  }

  /** The rules in use. */
  public EventRules rules() {
    return rules;
  }

  /** A trigger candidate before its frame is built. */
  private static final class Trig {
    final int tok;
    final TriggerRule rule;
    final List<Integer> alts = new ArrayList<>();
    final List<Trig> absorbed = new ArrayList<>();

    Trig(int tok, TriggerRule rule) {
      this.tok = tok;
      this.rule = rule;
    }

    TriggerRule rule() {
      return rule;
    }
  }

  /** A candidate argument: role, head token, span tokens, rule. */
  private record Cand(Role role, int head, Span span, Span headSpan, String rule) {}

  @Override
  public void annotate(Annotation doc) {
    String text = doc.get(CoreAnnotations.TextAnnotation.class);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<EventFrame> all = new ArrayList<>();
    List<Cand> previousSources = List.of();
    List<SentenceView> views = new ArrayList<>();
    for (CoreMap s : sentences) {
      views.add(new SentenceView(s, text));
    }
    for (int si = 0; si < sentences.size(); si++) {
      CoreMap s = sentences.get(si);
      SentenceView v = views.get(si);
      List<Cand> sources = sentenceSources(v, previousSources);
      List<EventFrame> frames = v.graph == null ? List.of() : findFrames(v, sources, views);
      s.set(EventAnnotations.EventFramesAnnotation.class, frames);
      all.addAll(frames);
      previousSources = sources;
    }
    doc.set(EventAnnotations.EventFramesAnnotation.class, all);
  }

  // ---------------------------------------------------------------- triggers

  /**
   * Which sentences the event layer needs parsed ({@link EventParseSelector}): without a
   * parse a sentence yields no frame and no reporter, so parsing the others is wasted work;
   * the output is the same.
   */
  public org.hadath.pipeline.SentenceSelector parseSelector() {
    return new EventParseSelector(rules);
  }

  /** True when some trigger rule could fire on this word, ignoring conditions: for pruning. */
  public boolean isTriggerCandidate(String key) {
    for (TriggerRule r : rules.triggers()) {
      if (EventRules.matches(r.pattern(), key)) {
        return true;
      }
    }
    return false;
  }

  private List<Trig> findTriggers(SentenceView v, List<SentenceView> doc) {
    List<Trig> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      ActorMention am = v.actorAt[i];
      if (am != null && am.actorId() != null && am.noun() == null) {
        continue; // a word inside an organisation's name (غرفة عمليات …) is no event
      }
      for (TriggerRule r : rules.triggers()) {
        if (EventRules.matches(r.pattern(), v.keys[i]) && conditionHolds(v, i, r, doc)) {
          out.add(new Trig(i, r));
          break;
        }
      }
    }
    // One mention, several trigger words: a verb whose subject is a noun trigger, or that
    // modifies one (غارات استهدفت …، هجوم استهدف فيه …), is the noun's mention; a trigger that
    // directly depends on a trigger of the same type (للفرار هرباً، استهدف … بصاروخ) is the
    // governor's. The absorbed word becomes an alternative trigger.
    List<Trig> merged = new ArrayList<>(out);
    for (Trig t : out) {
      for (Trig n : out) {
        if (n == t || !merged.contains(n)) {
          continue;
        }
        boolean verbOfNoun = v.isVerb(t.tok) && !v.isVerb(n.tok)
            && (v.head[n.tok] == t.tok && v.rel[n.tok].startsWith("nsubj")
                || v.head[t.tok] == n.tok && v.rel[t.tok].startsWith("acl"));
        boolean sameTypeChild = t.rule().type() == n.rule().type() && v.head[t.tok] == n.tok
            && !v.rel[t.tok].startsWith("conj") && !v.rel[t.tok].startsWith("parataxis");
        if (verbOfNoun || sameTypeChild) {
          n.alts.add(t.tok);
          n.absorbed.add(t);
          merged.remove(t);
          break;
        }
      }
    }
    return merged;
  }

  private boolean conditionHolds(SentenceView v, int i, TriggerRule r, List<SentenceView> doc) {
    return r.conditionsHold(c -> holds(v, i, c, doc));
  }

  /**
   * Which tokens of the sentence are words of class {@code cls}, memoized per sentence: the
   * rules ask the same question of the same words many times.
   */
  private ClassWords classWords(SentenceView v, String cls) {
    return v.classWords.computeIfAbsent(cls, c -> ClassWords.of(v.keys, rules, c));
  }

  /** Whether token {@code i} of the sentence is a word of class {@code cls}. */
  private boolean is(SentenceView v, int i, String cls) {
    return classWords(v, cls).is(i);
  }

  /** True when the sentence has a word of the class other than token {@code except}. */
  private boolean hasClassWord(SentenceView s, String cls, int except) {
    return classWords(s, cls).anyBut(except);
  }

  private boolean holds(SentenceView v, int i, EventRules.Condition c, List<SentenceView> doc) {
    String cls = c.wordClass();
    switch (c.scope()) {
      case SELF:
        return is(v, i, cls);
      case NEAR:
        for (int k = Math.max(0, i - 8); k < Math.min(v.size(), i + 9); k++) {
          if (k != i && !hasPunctBetween(v, i, k) && is(v, k, cls)) {
            return true;
          }
        }
        return false;
      case ARMED: {
        int at = doc.indexOf(v);
        for (int si = Math.max(0, at - 1); si <= Math.min(doc.size() - 1, at + 1); si++) {
          SentenceView s = doc.get(si);
          for (ActorMention am : s.actors) {
            if (isArmed(am.category())) {
              return true;
            }
          }
          if (hasClassWord(s, cls, s == v ? i : -1)) {
            return true;
          }
        }
        return false;
      }
      case CTX:
        return hasClassWord(v, cls, i);
      case DOC:
        for (SentenceView s : doc) {
          if (hasClassWord(s, cls, s == v ? i : -1)) {
            return true;
          }
        }
        return false;
      case GOV:
        return v.head[i] >= 0 && is(v, v.head[i], cls);
      case SUBJ:
        return v.head[i] >= 0 && v.rel[i].startsWith("nsubj") && is(v, v.head[i], cls);
      case DEP:
      default:
        for (int k = 0; k < v.size(); k++) {
          if (k != i && treeDistance(v, i, k) <= 2 && is(v, k, cls)) {
            return true;
          }
        }
        return false;
    }
  }

  /** Number of dependency links between two tokens (large when unrelated). */
  private static int treeDistance(SentenceView v, int a, int b) {
    int da = 0;
    for (int x = a; x >= 0 && da <= v.size(); x = v.head[x], da++) {
      int db = v.depthBelow(x, b);
      if (db >= 0) {
        return da + db;
      }
    }
    return Integer.MAX_VALUE;
  }

  // ---------------------------------------------------------------- frames

  private List<EventFrame> findFrames(SentenceView v, List<Cand> sources, List<SentenceView> doc) {
    List<Trig> trigs = findTriggers(v, doc);
    if (trigs.isEmpty()) {
      return List.of();
    }
    Map<Trig, List<Cand>> args = new LinkedHashMap<>();
    for (Trig t : trigs) {
      args.put(t, arguments(v, t));
    }
    assignTimes(v, trigs, args);
    Map<Trig, List<Casualty>> casualties = casualties(v, trigs, args);
    List<EventFrame> frames = new ArrayList<>();
    for (Trig t : trigs) {
      List<Cand> a = new ArrayList<>(args.get(t));
      for (Cand src : sourcesFor(v, t, sources)) {
        a.add(src);
      }
      List<Argument> built = new ArrayList<>();
      for (Cand c : a) {
        built.add(toArgument(v, c));
      }
      EventType type = t.rule().type();
      if (type == EventType.CLASH && !v.isVerb(t.tok) && (remoteInstrument(v, a)
          || is(v, t.tok, "ATTACK") && hasClassWord(v, "AIR", t.tok) && !hasClassWord(v, "GROUND", t.tok))) {
        // هجوم بطائرة مسيرة، هجوم بقذائف الهاون، الهجوم … القوات الجوية: an attack from a
        // distance is a strike; with ground fighting in the sentence it stays a clash
        type = EventType.STRIKE;
        List<Cand> mapped = new ArrayList<>();
        for (Cand c : a) {
          Role r = c.role() == Role.PARTICIPANT ? (rules.isA(v.caseOf(c.head()), "ON") ? Role.TARGET : Role.AGENT) : c.role();
          mapped.add(new Cand(r, c.head(), c.span(), c.headSpan(), c.rule() + "+remote"));
        }
        a = mapped;
        built.clear();
        for (Cand c : a) {
          built.add(toArgument(v, c));
        }
      }
      Quantity count = (type == EventType.EVACUATION || type == EventType.SURRENDER) ? count(v, t, a) : null;
      List<Span> alts = new ArrayList<>();
      for (int alt : t.alts) {
        alts.add(v.span(alt, alt + 1));
      }
      int lv = v.head[t.tok];
      if (lv >= 0 && v.rel[t.tok].equals("obj") && is(v, lv, "LIGHT")) {
        alts.add(v.span(lv, lv + 1));
      }
      frames.add(new EventFrame(type, v.span(t.tok, t.tok + 1), v.index, v.keys[t.tok],
          ImmutableList.copyOf(alts), ImmutableList.copyOf(built),
          ImmutableList.copyOf(casualties.getOrDefault(t, List.of())), count,
          polarity(v, t.tok), modality(v, t.tok), claimed(v, t.tok), t.rule().source()));
    }
    return frames;
  }

  private List<Cand> arguments(SentenceView v, Trig t) {
    List<Cand> out = new ArrayList<>();
    boolean[] taken = new boolean[v.size()];
    taken[t.tok] = true;
    for (int alt : t.alts) {
      taken[alt] = true;
    }
    applyRules(v, t.tok, t.rule().frame(), null, out, taken);
    // the words of an absorbed verb (هجوم … استهدف فيه قسد) are this event's arguments too
    for (Trig a : t.absorbed) {
      applyRules(v, a.tok, a.rule().frame(), t.rule().type(), out, taken);
    }
    linearFallbacks(v, t, out, taken);
    linearPlaces(v, t, out, taken);
    // LOCATION fallback: a place below the trigger that no rule took
    if (out.stream().noneMatch(c -> c.role() == Role.LOCATION)) {
      for (PlaceMention p : v.places) {
        int h = mentionHead(v, p.tokenBegin(), p.tokenEnd());
        int depth = v.depthBelow(t.tok, h);
        if (depth > 0 && depth <= 3 && !covered(out, v, p.tokenBegin(), p.tokenEnd())) {
          Role role = placeRole(v, t.rule().type(), h, p);
          if (role != null) {
            out.add(cand(v, role, h, Span.of(v.text, p.begin(), p.end()), "fallback:place-below-trigger"));
            break;
          }
        }
      }
    }
    return out;
  }

  /**
   * Places in the trigger's stretch of text (up to the next full punctuation or another
   * event's word) that the parse did not attach: their preposition gives the role
   * (في/ب where, من where from, إلى/نحو where to); each role is filled once.
   */
  private void linearPlaces(SentenceView v, Trig t, List<Cand> out, boolean[] taken) {
    EventType type = t.rule().type();
    for (int i = t.tok + 1; i < Math.min(v.size(), t.tok + 16) && !isHardPunct(v, i); i++) {
      if (isTriggerWord(v, i) && !linkedByConj(v, i, t.tok)) {
        break;
      }
      PlaceMention pm = v.placeAt[i];
      if (pm == null || taken[i]) {
        continue;
      }
      String prep = gluedPreposition(v, pm);
      if (prep.isEmpty() && pm.tokenBegin() > 0) {
        prep = v.keys[pm.tokenBegin() - 1];
      }
      Role role = rules.isA(prep, "IN") || prep.equals("ب") ? Role.LOCATION
          : type == EventType.EVACUATION && rules.isA(prep, "FROM") ? Role.ORIGIN
          : type == EventType.EVACUATION && rules.isA(prep, "TOWARDS") ? Role.DESTINATION : null;
      if (role != null && out.stream().noneMatch(c -> c.role() == role)) {
        markTaken(taken, pm.tokenBegin(), pm.tokenEnd());
        int h = mentionHead(v, pm.tokenBegin(), pm.tokenEnd());
        out.add(cand(v, role, h, Span.of(v.text, pm.begin(), pm.end()), "fallback:place-in-stretch"));
      }
      i = pm.tokenEnd() - 1;
    }
  }

  /**
   * The role of a place below a trigger, from its preposition: من/عن a place left,
   * إلى/نحو a place reached (evacuations), على a strike's target, else where it happened.
   */
  private Role placeRole(SentenceView v, EventType type, int h, PlaceMention p) {
    String prep = v.caseOf(h);
    if (prep.isEmpty()) {
      prep = gluedPreposition(v, p);
    }
    if (type == EventType.EVACUATION && rules.isA(prep, "FROM")) {
      return Role.ORIGIN;
    }
    if (type == EventType.EVACUATION && rules.isA(prep, "TOWARDS")) {
      return Role.DESTINATION;
    }
    if (type == EventType.STRIKE && rules.isA(prep, "ON")) {
      return Role.TARGET;
    }
    if (rules.isA(prep, "FROM") || rules.isA(prep, "TOWARDS")) {
      return null;
    }
    return Role.LOCATION;
  }

  /** The preposition glued to a place mention's first word when the segmenter left it (بريف). */
  private String gluedPreposition(SentenceView v, PlaceMention p) {
    String k = v.keys[p.tokenBegin()];
    if (k.length() > 3 && (k.charAt(0) == 'ب' || k.charAt(0) == 'ل') && rules.isA(k.substring(1), "PLACECUE")) {
      return k.substring(0, 1);
    }
    return "";
  }

  /** Roles of another type's frame, seen from a clash (its agent and target are the sides). */
  private static Role mapRole(Role r, EventType target) {
    if (target == EventType.CLASH && (r == Role.AGENT || r == Role.TARGET)) {
      return Role.PARTICIPANT;
    }
    if (target == EventType.STRIKE && r == Role.PARTICIPANT) {
      return Role.AGENT;
    }
    return r;
  }

  /**
   * The matches of one rule in one sentence, as trigger token → argument tokens in match
   * order. Each pattern runs once per sentence, however many triggers it has, so the cost
   * stays linear in the sentence (a sentence with hundreds of triggers was quadratic).
   */
  @SuppressWarnings("unchecked")
  private Map<Integer, List<Integer>> matches(SentenceView v, ArgumentRule r) {
    return (Map<Integer, List<Integer>>) v.memo.computeIfAbsent(r, k -> {
      Map<Integer, List<Integer>> byTrigger = new java.util.HashMap<>();
      SemgrexMatcher m = r.pattern().matcher(v.graph);
      while (m.find()) {
        IndexedWord tn = m.getNode("trigger");
        IndexedWord an = m.getNode("arg");
        if (tn != null && an != null) {
          List<Integer> l = byTrigger.computeIfAbsent(tn.index() - 1, x -> new ArrayList<>());
          if (!l.contains(an.index() - 1)) {
            l.add(an.index() - 1);
          }
        }
      }
      return byTrigger;
    });
  }

  private void applyRules(SentenceView v, int tok, String frame, EventType mapTo, List<Cand> out, boolean[] taken) {
    for (ArgumentRule r : rules.arguments()) {
      if (!r.frames().contains("*") && !r.frames().contains(frame)) {
        continue;
      }
      for (int h : matches(v, r).getOrDefault(tok, List.of())) {
        if (v.tag(h).startsWith("PRP") && !taken[h]) {
          int ante = antecedent(v, h);
          if (ante >= 0 && !taken[ante] && (r.role() == Role.THEME || r.role() == Role.PARTICIPANT)) {
            taken[h] = true;
            ActorMention am = v.actorAt[ante];
            markTaken(taken, am.tokenBegin(), am.tokenEnd());
            out.add(new Cand(r.role(), ante, trimQuotes(Span.of(v.text, am.begin(), am.end())),
                v.span(ante, ante + 1), r.source() + "+antecedent"));
          }
          continue;
        }
        if (!taken[h] && !inTime(v, h) && !passes(v, h, r.filter())
            && (r.filter() == ArgFilter.ACTOR || r.filter() == ArgFilter.AGENT_LIKE)) {
          // فرق الهلال الأحمر، عناصر من قسد: the actor named inside the phrase fills the role
          int inner = idafaActor(v, h);
          if (inner >= 0 && !taken[inner]) {
            taken[h] = true;
            ActorMention am = v.actorAt[inner];
            markTaken(taken, am.tokenBegin(), am.tokenEnd());
            out.add(new Cand(mapTo == null ? r.role() : mapRole(r.role(), mapTo), inner,
                trimQuotes(Span.of(v.text, am.begin(), am.end())), v.span(inner, inner + 1), r.source() + "+inner-actor"));
            continue;
          }
        }
        if (taken[h] || inTime(v, h) || !passes(v, h, r.filter())) {
          continue;
        }
        taken[h] = true;
        Role role = mapTo == null ? r.role() : mapRole(r.role(), mapTo);
        if ((role == Role.AGENT || role == Role.PARTICIPANT) && isInstrument(v, h)) {
          // المدفعية الفرنسية ومدفعية قسد: each weapon, and the actor that owns it
          List<Integer> weapons = new ArrayList<>(List.of(h));
          for (int c : v.children(h, "conj")) {
            if (!taken[c] && isInstrument(v, c)) {
              taken[c] = true;
              weapons.add(c);
            }
          }
          for (int w : weapons) {
            out.add(cand(v, Role.INSTRUMENT, w, instrumentSpan(v, w), r.source() + "+instrument"));
            int owner = instrumentOwner(v, w);
            if (owner >= 0 && !taken[owner]) {
              markTaken(taken, owner, owner + 1);
              out.add(cand(v, role, owner, argSpan(v, owner), r.source() + "+owner"));
            }
          }
          continue;
        }
        PlaceMention pm = v.placeAt[h];
        if (role == Role.TARGET && pm != null && gluedPreposition(v, pm).equals("ب")) {
          role = Role.LOCATION; // قصفت مخيم الباغوز بريف دير الزور: the parse lost the ب
        }
        out.add(cand(v, role, h, argSpan(v, h), r.source()));
        // coordinated fillers share the role (قسد وداعش، مخازن ومواقع)
        for (int c : v.children(h, "conj")) {
          if (!taken[c] && !inTime(v, c) && passes(v, c, r.filter())) {
            taken[c] = true;
            out.add(cand(v, role, c, argSpan(v, c), r.source() + "+conj"));
          }
        }
      }
    }
  }

  /**
   * Fallbacks on word order for what the parse often gets wrong: the sides of a clash
   * after بين/مع/ضد (اشتباكات بين قسد وداعش), and a strike's aircraft or artillery with its
   * owner near the trigger (قصف طيران التحالف). They only fill roles no rule filled.
   */
  private void linearFallbacks(SentenceView v, Trig t, List<Cand> out, boolean[] taken) {
    EventType type = t.rule().type();
    if (type == EventType.CLASH && out.stream().filter(c -> c.role() == Role.PARTICIPANT).count() < 2) {
      int end = Math.min(v.size(), t.tok + 24);
      String lastActor = null;
      for (int i = t.tok + 1; i < end; i++) {
        if (v.tag(i).equals("PUNC") && !isQuote(v.text.charAt(v.begin(i))) || isTriggerWord(v, i)) {
          break;
        }
        if (!is(v, i, "SIDES")) {
          continue;
        }
        for (int k = i + 1; k < end; k++) {
          if (v.tag(k).equals("PUNC") && !isQuote(v.text.charAt(v.begin(k))) || isTriggerWord(v, k)) {
            break;
          }
          ActorMention am = v.actorAt[k];
          if (am != null && !taken[k] && (am.actorId() != null || am.noun() != null)
              && !is(v, k, "KILLED") && !is(v, k, "INJURED")) {
            for (int x = am.tokenBegin(); x < am.tokenEnd(); x++) {
              taken[x] = true;
            }
            if (am.actorId() != null && am.actorId().equals(lastActor)) {
              k = am.tokenEnd() - 1;
              continue; // «قوات سورية الديمقراطية» (قسد): one side named twice
            }
            lastActor = am.actorId();
            out.add(new Cand(Role.PARTICIPANT, k, trimQuotes(Span.of(v.text, am.begin(), am.end())),
                v.span(k, k + 1), "fallback:sides-after-between"));
            k = am.tokenEnd() - 1;
          }
        }
        break;
      }
    }
    if (type == EventType.CLASH && out.stream().filter(c -> c.role() == Role.PARTICIPANT).count() < 2) {
      // the sides named near the trigger, in its clause: armed actors and fighters' groups
      for (int i : nearestFirst(v, t.tok, 8)) {
        if (out.stream().filter(c -> c.role() == Role.PARTICIPANT).count() >= 2) {
          break;
        }
        ActorMention am = v.actorAt[i];
        if (am == null || taken[i] || !armedOrFighters(am) || hasPunctBetween(v, i, t.tok)) {
          continue;
        }
        markTaken(taken, am.tokenBegin(), am.tokenEnd());
        out.add(new Cand(Role.PARTICIPANT, i, trimQuotes(Span.of(v.text, am.begin(), am.end())),
            v.span(i, i + 1), "fallback:armed-actor-near-trigger"));
      }
    }
    if (type == EventType.STRIKE) {
      // غارات … على قرى X وY وZ بريف W: places after على are targets, a glued ب gives where
      for (int i = t.tok + 1; i < Math.min(v.size(), t.tok + 20) && !isHardPunct(v, i); i++) {
        if (isTriggerWord(v, i) && i != t.tok + 1 && !linkedByConj(v, i, t.tok)) {
          break; // another event's words begin (a coordinated one shares the targets)
        }
        if (!is(v, i, "ON")) {
          continue;
        }
        for (int k = i + 1; k < Math.min(v.size(), i + 12) && !isHardPunct(v, k); k++) {
          PlaceMention pm = v.placeAt[k];
          if (pm == null || taken[k]) {
            continue;
          }
          Role role = gluedPreposition(v, pm).equals("ب") ? Role.LOCATION : Role.TARGET;
          if (role == Role.LOCATION && out.stream().anyMatch(c -> c.role() == Role.LOCATION)) {
            break;
          }
          markTaken(taken, pm.tokenBegin(), pm.tokenEnd());
          int h = mentionHead(v, pm.tokenBegin(), pm.tokenEnd());
          out.add(cand(v, role, h, Span.of(v.text, pm.begin(), pm.end()), "fallback:places-after-على"));
          k = pm.tokenEnd() - 1;
        }
        break;
      }
    }
    if (type == EventType.STRIKE && out.stream().noneMatch(c -> c.role() == Role.TARGET)) {
      // what was hit, just after the trigger (قصف … مواقع التنظيم، غارات على قرى)
      for (int i = t.tok + 1; i < Math.min(v.size(), t.tok + 7) && !isHardPunct(v, i); i++) {
        if (!taken[i] && (is(v, i, "TARGET_NOUN") || v.placeAt[i] != null && !rules.isA(v.caseOf(i), "IN"))
            && !isInstrument(v, i) && !inTime(v, i) && !isTriggerWord(v, i)) {
          taken[i] = true;
          out.add(cand(v, Role.TARGET, i, argSpan(v, i), "fallback:target-after-trigger"));
          break;
        }
      }
    }
    if (type == EventType.SURRENDER && out.stream().noneMatch(c -> c.role() == Role.RECIPIENT)) {
      // استسلموا لقوات X / لمقاتلي الجماعة / إلى القوات: the side after ل or إلى
      for (int i = t.tok + 1; i < Math.min(v.size(), t.tok + 12) && !isHardPunct(v, i); i++) {
        ActorMention am = v.actorAt[i];
        if (am == null) {
          continue;
        }
        boolean glued = am.begin() > v.begin(am.tokenBegin());
        String before = am.tokenBegin() > 0 ? v.keys[am.tokenBegin() - 1] : "";
        String gluedLetter = glued ? v.text.substring(v.begin(am.tokenBegin()), am.begin()) : "";
        if (gluedLetter.equals("ل") || gluedLetter.equals("لـ") || before.equals("ل") || rules.isA(before, "TOWARDS")) {
          for (Cand c : new ArrayList<>(out)) {
            if (c.role() == Role.THEME && c.span().overlaps(Span.of(v.text, am.begin(), am.end()))) {
              out.remove(c); // the theme's span ran on into the recipient: cut it back
              int h = c.head();
              Span cut = Span.of(v.text, c.span().begin(), Math.max(v.end(h), Math.min(c.span().end(), v.begin(am.tokenBegin()) - 1)));
              out.add(new Cand(Role.THEME, h, trimQuotes(cut), c.headSpan(), c.rule() + "+cut"));
            }
          }
          markTaken(taken, am.tokenBegin(), am.tokenEnd());
          out.add(new Cand(Role.RECIPIENT, i, trimQuotes(Span.of(v.text, am.begin(), am.end())),
              v.span(i, i + 1), "fallback:recipient-after-ل"));
          break;
        }
        i = am.tokenEnd() - 1;
      }
    }
    if (type == EventType.EVACUATION || type == EventType.SURRENDER) {
      if (out.stream().noneMatch(c -> c.role() == Role.THEME)) {
        for (int i : nearestFirst(v, t.tok, 6)) {
          ActorMention am = v.actorAt[i];
          if (!taken[i] && am != null && am.noun() != null && !hasPunctBetween(v, i, t.tok)) {
            markTaken(taken, am.tokenBegin(), am.tokenEnd());
            out.add(new Cand(Role.THEME, i, trimQuotes(Span.of(v.text, am.begin(), am.end())),
                v.span(i, i + 1), "fallback:people-near-trigger"));
            break;
          }
        }
      }
    }
    if (type == EventType.STRIKE && out.stream().noneMatch(c -> c.role() == Role.INSTRUMENT || c.role() == Role.AGENT)) {
      for (int d = 1; d <= 6; d++) {
        for (int i : new int[] {t.tok + d, t.tok - d}) {
          if (i < 0 || i >= v.size() || taken[i] || !is(v, i, "AIR") && !is(v, i, "ARTILLERY")) {
            continue;
          }
          if (hasPunctBetween(v, i, t.tok)) {
            continue;
          }
          taken[i] = true;
          out.add(cand(v, Role.INSTRUMENT, i, instrumentSpan(v, i), "fallback:instrument-near-trigger"));
          int owner = instrumentOwner(v, i);
          if (owner >= 0 && !taken[owner]) {
            taken[owner] = true;
            out.add(cand(v, Role.AGENT, owner, argSpan(v, owner), "fallback:instrument-owner"));
          }
          return;
        }
      }
    }
  }

  /**
   * The people a plural pronoun (هم، هن) points back to: the nearest people or armed-group
   * mention before it in the sentence (خروج الإيزيديين … بعد خروجهم), or -1.
   */
  private int antecedent(SentenceView v, int pron) {
    if (!is(v, pron, "PLURAL_PRONOUN")) {
      return -1;
    }
    for (int i = pron - 1; i >= 0; i--) {
      ActorMention am = v.actorAt[i];
      if (am != null && (am.noun() != null || armedOrFighters(am))) {
        return i;
      }
    }
    return -1;
  }

  /** Token indices within {@code radius} of {@code t}, nearest first, following before preceding. */
  private static List<Integer> nearestFirst(SentenceView v, int t, int radius) {
    List<Integer> out = new ArrayList<>();
    for (int d = 1; d <= radius; d++) {
      if (t + d < v.size()) {
        out.add(t + d);
      }
      if (t - d >= 0) {
        out.add(t - d);
      }
    }
    return out;
  }

  private static void markTaken(boolean[] taken, int from, int to) {
    for (int x = from; x < to && x < taken.length; x++) {
      taken[x] = true;
    }
  }

  private static boolean armedOrFighters(ActorMention am) {
    if (isArmed(am.category())) {
      return true;
    }
    return am.group() != null && isArmed(am.group().category());
  }

  private static boolean isHardPunct(SentenceView v, int i) {
    return v.tag(i).equals("PUNC") && !isQuote(v.text.charAt(v.begin(i)));
  }

  private boolean isTriggerWord(SentenceView v, int i) {
    boolean[] words = (boolean[]) v.memo.computeIfAbsent("triggerWords", k -> {
      boolean[] b = new boolean[v.size()];
      for (int t = 0; t < v.size(); t++) {
        b[t] = isTriggerCandidate(v.keys[t]);
      }
      return b;
    });
    return words[i];
  }

  private static boolean hasPunctBetween(SentenceView v, int a, int b) {
    for (int i = Math.min(a, b) + 1; i < Math.max(a, b); i++) {
      if (v.tag(i).equals("PUNC") && !isQuote(v.text.charAt(v.begin(i)))) {
        return true;
      }
    }
    return false;
  }

  private boolean covered(List<Cand> cands, SentenceView v, int from, int to) {
    Span s = v.span(from, to);
    return cands.stream().anyMatch(c -> c.span().overlaps(s));
  }

  private Cand cand(SentenceView v, Role role, int h, Span span, String rule) {
    Span headSpan = v.span(h, h + 1);
    PlaceMention p = v.placeAt[h];
    if (p != null && span.contains(new Span(p.headText(), p.headBegin(), p.headEnd()))) {
      headSpan = new Span(p.headText(), p.headBegin(), p.headEnd());
    }
    return new Cand(role, h, span, headSpan, rule);
  }

  private boolean inTime(SentenceView v, int h) {
    for (TimeMention tm : v.times) {
      if (h >= tm.tokenBegin() && h < tm.tokenEnd()) {
        return true;
      }
    }
    return false;
  }

  /** A weapon word, or a vehicle made one (عربات مفخخة، دراجة نارية مفخخة). */
  private boolean isInstrument(SentenceView v, int h) {
    String k = v.keys[h];
    if (rules.isA(k, "AIR") || rules.isA(k, "ARTILLERY") || rules.isA(k, "EXPLOSIVE")) {
      return true;
    }
    for (int c : v.children(h, "amod")) {
      if (is(v, c, "EXPLOSIVE")) {
        return true;
      }
    }
    return false;
  }

  private boolean isActor(SentenceView v, int h) {
    ActorMention a = v.actorAt[h];
    return (a != null && a.actorId() != null) || is(v, h, "NATIONALITY");
  }

  private boolean isPeople(SentenceView v, int h) {
    ActorMention a = v.actorAt[h];
    if ((a != null && a.noun() != null) || is(v, h, "PEOPLE")) {
      return true;
    }
    // 21 إيزيدياً غادروا: a number heading the people it counts
    return v.tag(h).equals("CD") && h + 1 < v.size() && is(v, h + 1, "PEOPLE");
  }

  private boolean isPlace(SentenceView v, int h) {
    return v.placeAt[h] != null || is(v, h, "PLACECUE");
  }

  private boolean passes(SentenceView v, int h, ArgFilter f) {
    if (v.tag(h).equals("PUNC")) {
      return false;
    }
    switch (f) {
      case ACTOR: return isActor(v, h);
      case PEOPLE: return isPeople(v, h);
      case ACTOR_OR_PEOPLE: return isActor(v, h) || isPeople(v, h) || v.actorAt[h] != null;
      case PLACE: return isPlace(v, h);
      case INSTRUMENT: return isInstrument(v, h);
      case NOT_PLACE: return !isPlace(v, h) || isActor(v, h);
      case NOT_INSTRUMENT: return !isInstrument(v, h);
      case AGENT_LIKE: return isActor(v, h) || isInstrument(v, h);
      case ANY:
      default: return true;
    }
  }

  /** The actor that owns an instrument: طائرات التحالف، المدفعية الفرنسية، طائرات تابعة للتحالف. */
  private int instrumentOwner(SentenceView v, int h) {
    // the nearest actor below the instrument (at most three links down); on a tie, the first
    List<Integer> level = List.of(h);
    for (int depth = 1; depth <= 3 && !level.isEmpty(); depth++) {
      List<Integer> next = new ArrayList<>();
      int best = -1;
      for (int x : level) {
        for (int i : v.children(x)) {
          next.add(i);
          if ((best < 0 || i < best) && isActor(v, i) && !isInstrument(v, i)) {
            best = i;
          }
        }
      }
      if (best >= 0) {
        return best;
      }
      level = next;
    }
    return -1;
  }

  private Span instrumentSpan(SentenceView v, int h) {
    int from = h;
    int to = h + 1;
    // include instrument adjectives (قصف مدفعي، قنابل الفسفور الأبيض) but not the owner
    for (int c : v.children(h)) {
      if (c == to && isInstrument(v, c) && !isActor(v, c)) {
        to = c + 1;
      }
    }
    return v.span(from, to);
  }

  /** The head of the tokens [from, to): the one whose head lies outside. */
  private static int mentionHead(SentenceView v, int from, int to) {
    for (int i = from; i < to; i++) {
      if (v.head[i] < from || v.head[i] >= to) {
        return i;
      }
    }
    return from;
  }

  /**
   * The argument's span: the entity mention that covers the head if there is one (it is the
   * shortest span naming the filler), else the head with its nominal modifiers, contiguous,
   * at most eight tokens, quotes and brackets outside.
   */
  private Span argSpan(SentenceView v, int h) {
    ActorMention a = v.actorAt[h];
    if (a != null) {
      return trimQuotes(Span.of(v.text, a.begin(), a.end()));
    }
    PlaceMention p = v.placeAt[h];
    if (p != null) {
      return trimQuotes(Span.of(v.text, p.begin(), p.end()));
    }
    // the head's nominal subtree (modifiers, iḍāfa, من-phrases), as one contiguous block
    // walked down from the head (not by sweeping the sentence until nothing changes, which
    // made long sentences cost more per token than short ones)
    boolean[] in = new boolean[v.size()];
    in[h] = true;
    java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>(List.of(h));
    while (!todo.isEmpty()) {
      for (int i : v.children(todo.pop())) {
        if (!in[i] && (v.head[i] != h || expands(v, i, h))
            && !v.rel[i].startsWith("acl") && !v.rel[i].startsWith("conj") && !v.rel[i].startsWith("cc")
            && !v.rel[i].startsWith("punct") && !v.rel[i].startsWith("advcl") && !v.rel[i].startsWith("appos")
            && !(v.rel[i].equals("case") && v.head[i] == h)) {
          in[i] = true;
          todo.push(i);
        }
      }
    }
    int from = h;
    int to = h + 1;
    while (from - 1 >= 0 && in[from - 1] && h - (from - 1) < 8) {
      from--;
    }
    while (to < v.size() && in[to] && to - h < 8) {
      to++;
    }
    return trimQuotes(v.span(from, to));
  }

  private static boolean expands(SentenceView v, int i, int h) {
    String r = v.rel[i];
    if (r.startsWith("nmod") || r.startsWith("amod") || r.startsWith("flat") || r.startsWith("compound")
        || r.startsWith("nummod") || r.startsWith("det") || r.startsWith("fixed")) {
      return true;
    }
    // prepositions inside the phrase (مواقع للتنظيم) but not the argument's own preposition
    return r.equals("case") && v.head[i] != h;
  }

  private static Span trimQuotes(Span s) {
    String t = s.text();
    int b = 0;
    int e = t.length();
    while (b < e && isQuoteOrSpace(t.charAt(b))) {
      b++;
    }
    while (e > b && isQuoteOrSpace(t.charAt(e - 1))) {
      e--;
    }
    if (b == e) {
      return s;
    }
    return new Span(t.substring(b, e), s.begin() + b, s.begin() + e);
  }

  private static boolean isQuoteOrSpace(char c) {
    return "\"'«»“”„‹›()[]،,.:؛ ".indexOf(c) >= 0 || Character.isWhitespace(c);
  }

  /** Quotes, brackets and dashes: punctuation inside names (قوات سورية الديمقراطية – قسد). */
  private static boolean isQuote(char c) {
    return "\"'«»“”„‹›()[]-–—".indexOf(c) >= 0;
  }

  private Argument toArgument(SentenceView v, Cand c) {
    ActorMention a = v.actorAt[c.head()];
    PlaceMention p = v.placeAt[c.head()];
    String actorId = null;
    String actorCat = null;
    String placeId = null;
    String gov = null;
    String country = null;
    Double lat = null;
    Double lon = null;
    String time = null;
    if (a != null) {
      actorId = a.actorId();
      actorCat = a.category() == null ? null : a.category().name();
    }
    if (p != null) {
      placeId = p.placeId();
      gov = p.governorate();
      country = p.country();
      lat = p.lat();
      lon = p.lon();
    }
    if (c.role() == Role.TIME) {
      for (TimeMention tm : v.times) {
        if (c.head() >= tm.tokenBegin() && c.head() < tm.tokenEnd()) {
          time = tm.value();
        }
      }
    }
    return new Argument(c.role(), c.span(), c.headSpan(), actorId, actorCat, placeId, gov, country, lat, lon,
        time, c.rule());
  }

  // ---------------------------------------------------------------- time

  /** Each time expression goes to the triggers in its clause, else to the nearest trigger. */
  private void assignTimes(SentenceView v, List<Trig> trigs, Map<Trig, List<Cand>> args) {
    for (TimeMention tm : v.times) {
      int h = mentionHead(v, tm.tokenBegin(), tm.tokenEnd());
      Span span = Span.of(v.text, tm.begin(), tm.end());
      List<Trig> targets = new ArrayList<>();
      for (Trig t : trigs) {
        int clause = clauseHead(v, t.tok);
        if (v.dominates(t.tok, h) || v.dominates(clause, h)) {
          targets.add(t);
        }
      }
      if (targets.isEmpty()) {
        trigs.stream().min(Comparator.comparingInt(t -> Math.abs(t.tok - h))).ifPresent(targets::add);
      } else if (targets.size() > 1) {
        // several events in the clause: the time goes to the closest in the tree
        int best = targets.stream().mapToInt(t -> treeDistance(v, t.tok, h)).min().getAsInt();
        targets.removeIf(t -> treeDistance(v, t.tok, h) > best);
      }
      for (Trig t : targets) {
        args.get(t).add(new Cand(Role.TIME, h, span, span, "time:clause"));
      }
    }
  }

  /** The verb (or root) whose clause contains token {@code i}. */
  private static int clauseHead(SentenceView v, int i) {
    int x = i;
    int steps = 0;
    while (x >= 0 && steps++ <= v.size()) {
      if (v.isVerb(x) || v.head[x] < 0) {
        return x;
      }
      x = v.head[x];
    }
    return i;
  }

  // ---------------------------------------------------------------- sources

  /**
   * Reporters named in the sentence: subjects of reporting verbs and their عن-sources
   * (نقلت وكالة X عن مصادر Y), and the nouns after بحسب/وفق/نقلاً عن. A sentence that only
   * continues a report (وأضاف، وأشار …, with no subject of its own) inherits the previous
   * sentence's reporters.
   */
  private List<Cand> sentenceSources(SentenceView v, List<Cand> previous) {
    List<Cand> out = new ArrayList<>();
    if (v.graph == null) {
      return out;
    }
    boolean continuation = false;
    for (int i = 0; i < v.size(); i++) {
      if (is(v, i, REPORT) && v.isVerb(i)) {
        List<Integer> subj = v.children(i, "nsubj");
        if (subj.isEmpty()) {
          // نقلت الوكالة عن …: a verb-first clause the parse read as verb-object
          int verb = i;
          subj = v.children(i, "obj").stream().filter(o -> o == verb + 1 || o == verb + 2).toList();
        }
        for (int s : subj) {
          addSource(v, out, s, "source:report-subject");
        }
        for (int o : v.children(i, "obl")) {
          if (rules.isA(v.caseOf(o), "REPORTED_FROM")) {
            addSource(v, out, o, "source:report-from");
          }
        }
        if (subj.isEmpty() && i <= EventParseSelector.CONTINUATION_REACH) {
          continuation = true;
        }
      }
      if (is(v, i, "REPORT_PREP")) {
        // بحسب المرصد، وفق مصادر محلية، نقلاً عن ناشطين (but بحسب ما ذكرت X: X is the verb's subject)
        int h = v.rel[i].equals("case") ? v.head[i] : -1;
        if (h < 0) {
          for (int c : v.children(i)) {
            if (!v.tag(c).equals("PUNC")) {
              h = c;
              break;
            }
          }
        }
        if (h >= 0 && h > i) {
          addSource(v, out, h, "source:according-to");
        }
      }
    }
    if (out.isEmpty() && continuation) {
      return previous;
    }
    return out;
  }

  /**
   * Adds a reporter if the phrase can be one: a named actor, a person's name, or a reporting
   * noun (مصادر محلية، مراسل، ناشطون). A generic noun whose name follows (وكالة «سانا»، وكالة
   * أ ف ب) is replaced by the name.
   */
  /** A named actor hanging below {@code h} by iḍāfa (فرق الهلال الأحمر → الهلال الأحمر), or -1. */
  private int idafaActor(SentenceView v, int h) {
    for (int c = h + 1; c < Math.min(v.size(), h + 4); c++) {
      ActorMention am = v.actorAt[c];
      if (am != null && am.actorId() != null && am.noun() == null && idafaChain(v, h, c)) {
        return c;
      }
    }
    return -1;
  }

  /** True when {@code c} hangs below {@code h} by nmod/appos/flat links only (وكالة → سانا). */
  private static boolean idafaChain(SentenceView v, int h, int c) {
    int steps = 0;
    for (int x = c; x >= 0 && steps <= 3; x = v.head[x], steps++) {
      if (x == h) {
        return steps > 0;
      }
      if (!(v.rel[x].startsWith("nmod") || v.rel[x].startsWith("appos") || v.rel[x].startsWith("flat"))
          || !v.caseOf(x).isEmpty()) {
        return false;
      }
    }
    return false;
  }

  private void addSource(SentenceView v, List<Cand> out, int h, String rule) {
    String tag = v.tag(h);
    if (tag.startsWith("VB") || tag.startsWith("PRP") || tag.equals("WP") || tag.equals("IN") || tag.equals("PUNC")) {
      return;
    }
    boolean named = v.actorAt[h] != null && v.actorAt[h].actorId() != null;
    if (!named) {
      // وكالة «سانا»، مراسل وكالة ستيب: the outlet named inside the phrase is a source too
      for (int c = h + 1; c < Math.min(v.size(), h + 5); c++) {
        ActorMention am = v.actorAt[c];
        if (am != null && am.category() == ActorCategory.MEDIA_MONITOR && idafaChain(v, h, c)) {
          out.add(new Cand(Role.SOURCE, c, trimQuotes(Span.of(v.text, am.begin(), am.end())),
              v.span(c, c + 1), rule + "+outlet"));
          if (is(v, h, "OUTLET_NOUN")) {
            return; // وكالة X: the name alone is the source
          }
          break;
        }
      }
    }
    if (named || tag.contains("NNP") || is(v, h, "SOURCE_NOUN")) {
      out.add(cand(v, Role.SOURCE, h, argSpan(v, h), rule));
    }
  }

  private List<Cand> sourcesFor(SentenceView v, Trig t, List<Cand> sources) {
    List<Cand> out = new ArrayList<>();
    for (Cand s : sources) {
      if (s.span().overlaps(v.span(t.tok, t.tok + 1))) {
        continue;
      }
      out.add(s);
    }
    return out;
  }

  // ---------------------------------------------------------------- casualties and counts

  private Map<Trig, List<Casualty>> casualties(SentenceView v, List<Trig> trigs, Map<Trig, List<Cand>> args) {
    Map<Trig, List<Casualty>> out = new LinkedHashMap<>();
    List<Trig> violent = new ArrayList<>();
    for (Trig t : trigs) {
      if (t.rule().type() == EventType.STRIKE || t.rule().type() == EventType.CLASH) {
        violent.add(t);
      }
    }
    if (violent.isEmpty()) {
      return out;
    }
    boolean[] used = new boolean[v.size()];
    for (int c = 0; c < v.size(); c++) {
      if (used[c]) {
        continue;
      }
      boolean killed = is(v, c, "KILLED");
      boolean injured = is(v, c, "INJURED");
      if (!killed && !injured || isTrigger(trigs, c)) {
        continue;
      }
      if (negated(v, c)) {
        continue; // دون أن تسفر عن إصابات، لم يسفر عن قتلى
      }
      CasualtyKind kind = killed ? CasualtyKind.KILLED : CasualtyKind.INJURED;
      QuantityMention q = quantityFor(v, c);
      // استشهاد وإصابة عدد من المدنيين، قتلى وجرحى: one entry of both kinds
      for (int k : v.children(c, "conj")) {
        boolean otherKind = killed ? is(v, k, "INJURED") : is(v, k, "KILLED");
        QuantityMention kq = quantityFor(v, k);
        if (otherKind && (kq == null || kq == q)) {
          used[k] = true;
          kind = CasualtyKind.KILLED_OR_INJURED;
          if (q == null) {
            q = kq;
          }
        }
      }
      Quantity qty;
      String victims = null;
      if (q != null) {
        qty = new Quantity(q.min(), q.max(), q.approximate(), Span.of(v.text, q.begin(), q.end()));
        victims = q.countedNoun() == null ? null : q.countedNoun().text();
      } else {
        qty = indefinitePlural(v, c);
        if (qty == null) {
          continue;
        }
      }
      used[c] = true;
      Trig target = linkedTrigger(v, violent, c);
      if (target == null || treeDistance(v, target.tok, c) > 6 && Math.abs(target.tok - c) > 25) {
        continue; // a toll in another part of a long sentence belongs to no event we found
      }
      Casualty cas = new Casualty(kind, qty, victims, "casualty:" + (q == null ? "plural" : "quantity"));
      addCasualty(out, target, cas);
      // a toll blamed on two linked mentions goes on both (غارات … والقصف المدفعي، مجزرة … جراء قصفه)
      for (Trig t : violent) {
        if (t != target && t.rule().type() == target.rule().type() && (linkedByConj(v, t.tok, target.tok)
            || linkedByCause(v, t.tok, target.tok) || linkedByCause(v, target.tok, t.tok)
            // قصفاً … حيث دمرت الصواريخ … وقتلت 40: the clause elaborates the event above it
            || v.dominates(t.tok, target.tok) && treeDistance(v, t.tok, target.tok) <= 4)) {
          addCasualty(out, t, cas);
        }
      }
    }
    // مجزرة بحق 12 مدنياً: the victims of a killing word are a death toll
    for (Trig t : violent) {
      if (!is(v, t.tok, "KILLING") || out.containsKey(t)) {
        continue;
      }
      for (Cand a : args.get(t)) {
        if (a.role() != Role.TARGET) {
          continue;
        }
        for (QuantityMention q : v.quantities) {
          if (q.countsPeople() && a.span().overlaps(Span.of(v.text, q.begin(), q.end()))) {
            addCasualty(out, t, new Casualty(CasualtyKind.KILLED,
                new Quantity(q.min(), q.max(), q.approximate(), Span.of(v.text, q.begin(), q.end())),
                q.countedNoun() == null ? null : q.countedNoun().text(), "casualty:killing-target"));
          }
        }
      }
    }
    return out;
  }

  private static boolean linkedByConj(SentenceView v, int a, int b) {
    return v.head[a] == b && v.rel[a].startsWith("conj") || v.head[b] == a && v.rel[b].startsWith("conj");
  }

  /** True when {@code effect} governs {@code cause} through a causal preposition (جراء، بسبب). */
  private boolean linkedByCause(SentenceView v, int cause, int effect) {
    return v.dominates(effect, cause) && treeDistance(v, cause, effect) <= 3
        && rules.isA(v.caseOf(cause), "CAUSE");
  }

  private boolean remoteInstrument(SentenceView v, List<Cand> args) {
    for (Cand c : args) {
      if (c.role() == Role.INSTRUMENT && (is(v, c.head(), "AIR") || is(v, c.head(), "ARTILLERY"))) {
        return true;
      }
    }
    return false;
  }

  /** Adds a casualty unless the event already has one from the same words. */
  private static void addCasualty(Map<Trig, List<Casualty>> out, Trig t, Casualty c) {
    List<Casualty> l = out.computeIfAbsent(t, k -> new ArrayList<>());
    for (Casualty x : l) {
      if (x.quantity().span().overlaps(c.quantity().span())) {
        return;
      }
    }
    l.add(c);
  }

  /** True when a negation governs the word (within two levels) or stands just before it. */
  private boolean negated(SentenceView v, int c) {
    for (int k = Math.max(0, c - 4); k < c; k++) {
      if (is(v, k, "NEG")) {
        return true;
      }
    }
    int x = v.head[c];
    for (int step = 0; step < 2 && x >= 0; step++, x = v.head[x]) {
      for (int ch : v.children(x)) {
        if (ch < x && is(v, ch, "NEG")) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isTrigger(List<Trig> trigs, int i) {
    for (Trig t : trigs) {
      if (t.tok == i) {
        return true;
      }
    }
    return false;
  }

  /**
   * The quantity that counts a casualty word: its own figure (50 قتيلاً), the figure just
   * after it (مقتل 50 مدنياً، عشرات من الجرحى), or the figure it says something of
   * (أربعة مدنيين استشهدوا، قُتل 4 مدنيين).
   */
  private QuantityMention quantityFor(SentenceView v, int c) {
    QuantityMention best = null;
    int bestScore = Integer.MAX_VALUE;
    for (QuantityMention q : v.quantities) {
      int noun = q.countedNoun() == null ? -1 : q.countedNoun().tokenIndex();
      if (noun >= 0 && noun != c && !q.countsPeople()) {
        continue; // 12 غارة is no toll
      }
      int score;
      if (noun == c || (c >= q.tokenBegin() && c < q.tokenEnd())) {
        score = 0;
      } else if (q.tokenBegin() > c && q.tokenBegin() <= c + 3 && noPunctBetween(v, c, q.tokenBegin())) {
        score = q.tokenBegin() - c;
      } else if (noun >= 0 && v.head[noun] == c && (v.rel[noun].startsWith("nsubj") || v.rel[noun].startsWith("obj")
          || v.rel[noun].startsWith("nmod"))) {
        score = 5;
      } else if (q.tokenEnd() == c && noun < 0) {
        score = 6;
      } else if (subjectOrObjectOf(v, q, c)) {
        score = 7; // قضى 6 على الأقل من «قسد»
      } else {
        continue;
      }
      if (score < bestScore) {
        best = q;
        bestScore = score;
      }
    }
    return PeopleFigures.choose(v, c, best, bestScore); // hook (args): people without numerals
  }

  private static boolean subjectOrObjectOf(SentenceView v, QuantityMention q, int c) {
    for (int i = q.tokenBegin(); i < q.tokenEnd(); i++) {
      if (v.head[i] == c && (v.rel[i].startsWith("nsubj") || v.rel[i].startsWith("obj"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean noPunctBetween(SentenceView v, int a, int b) {
    for (int i = a + 1; i < b; i++) {
      if (v.tag(i).equals("PUNC")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Without a figure, an indefinite plural gives "at least two": a plural victim noun
   * (قتلى، جرحى) or a casualty noun before an indefinite plural of people (مقتل مدنيين).
   * A definite plural (مقتل المدنيين) gives no figure.
   */
  private Quantity indefinitePlural(SentenceView v, int c) {
    if (is(v, c, "VICTIMS_PLURAL")) {
      return new Quantity(2, null, false, v.span(c, c + 1));
    }
    for (int k : v.children(c, "nmod")) {
      if (k == c + 1 && is(v, k, "PEOPLE") && !isDefinite(v, k)
          && (v.tag(k).equals("NNS") || v.tag(k).equals("NN") && v.keys[k].matches(".*(ين|ون)"))) {
        return new Quantity(2, null, false, v.span(c, k + 1));
      }
    }
    return null;
  }

  /**
   * Which event a casualty word belongs to: the closest in the dependency tree (ما أدى إلى
   * مقتل under its strike, قُتل … في غارة above it, وقع قتلى خلال اشتباكات beside it), ties
   * broken by distance in the text, the preceding trigger first.
   */
  private Trig linkedTrigger(SentenceView v, List<Trig> violent, int c) {
    Trig best = null;
    int bestTree = Integer.MAX_VALUE;
    int bestLinear = Integer.MAX_VALUE;
    int scope = reportScope(v, c);
    for (Trig t : violent) {
      if (scope >= 0 && reportScope(v, t.tok) != scope && !v.dominates(t.tok, c)) {
        continue; // a toll in another source's statement (في حين ذكرت تقارير أن … قتل 191)
      }
      int tree = treeDistance(v, t.tok, c);
      int linear = Math.abs(t.tok - c) * 2 + (t.tok < c ? 0 : 1);
      if (tree < bestTree || tree == bestTree && linear < bestLinear) {
        best = t;
        bestTree = tree;
        bestLinear = linear;
      }
    }
    return best;
  }

  /** The nearest reporting verb above a token (whose statement it is part of), or -1. */
  private int reportScope(SentenceView v, int i) {
    int steps = 0;
    for (int x = v.head[i]; x >= 0 && steps++ <= v.size(); x = v.head[x]) {
      if (v.isVerb(x) && is(v, x, REPORT)) {
        return x;
      }
    }
    return -1;
  }

  /** People count of an evacuation or surrender: a figure on its theme or below the trigger. */
  private Quantity count(SentenceView v, Trig t, List<Cand> args) {
    for (QuantityMention q : v.quantities) {
      int qh = q.countedNoun() != null ? q.countedNoun().tokenIndex() : mentionHead(v, q.tokenBegin(), q.tokenEnd());
      boolean people = q.countsPeople() || q.countedNoun() == null
          || is(v, Math.min(qh, v.size() - 1), "PEOPLE");
      if (!people) {
        continue;
      }
      boolean onTheme = args.stream().anyMatch(a -> a.role() == Role.THEME
          && (a.span().overlaps(Span.of(v.text, q.begin(), q.end())) || v.dominates(a.head(), qh)));
      int d = v.depthBelow(t.tok, qh);
      // نحو 600 شخص تمكنوا من الوصول: the figure is the subject of the verb governing the trigger
      int gov = v.head[t.tok];
      boolean subjectOfGovernor = gov >= 0 && v.isVerb(gov) && !v.isVerb(t.tok)
          && v.children(gov, "nsubj").stream().anyMatch(sj -> v.dominates(sj, qh));
      if (onTheme || (d > 0 && d <= 3) || subjectOfGovernor) {
        return new Quantity(q.min(), q.max(), q.approximate(), Span.of(v.text, q.begin(), q.end()));
      }
    }
    for (Cand a : args) {
      if (a.role() == Role.THEME && (v.tag(a.head()).equals("NNS") || is(v, a.head(), "PEOPLE"))
          && !isDefinite(v, a.head()) && v.actorAt[a.head()] != null
          && v.actorAt[a.head()].actorId() == null) {
        return new Quantity(2, null, false, a.span());
      }
    }
    return null;
  }

  /**
   * Definite nouns give no count (إجلاء المدنيين): the article, a possessive suffix
   * (مسلحيه), or a construct with a definite or named second term (مسلحي التنظيم).
   */
  private static boolean isDefinite(SentenceView v, int i) {
    if (v.tag(i).startsWith("DT") || v.tag(i).contains("NNP")) {
      return true;
    }
    if (i + 1 < v.size() && v.tag(i + 1).startsWith("PRP") && v.begin(i + 1) == v.end(i)) {
      return true;
    }
    for (int c : v.children(i, "nmod")) {
      if (c == i + 1 && v.caseOf(c).isEmpty() && (v.tag(c).startsWith("DT") || v.tag(c).contains("NNP"))) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- polarity, modality

  /** The trigger and up to three governors above it. */
  private static List<Integer> chain(SentenceView v, int i) {
    List<Integer> out = new ArrayList<>();
    int x = i;
    for (int k = 0; k < 4 && x >= 0; k++) {
      out.add(x);
      x = v.head[x];
    }
    return out;
  }

  private Polarity polarity(SentenceView v, int t) {
    // رفض متزعمو التنظيم … الاستسلام: a refusal or denial shortly before the trigger, in the
    // same stretch of text, also when the parse attaches the trigger elsewhere
    for (int k = t - 1; k >= Math.max(0, t - 6) && !v.tag(k).equals("PUNC"); k--) {
      if (is(v, k, "DENY")) {
        return Polarity.NEGATIVE;
      }
    }
    List<Integer> ch = chain(v, t);
    for (int k = 0; k < Math.min(3, ch.size()); k++) {
      int x = ch.get(k);
      // لم تسجل أي اشتباكات: a negation particle right before the trigger's verb
      if (x > 0 && v.isVerb(x) && is(v, x - 1, "NEG")) {
        return Polarity.NEGATIVE;
      }
    }
    for (int k = 0; k < ch.size(); k++) {
      int x = ch.get(k);
      if (k > 0 && is(v, x, "DENY")) {
        return Polarity.NEGATIVE;
      }
      if (k <= 1) {
        for (int c : v.children(x)) {
          if ((v.rel[c].startsWith("advmod") || v.rel[c].startsWith("case") || v.rel[c].startsWith("det"))
              && c < x && is(v, c, "NEG")) {
            return Polarity.NEGATIVE;
          }
        }
      }
    }
    return Polarity.POSITIVE;
  }

  private Modality modality(SentenceView v, int t) {
    List<Integer> ch = chain(v, t);
    for (int k = 0; k < ch.size(); k++) {
      int x = ch.get(k);
      if (k > 0 && is(v, x, "HYPO")) {
        return Modality.HYPOTHETICAL;
      }
      // وينص الاتفاق على خروج …: the plan is the governor's subject
      if (k == 1 && v.children(x, "nsubj").stream().anyMatch(c -> is(v, c, "HYPO"))) {
        return Modality.HYPOTHETICAL;
      }
      for (int c : v.children(x)) {
        if (c < x && (is(v, c, "FUTURE") && !v.rel[c].equals("punct")
            || v.rel[c].equals("mark") && is(v, c, "COND") && !is(v, c, "COMPLEMENTIZER"))) {
          return Modality.HYPOTHETICAL;
        }
        if (k == 0 && c < x && is(v, c, "HYPO") && !v.rel[c].equals("punct")) {
          return Modality.HYPOTHETICAL;
        }
      }
    }
    return Modality.ASSERTED;
  }

  private boolean claimed(SentenceView v, int t) {
    for (int x : chain(v, t)) {
      if (is(v, x, "CLAIM")) {
        return true;
      }
      for (int c : v.children(x)) {
        if (is(v, c, "CLAIM")) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class,
        CoreAnnotations.PartOfSpeechAnnotation.class,
        SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
        ActorAnnotations.ActorMentionsAnnotation.class, PlaceAnnotations.PlaceMentionsAnnotation.class,
        QuantityAnnotations.QuantityMentionsAnnotation.class, TimeAnnotations.TimeMentionsAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(EventAnnotations.EventFramesAnnotation.class);
  }
}
