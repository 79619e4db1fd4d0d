package org.hadath.pipeline;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Corrects the tags CoreNLP's Arabic tagger gets wrong in a systematic way
 * ({@code hadath_tagfix}): tokens made only of punctuation or symbols get {@code PUNC}
 * (brackets and quotes otherwise come out as nouns and mislead the parser), tokens made only
 * of digits get {@code CD}, and the contextual corrections of
 * {@code models/pipeline/tag-fixes.tsv} apply (e.g. فجر before اليوم is a noun). Runs after
 * {@code pos}, before {@code parse}.
 */
public class PosFixAnnotator implements Annotator {

  /** One contextual correction. */
  private record Fix(Pattern word, Pattern next, String tag) {}

  private static volatile List<Fix> defaultFixes;

  private final List<Fix> fixes;

  /** Constructor used by CoreNLP's {@code customAnnotatorClass} mechanism. */
  public PosFixAnnotator(String name, Properties props) {
    this(org.hadath.util.ModelFiles.fromProperties(props));
  }

  /** Creates the annotator with the packaged corrections. */
  public PosFixAnnotator() {
    this(org.hadath.util.ModelFiles.packaged());
  }

  /** Creates the annotator with the corrections of {@code models} ({@code pipeline/tag-fixes.tsv}). */
  public PosFixAnnotator(org.hadath.util.ModelFiles models) {
    List<Fix> f = models == org.hadath.util.ModelFiles.packaged() ? defaultFixes : null;
    if (f == null) {
      f = loadFixes(models);
      if (models == org.hadath.util.ModelFiles.packaged()) {
        defaultFixes = f;
      }
    }
    this.fixes = f;
  }

  private static List<Fix> loadFixes(org.hadath.util.ModelFiles models) {
    List<Fix> out = new ArrayList<>();
    for (org.hadath.util.ModelFiles.Row r : models.table("pipeline/tag-fixes.tsv", 3, 3)) {
      try {
        out.add(new Fix(Pattern.compile(org.hadath.normalize.ArabicKeys.foldPattern(r.get(0))),
            r.get(1).equals("*") ? null : Pattern.compile(org.hadath.normalize.ArabicKeys.foldPattern(r.get(1))),
            r.get(2)));
      } catch (PatternSyntaxException e) {
        throw r.error("bad regular expression: " + e.getDescription());
      }
    }
    return List.copyOf(out);
  }

  @Override
  public void annotate(Annotation annotation) {
    for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> toks = s.get(CoreAnnotations.TokensAnnotation.class);
      for (int i = 0; i < toks.size(); i++) {
        CoreLabel t = toks.get(i);
        String w = t.word();
        if (w == null || w.isEmpty()) {
          continue;
        }
        if (allPunct(w)) {
          t.setTag("PUNC");
        } else if (allDigits(w)) {
          t.setTag("CD");
        } else {
          String key = org.hadath.normalize.ArabicKeys.matchKey(w);
          String next = i + 1 < toks.size() ? org.hadath.normalize.ArabicKeys.matchKey(toks.get(i + 1).word()) : "";
          for (Fix f : fixes) {
            if (f.word().matcher(key).matches() && (f.next() == null || f.next().matcher(next).matches())) {
              t.setTag(f.tag());
              break;
            }
          }
        }
      }
    }
  }

  static boolean allPunct(String w) {
    for (int i = 0; i < w.length(); i++) {
      int type = Character.getType(w.charAt(i));
      boolean punct = type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
          || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
          || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
          || type == Character.OTHER_PUNCTUATION || type == Character.MATH_SYMBOL
          || type == Character.OTHER_SYMBOL || type == Character.CURRENCY_SYMBOL
          || type == Character.MODIFIER_SYMBOL;
      if (!punct) {
        return false;
      }
    }
    // -LRB- style escapes
    return true;
  }

  static boolean allDigits(String w) {
    boolean digit = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isDigit(c)) {
        digit = true;
      } else if (c != ',' && c != '.') {
        return false;
      }
    }
    return digit;
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.SentencesAnnotation.class,
        CoreAnnotations.PartOfSpeechAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Collections.emptySet();
  }
}
