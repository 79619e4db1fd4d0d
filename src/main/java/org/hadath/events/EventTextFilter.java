package org.hadath.events;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.hadath.entities.actors.Actor;
import org.hadath.entities.actors.ActorLexicon;
import org.hadath.events.sentence.ArmedActors;
import org.hadath.events.sources.PostSources;
import org.hadath.events.sources.SourceFinder;
import org.hadath.events.triggers.ConditionEvidence;
import org.hadath.events.triggers.TriggerConditions;
import org.hadath.normalize.ArabicGrammar;
import org.hadath.normalize.ArabicKeys;
import org.hadath.pipeline.LineSelector;
import org.hadath.pipeline.SegmenterForms;

/**
 * Decides from the raw characters, before any segmentation, which lines of a document the
 * event layer can use, so that the rest of an article (most of a general-news archive) is
 * never segmented, tagged or parsed. The frames are the same as with every line analysed.
 *
 * <p>Every test below errs on the side of reading. A word "could be" X when some stem the
 * segmenter could cut from it ({@link SegmenterForms}) matches X's pattern. A line is read
 * when
 * <ul>
 *   <li>it is <em>live</em>: one of its words could be a trigger whose rule's conditions could
 *       hold, judged from the words of the line ({@code ctx:}, {@code near:}, {@code dep:} …),
 *       of the lines around it ({@code armed:}, also an armed actor's name or short form) or of
 *       the whole document ({@code doc:});</li>
 *   <li>it is next to a live line whose trigger has an {@code armed:} condition, and it
 *       could satisfy it (a word of the class, an armed actor's name or short form): that
 *       condition looks at the sentences around the trigger;</li>
 *   <li>reporters could flow from it into a live line: a sentence that only continues a
 *       report (a reporting verb among its first tokens, وأضاف أن …) takes the previous
 *       sentence's reporters, so the chain is followed back while a line could open with
 *       such a continuation (as {@link EventParseSelector} parses it);</li>
 *   <li>it could hold a word of a class a {@code doc:} condition of a live trigger asks for;</li>
 *   <li>it comes before a read line that could hold a short form (التنظيم) and could name
 *       one of the short forms' actors or hold a short form itself: short forms resolve to
 *       the actor named most recently, so each such line ahead must be read.</li>
 * </ul>
 * A document with no live line is not analysed at all. Thread-safe; what each written word
 * could be is cached.
 */
public final class EventTextFilter implements LineSelector {
  private static final int CACHE_LIMIT = 200_000;

  private final EventRules rules;
  private final SegmenterForms forms;
  private final ImmutableList<EventRules.TriggerRule> triggers;
  private final Pattern anyTrigger;
  private final ImmutableMap<String, Integer> classIndex;
  private final Pattern anyClass;
  private final BitSet docClasses = new BitSet();
  /** Index of the reporting-verb class. */
  private final int reportClass;
  /** Trigger rules (by index) with a {@code doc:} condition. */
  private final BitSet docRules = new BitSet();
  private final ImmutableList<String> shortForms;
  private final ImmutableList<String> namingForms;
  private final ImmutableList<String> armedForms;
  private final ConcurrentHashMap<String, Word> wordCache = new ConcurrentHashMap<>();
  /** What each form of a word as written could be, in {@link SegmenterForms#forms} order. */
  private final ConcurrentHashMap<String, Word[]> writtenCache = new ConcurrentHashMap<>();

  /** What a written word could be: trigger rules (by index) and condition classes (by index). */
  private record Word(BitSet rules, BitSet classes) {
    static final Word NOTHING = new Word(new BitSet(), new BitSet());
  }

  /** A filter for the given rules, actor lexicon and segmenter model. */
  public EventTextFilter(EventRules rules, ActorLexicon actors, SegmenterForms forms) {
    this.rules = Preconditions.checkNotNull(rules);
    this.forms = Preconditions.checkNotNull(forms);
    this.triggers = rules.triggers();
    Map<String, Integer> cls = new LinkedHashMap<>();
    for (int ri = 0; ri < triggers.size(); ri++) {
      for (List<EventRules.Condition> all : triggers.get(ri).conditions()) {
        for (EventRules.Condition c : all) {
          int k = cls.computeIfAbsent(c.wordClass(), x -> cls.size());
          if (c.scope() == EventRules.Condition.Scope.DOC) {
            docClasses.set(k);
            docRules.set(ri);
          }
        }
      }
    }
    // reporting verbs: a line opening with one may continue the previous line's report
    this.reportClass = cls.computeIfAbsent(WordClass.REPORT.name(), x -> cls.size());
    this.anyTrigger = anyOf(triggers.stream().map(EventRules.TriggerRule::pattern).toList());
    this.classIndex = ImmutableMap.copyOf(cls);
    this.anyClass = anyOf(cls.keySet().stream().map(rules::classPattern).toList());
    Set<String> shortF = new LinkedHashSet<>();
    Set<String> naming = new LinkedHashSet<>();
    Set<String> armed = new LinkedHashSet<>();
    for (Actor a : actors.actors().values()) {
      if (ArmedActors.isArmed(a.category())) {
        a.aliases().forEach(x -> armed.add(fold(x, true)));
      }
    }
    for (ActorLexicon.AnaphorEntry an : actors.anaphors()) {
      String f = fold(an.form(), true);
      shortF.add(f);
      naming.add(f);
      for (String id : an.candidates()) {
        Actor a = actors.actor(id);
        a.aliases().forEach(x -> naming.add(fold(x, true)));
        if (ArmedActors.isArmed(a.category())) {
          armed.add(f);
        }
      }
    }
    for (Set<String> s : List.of(shortF, naming, armed)) {
      s.remove("");
    }
    this.shortForms = ImmutableList.copyOf(shortF);
    this.namingForms = ImmutableList.copyOf(naming);
    this.armedForms = ImmutableList.copyOf(armed);
  }

