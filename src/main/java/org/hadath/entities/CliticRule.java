package org.hadath.entities;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.hadath.util.ModelFiles;
import org.hadath.normalize.ArabicKeys;

/**
 * A proclitic that may stay glued to the first word of a name (بالتحالف، وقسد، للتحالف),
 * as listed in {@code models/entities/clitics.tsv}.
 *
 * @param glued the prefix's matching key as it appears on the token
 * @param restore what the word starts with once the prefix is removed ("" or the article
 *     whose alef the prefix swallowed)
 * @param skip how many leading key characters of the token are the clitic and stay outside
 *     the mention's span
 */
public record CliticRule(String glued, String restore, int skip) {

  /** Model name of the clitic list. */
  public static final String RESOURCE = "entities/clitics.tsv";

  private static final class Holder {
    static final ImmutableList<CliticRule> DEFAULT = load(ModelFiles.packaged());
  }

  /** The project's clitic rules, loaded once per JVM. */
  public static ImmutableList<CliticRule> defaults() {
    return Holder.DEFAULT;
  }

  /** Loads and validates the clitic file ({@link #RESOURCE}) of {@code models}. */
  public static ImmutableList<CliticRule> load(ModelFiles models) {
    String resource = RESOURCE;
    ModelFiles.Table t = models.table(resource, List.of("glued", "restore", "skip"));
    ImmutableList.Builder<CliticRule> out = ImmutableList.builder();
    for (ModelFiles.Row r : t.rows()) {
      String glued = ArabicKeys.matchKey(r.get(0));
      int skip;
      try {
        skip = Integer.parseInt(r.get(2));
      } catch (NumberFormatException e) {
        throw r.error("skip is not a number: " + r.get(2));
      }
      if (glued.isEmpty() || skip < 0 || skip > glued.length()) {
        throw r.error("bad clitic rule");
      }
      out.add(new CliticRule(glued, ArabicKeys.matchKey(r.get(1)), skip));
    }
    return out.build();
  }
}
