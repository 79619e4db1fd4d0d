package org.hadath.depparse;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hadath.normalize.ArabicKeys;
import org.hadath.util.ModelFiles;

/**
 * The closed-class Arabic words that decide dependency labels (auxiliaries, negation,
 * complementizers, relative pronouns, demonstratives, time nouns), loaded from
 * {@code models/depparse/function-words.tsv}. Immutable and thread-safe.
 */
public final class FunctionWords {

  /** The classes a function word can belong to; see the model file for their effect. */
  public enum WordClass { AUX, AUXVERB, NEG, COMP, SUBORD, REL, DET, TIME, SEMIPREP, SUBJSUFFIX }

  /** Default model file. */
  public static final String DEFAULT_FILE = "depparse/function-words.tsv";

  private static volatile FunctionWords defaultInstance;

  private final ImmutableMap<String, Set<WordClass>> classes;
  private final ImmutableList<String> subjectSuffixes;

  private FunctionWords(Map<String, Set<WordClass>> classes, List<String> suffixes) {
    this.classes = ImmutableMap.copyOf(classes);
    this.subjectSuffixes = ImmutableList.copyOf(suffixes);
  }

  /** The packaged lexicon, loaded once per JVM. */
  public static FunctionWords getDefault() {
    FunctionWords fw = defaultInstance;
    if (fw == null) {
      synchronized (FunctionWords.class) {
        if (defaultInstance == null) {
          defaultInstance = load(ModelFiles.packaged());
        }
        fw = defaultInstance;
      }
    }
    return fw;
  }

  /** Loads a lexicon; a bad line raises {@link org.hadath.util.ModelFormatException}. */
  public static FunctionWords load(ModelFiles models) {
    Map<String, Set<WordClass>> map = new HashMap<>();
    ImmutableList.Builder<String> suffixes = ImmutableList.builder();
    for (ModelFiles.Row row : models.table(DEFAULT_FILE, 2, 2)) {
      String form = ArabicKeys.matchKey(row.get(0));
      if (form.isEmpty()) {
        throw row.error("empty form");
      }
      WordClass c;
      try {
        c = WordClass.valueOf(row.get(1));
      } catch (IllegalArgumentException e) {
        throw row.error("unknown class '" + row.get(1) + "'; expected one of " + EnumSet.allOf(WordClass.class));
      }
      if (c == WordClass.SUBJSUFFIX) {
        suffixes.add(form);
      } else {
        map.computeIfAbsent(form, k -> EnumSet.noneOf(WordClass.class)).add(c);
      }
    }
    Map<String, Set<WordClass>> frozen = new HashMap<>();
    map.forEach((k, v) -> frozen.put(k, Collections.unmodifiableSet(EnumSet.copyOf(v))));
    return new FunctionWords(frozen, suffixes.build());
  }

  /** True if the word (any spelling variant) belongs to class {@code c}. */
  public boolean is(String word, WordClass c) {
    if (word == null) {
      return false;
    }
    Set<WordClass> s = classes.get(ArabicKeys.matchKey(word));
    return s != null && s.contains(c);
  }

  /** True if a verb form ends in a subject-agreement suffix (its subject is in the verb). */
  public boolean hasSubjectSuffix(String verb) {
    String k = ArabicKeys.matchKey(verb);
    for (String s : subjectSuffixes) {
      if (k.length() > s.length() + 1 && k.endsWith(s)) {
        return true;
      }
    }
    return false;
  }
}