  /**
   * One pattern matching what any of {@code ps} matches: a word is tried against it first,
   * and against the single patterns only when it matches (few words do).
   */
  private static Pattern anyOf(List<Pattern> ps) {
    StringBuilder alt = new StringBuilder();
    int flags = 0;
    for (Pattern p : ps) {
      alt.append(alt.length() == 0 ? "" : "|").append("(?:").append(p.pattern()).append(')');
      flags |= p.flags();
    }
    // with no pattern nothing can match (an empty alternation would match "")
    return Pattern.compile(alt.length() == 0 ? "(?!)" : alt.toString(), flags);
  }

  /** The filter for the packaged rules and lexicon. */
  public static EventTextFilter getDefault() {
    return new EventTextFilter(EventRules.getDefault(), ActorLexicon.defaults(), SegmenterForms.getDefault());
  }

  /** What one line could hold, computed lazily where costly. */
  private final class Line {
    final String text;
    final BitSet rules = new BitSet();
    final BitSet classes = new BitSet();
    /** For each trigger rule hit, the classes the hitting word itself could have (self:). */
    final Map<Integer, BitSet> selfClasses = new LinkedHashMap<>();
    /** Whether one of the first words could be a reporting verb (وأضاف أن …). */
    boolean leadReport;
    String folded;
    Boolean armed;

    Line(String text) {
      this.text = text;
      int[] words = {0};
      // the written word's forms are found once per word, not once per line it is on
      SegmenterForms.forEachWritten(text, written -> {
        for (Word x : written(written)) {
          form(x, words);
        }
      });
    }

    /** Takes in one form of a word of the line, the line's {@code words[0]}-th form. */
    private void form(Word x, int[] words) {
      // each written word gives at least one token, so a reporting verb among the first
      // tokens of the line's first sentence lies among its first words
      if (words[0]++ <= SourceFinder.CONTINUATION_REACH && x.classes().get(reportClass)) {
        leadReport = true;
      }
      if (!x.rules().isEmpty()) {
        rules.or(x.rules());
        x.rules().stream().forEach(r -> selfClasses.computeIfAbsent(r, k -> new BitSet()).or(x.classes()));
      }
      classes.or(x.classes());
    }

    String folded() {
      if (folded == null) {
        folded = fold(text, false);
      }
      return folded;
    }

    boolean armed() {
      if (armed == null) {
        armed = containsAny(folded(), armedForms);
      }
      return armed;
    }
  }

  @Override
  public boolean[] select(List<String> texts) {
    int n = texts.size();
    List<Line> lines = new ArrayList<>(n);
    BitSet docCls = new BitSet();
    for (String t : texts) {
      Line l = new Line(t);
      lines.add(l);
      docCls.or(l.classes);
    }
    boolean[] read = new boolean[n];
    boolean anyLive = false;
    boolean needDocClasses = false;
    for (int i = 0; i < n; i++) {
      Line l = lines.get(i);
      boolean live = false;
      for (int r = l.rules.nextSetBit(0); r >= 0; r = l.rules.nextSetBit(r + 1)) {
        EventRules.TriggerRule rule = triggers.get(r);
        if (couldHold(rule, l.selfClasses.get(r), lines, i, docCls)) {
          live = true;
          needDocClasses |= docRules.get(r);
          readArmedNeighbours(rule, lines, i, read);
        }
      }
      if (live) {
        anyLive = true;
        read[i] = true;
        // a sentence that only continues a report takes the previous sentence's reporters:
        // follow the chain back while a line could open with such a continuation
        for (int k = i; k > 0 && lines.get(k).leadReport; k--) {
          read[k - 1] = true;
        }
      }
    }
    if (!anyLive) {
      return read;
    }
    // a post's attribution line or hashtag may name who reports its events (PostSources)
    for (int i = 0; i < n; i++) {
      read[i] |= PostSources.couldVoice(texts.get(i));
    }
    if (needDocClasses) {
      for (int i = 0; i < n; i++) {
        read[i] |= lines.get(i).classes.intersects(docClasses);
      }
    }
    if (!shortForms.isEmpty()) {
      int last = -1;
      for (int i = 0; i < n; i++) {
        if (read[i] && containsAny(lines.get(i).folded(), shortForms)) {
          last = i;
        }
      }
      for (int i = 0; i < last; i++) {
        read[i] |= containsAny(lines.get(i).folded(), namingForms);
      }
    }
    return read;
  }

