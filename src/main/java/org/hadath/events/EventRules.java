package org.hadath.events;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.hadath.events.sentence.SentenceView;
import org.hadath.normalize.ArabicKeys;
import org.hadath.util.BoundedRegex;
import org.hadath.util.ModelFiles;
import org.hadath.util.ModelFormatException;

/**
 * The event layer's knowledge, loaded from readable files under {@code models/events/}:
 * word classes ({@code classes.tsv}), triggers ({@code triggers.tsv}) and argument rules
 * ({@code arguments.tsv}, Semgrex). Every file is validated completely at load; a broken
 * line raises {@link ModelFormatException} naming file and line, so an extractor is never
 * half loaded. Immutable and thread-safe.
 */
public final class EventRules {

  /** Where the packaged rule files live (relative to {@code models/}). */
  public static final String DEFAULT_DIR = "events/";

  /** A trigger rule: words of {@code pattern} evoke {@code type}, with argument frame {@code frame}. */
  public record TriggerRule(EventType type, String frame, Pattern pattern, List<List<Condition>> conditions,
      String source) {

    /**
     * Whether the rule's conditions hold, each judged by {@code holds}: true when there are
     * none, or when every condition of some alternative holds (alternatives are tried in order,
     * and a condition only until one of its alternative fails).
     */
    public boolean conditionsHold(Predicate<Condition> holds) {
      if (conditions.isEmpty()) {
        return true;
      }
      for (List<Condition> all : conditions) {
        if (all.stream().allMatch(holds)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Optional condition on a trigger: a word of a class in a given relation to it, or, when
   * {@code negated} ({@code !ctx:GROUND} in the file), no such word.
   */
  public record Condition(Scope scope, String wordClass, boolean negated) {
    /** Where the word must be. */
    public enum Scope { CTX, DOC, DEP, GOV, SUBJ, SELF, ARMED, NEAR }

    /** A condition that must hold (not negated). */
    public Condition(Scope scope, String wordClass) {
      this(scope, wordClass, false);
    }
  }

  /** An argument rule: a Semgrex pattern naming {@code trigger} and {@code arg}. */
  public record ArgumentRule(List<String> frames, Role role, ArgFilter filter, SemgrexPattern pattern,
      String source) {}

  /** What an argument's head must be for a rule to keep it. */
  public enum ArgFilter { ANY, ACTOR, PLACE, PEOPLE, INSTRUMENT, NOT_PLACE, NOT_INSTRUMENT, ACTOR_OR_PEOPLE, AGENT_LIKE }

  private final ImmutableMap<String, Pattern> classes;
  private final ImmutableList<TriggerRule> triggers;
  private final ImmutableList<ArgumentRule> arguments;
  /** Each class's index in {@link #classes}, for {@link #matches}'s memo. */
  private final ImmutableMap<String, Integer> classIndex;
  /** Class and trigger answers per word, computed once (the same word is asked many times). */
  private final KeyMatches memo;

  private EventRules(Map<String, Pattern> classes, List<TriggerRule> triggers, List<ArgumentRule> arguments) {
    this.classes = ImmutableMap.copyOf(classes);
    this.triggers = ImmutableList.copyOf(triggers);
    this.arguments = ImmutableList.copyOf(arguments);
    ImmutableMap.Builder<String, Integer> index = ImmutableMap.builder();
    int i = 0;
    for (String k : this.classes.keySet()) {
      index.put(k, i++);
    }
    this.classIndex = index.buildOrThrow();
    this.memo = new KeyMatches(this.classes.values().asList(), this.triggers);
  }

  private static volatile EventRules defaults;

  /** The packaged rules, loaded once per JVM. */
  public static EventRules getDefault() {
    EventRules r = defaults;
    if (r == null) {
      synchronized (EventRules.class) {
        if (defaults == null) {
          defaults = load(ModelFiles.packaged());
        }
        r = defaults;
      }
    }
    return r;
  }

  /**
   * Loads the rules from {@code dir}, a directory on disk the user names holding edited copies
   * of {@code classes.tsv}, {@code triggers.tsv}, {@code arguments.tsv} (a file not there is
   * the packaged one).
   */
  public static EventRules load(String dir) {
    return load(ModelFiles.overrides(java.nio.file.Path.of(dir), DEFAULT_DIR));
  }

  /** Loads the rule files {@code events/*.tsv} of {@code models}. */
  public static EventRules load(ModelFiles models) {
    String classesFile = DEFAULT_DIR + "classes.tsv";
    Map<String, StringBuilder> alts = new LinkedHashMap<>();
    Map<String, ModelFiles.Row> firstRow = new HashMap<>();
    for (ModelFiles.Row row : models.table(classesFile, 2, 2)) {
      String name = row.get(0);
      if (!name.matches("[A-Z_]+")) {
        throw row.error("class name must be upper case letters and _: '" + name + "'");
      }
      compile(row, row.get(1));
      alts.computeIfAbsent(name, k -> new StringBuilder());
      StringBuilder sb = alts.get(name);
      if (sb.length() > 0) {
        sb.append('|');
      }
      sb.append('(').append(row.get(1)).append(')');
      firstRow.putIfAbsent(name, row);
    }
    Map<String, Pattern> classes = new LinkedHashMap<>();
    alts.forEach((k, v) -> classes.put(k, compile(firstRow.get(k), v.toString())));
    for (WordClass needed : WordClass.values()) {
      if (!classes.containsKey(needed.name())) {
        // line 0: the whole file is at fault; found now, not in the middle of an extraction
        throw new ModelFormatException(classesFile, 0, "missing word class " + needed.name()
            + ", which the event mechanisms need (see WordClass)");
      }
    }

    List<TriggerRule> triggers = new ArrayList<>();
    for (ModelFiles.Row row : models.table(DEFAULT_DIR + "triggers.tsv", 3, 5)) {
      EventType type;
      try {
        type = EventType.valueOf(row.get(0));
      } catch (IllegalArgumentException e) {
        throw row.error("unknown event type '" + row.get(0) + "'");
      }
      String frame = row.get(1);
      if (frame.isEmpty()) {
        throw row.error("missing frame");
      }
      Pattern p = compile(row, row.get(2));
      List<List<Condition>> conds = new ArrayList<>();
      String reqs = row.get(3);
      for (String alt : reqs.isEmpty() ? new String[0] : reqs.split("\\|")) {
        List<Condition> all = new ArrayList<>();
        for (String req : alt.split("&")) {
        String r = req.trim();
        boolean negated = r.startsWith("!");
        String[] parts = (negated ? r.substring(1) : r).split(":", 2);
        if (parts.length != 2) {
          throw row.error("condition must be SCOPE:CLASS (ctx, doc, dep, gov, subj, self), found '" + req + "'");
        }
        Condition.Scope scope;
        try {
          scope = Condition.Scope.valueOf(parts[0].toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw row.error("unknown condition scope '" + parts[0] + "'");
        }
        if (negated && (scope == Condition.Scope.DOC || scope == Condition.Scope.ARMED)) {
          // the pruning prefilter may leave other lines unread: absence is judged in the sentence only
          throw row.error("'!' only with a scope inside the sentence (ctx, near, dep, gov, subj, self): '" + req + "'");
        }
        if (!classes.containsKey(parts[1])) {
          throw row.error("unknown word class '" + parts[1] + "' (define it in " + classesFile + ")");
        }
        all.add(new Condition(scope, parts[1], negated));
        }
        conds.add(List.copyOf(all));
      }
      triggers.add(new TriggerRule(type, frame, p, List.copyOf(conds), row.file() + ":" + row.line()));
    }
    Set<String> frames = new HashSet<>();
    triggers.forEach(t -> frames.add(t.frame()));

    List<ArgumentRule> args = new ArrayList<>();
    for (ModelFiles.Row row : models.table(DEFAULT_DIR + "arguments.tsv", 4, 4)) {
      List<String> fr = List.of(row.get(0).split(","));
      for (String f : fr) {
        if (!f.equals("*") && !frames.contains(f)) {
          throw row.error("frame '" + f + "' is used by no trigger in triggers.tsv");
        }
      }
      Role role;
      ArgFilter filter;
      try {
        role = Role.valueOf(row.get(1));
      } catch (IllegalArgumentException e) {
        throw row.error("unknown role '" + row.get(1) + "'");
      }
      try {
        filter = ArgFilter.valueOf(row.get(2));
      } catch (IllegalArgumentException e) {
        throw row.error("unknown filter '" + row.get(2) + "'");
      }
      String semgrex = expandClasses(row, ArabicKeys.foldPattern(row.get(3)), classes);
      if (!semgrex.contains("=trigger") || !semgrex.contains("=arg")) {
        throw row.error("pattern must name nodes =trigger and =arg");
      }
      SemgrexPattern sp;
      try {
        sp = SemgrexPattern.compile(semgrex);
      } catch (RuntimeException e) {
        throw new ModelFormatException(row.file(), row.line(), "bad Semgrex pattern: " + e.getMessage(), e);
      }
      args.add(new ArgumentRule(fr, role, filter, sp, row.file() + ":" + row.line()));
    }
    return new EventRules(classes, triggers, args);
  }

  private static final Pattern CLASS_REF = Pattern.compile("@([A-Z_]+)");

  private static String expandClasses(ModelFiles.Row row, String s, Map<String, Pattern> classes) {
    Matcher m = CLASS_REF.matcher(s);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      Pattern p = classes.get(m.group(1));
      if (p == null) {
        throw row.error("unknown word class @" + m.group(1));
      }
      m.appendReplacement(sb, Matcher.quoteReplacement("/^(" + p.pattern() + ")$/"));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static Pattern compile(ModelFiles.Row row, String regex) {
    if (regex.isEmpty()) {
      throw row.error("empty regular expression");
    }
    try {
      return Pattern.compile(ArabicKeys.foldPattern(regex));
    } catch (PatternSyntaxException e) {
      throw row.error("bad regular expression: " + e.getDescription());
    }
  }

  /** True when the match key {@code key} is a word of class {@code name}. */
  public boolean isA(String key, String name) {
    Integer c = classIndex.get(name);
    if (c == null) {
      throw new IllegalArgumentException("unknown word class " + name);
    }
    return key != null && memo.isA(key, c);
  }

  /**
   * The trigger rules whose pattern matches the match key {@code key}, in file order (the
   * first whose conditions hold fires); empty for null.
   */
  public List<TriggerRule> triggersMatching(String key) {
    return key == null ? List.of() : memo.triggers(key);
  }

  /** True when the match key {@code key} is a word of class {@code c} (present: checked at load). */
  public boolean isA(String key, WordClass c) {
    return isA(key, c.name());
  }

  /** True when token {@code i} of sentence {@code v} is a word of class {@code c}; false outside the sentence. */
  public boolean isA(SentenceView v, int i, WordClass c) {
    return i >= 0 && i < v.size() && isA(v.key(i), c);
  }

  /**
   * Whether a rule's pattern matches a whole word, with bounded work: a pathological
   * pattern from a user's file is abandoned (logged once) instead of hanging the extractor.
   */
  public static boolean matches(Pattern p, String key) {
    try {
      return BoundedRegex.matches(p, key);
    } catch (BoundedRegex.TooSlowException e) {
      if (REPORTED.add(p.pattern())) {
        LOG.warn("{} (word of {} characters); treated as no match", e.getMessage(), key.length());
      }
      return false;
    }
  }

  private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EventRules.class);

  /** The compiled pattern of a word class (over match keys), or null when there is none. */
  public Pattern classPattern(String name) {
    return classes.get(name);
  }

  /** The names of all word classes, in file order (the specificity features ask about each). */
  public ImmutableList<String> classNames() {
    return classes.keySet().asList();
  }

  /** True when a word class of that name exists. */
  public boolean hasClass(String name) {
    return classes.containsKey(name);
  }

  public ImmutableList<TriggerRule> triggers() {
    return triggers;
  }

  public ImmutableList<ArgumentRule> arguments() {
    return arguments;
  }
}