  /**
   * Reads the lines next to line {@code i} that could satisfy an {@code armed:} condition of
   * the rule: that condition looks at the sentences around the trigger.
   */
  private void readArmedNeighbours(EventRules.TriggerRule rule, List<Line> lines, int i, boolean[] read) {
    for (List<EventRules.Condition> all : rule.conditions()) {
      for (EventRules.Condition c : all) {
        if (c.scope() != EventRules.Condition.Scope.ARMED) {
          continue;
        }
        int k = classIndex.get(c.wordClass());
        for (int j : new int[] {i - 1, i + 1}) {
          if (couldArm(lines, j, k)) {
            read[j] = true;
          }
        }
      }
    }
  }

  /** Whether some alternative of the rule's conditions could hold for a word in line {@code i}. */
  private boolean couldHold(EventRules.TriggerRule rule, BitSet self, List<Line> lines, int i, BitSet docCls) {
    return TriggerConditions.hold(rule, ConditionEvidence.beforeParsing(
        cls -> self != null && self.get(classIndex.get(cls)),
        // the word is in the trigger's own sentence, hence on its line
        cls -> lines.get(i).classes.get(classIndex.get(cls)),
        cls -> docCls.get(classIndex.get(cls)),
        cls -> {
          int k = classIndex.get(cls);
          return couldArm(lines, i - 1, k) || couldArm(lines, i, k) || couldArm(lines, i + 1, k);
        }));
  }

  /**
   * Whether line {@code j} (if there is one) could meet an {@code armed:} condition of class
   * {@code k}: a word of the class, or an armed actor's name or short form.
   */
  private static boolean couldArm(List<Line> lines, int j, int k) {
    return j >= 0 && j < lines.size() && (lines.get(j).classes.get(k) || lines.get(j).armed());
  }

  /** What each form of a word as written ({@link SegmenterForms#forms}) could be. */
  private Word[] written(String w) {
    Word[] cached = writtenCache.get(w);
    if (cached != null) {
      return cached;
    }
    List<Word> forms = new ArrayList<>(1);
    SegmenterForms.forms(w, f -> forms.add(word(f)));
    Word[] x = forms.toArray(new Word[0]);
    if (writtenCache.size() > CACHE_LIMIT) {
      writtenCache.clear(); // bounded memory over an archive, as the form cache
    }
    writtenCache.put(w, x);
    return x;
  }

  /** What a form of a word could be, from every stem the segmenter could cut from it. */
  private Word word(String w) {
    Word cached = wordCache.get(w);
    if (cached != null) {
      return cached;
    }
    BitSet rs = new BitSet();
    BitSet cs = new BitSet();
    forms.forEachStem(w, stem -> {
      if (EventRules.matches(anyTrigger, stem)) {
        for (int r = 0; r < triggers.size(); r++) {
          if (EventRules.matches(triggers.get(r).pattern(), stem)) {
            rs.set(r);
          }
        }
      }
      if (EventRules.matches(anyClass, stem)) {
        classIndex.forEach((c, k) -> {
          if (!cs.get(k) && rules.isA(stem, c)) {
            cs.set(k);
          }
        });
      }
    });
    Word x = rs.isEmpty() && cs.isEmpty() ? Word.NOTHING : new Word(rs, cs);
    if (wordCache.size() > CACHE_LIMIT) {
      wordCache.clear(); // bounded memory over an archive; common words come back at once
    }
    wordCache.put(w, x);
    return x;
  }

  private static boolean containsAny(String text, List<String> needles) {
    for (String s : needles) {
      if (text.contains(s)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A text reduced so that containment is generous: letters and digits only (the actor
   * matcher skips quotes and dashes between words), ة and ت alike (غارتها is غارة + ها), runs
   * of three or more equal letters as one (the segmenter's {@code removeLengthening}), and for
   * a name ({@code phrase}) a leading article's alef dropped (للتحالف is ل + التحالف). Doubled
   * letters are kept: merging them made short names such as هتش match common words.
   */
  static String fold(String s, boolean phrase) {
    String key = ArabicKeys.matchKey(s);
    StringBuilder sb = new StringBuilder(key.length());
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        continue;
      }
      if (c == '\u062A') {
        c = '\u0647'; // ت as ه (ة's key)
      }
      int n = sb.length();
      if (n >= 2 && sb.charAt(n - 1) == c && sb.charAt(n - 2) == c) {
        continue; // a third equal letter in a row: lengthening
      }
      sb.append(c);
    }
    String out = sb.toString();
    if (phrase && out.length() > 2 && ArabicGrammar.hasArticle(out)) {
      out = out.substring(1);
    }
    return out;
  }
}
