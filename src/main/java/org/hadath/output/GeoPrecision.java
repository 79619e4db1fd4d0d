package org.hadath.output;

import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.Map;
import org.hadath.entities.places.PlaceType;
import org.hadath.util.ModelFiles;

/**
 * ACLED's {@code geo_precision} code (1 town, 2 part of a region, 3 governorate or country)
 * for each kind of place, from {@code models/output/geo-precision.tsv}. Immutable.
 */
public final class GeoPrecision {
  /** The packaged table. */
  public static final String DEFAULT_MODEL = "output/geo-precision.tsv";

  private final ImmutableMap<PlaceType, Integer> codes;

  private GeoPrecision(Map<PlaceType, Integer> codes) {
    this.codes = ImmutableMap.copyOf(codes);
  }

  private static final class Holder {
    static final GeoPrecision DEFAULT = load(ModelFiles.packaged());
  }

  /** The packaged table, loaded once per JVM. */
  public static GeoPrecision getDefault() {
    return Holder.DEFAULT;
  }

  /**
   * Reads {@code output/geo-precision.tsv} from {@code models} (packaged, or a user's folder
   * of edited copies).
   *
   * @throws org.hadath.util.ModelFormatException naming {@code file:line} for a bad row
   */
  public static GeoPrecision load(ModelFiles models) {
    Map<PlaceType, Integer> codes = new EnumMap<>(PlaceType.class);
    for (ModelFiles.Row r : models.table(DEFAULT_MODEL, 2, 2)) {
      PlaceType t;
      try {
        t = PlaceType.valueOf(r.get(0));
      } catch (IllegalArgumentException e) {
        throw r.error("unknown place type '" + r.get(0) + "'");
      }
      int code;
      try {
        code = Integer.parseInt(r.get(1));
      } catch (NumberFormatException e) {
        code = 0;
      }
      if (code < 1 || code > 3) {
        throw r.error("precision must be 1, 2 or 3, found '" + r.get(1) + "'");
      }
      if (codes.put(t, code) != null) {
        throw r.error("place type " + t + " listed twice");
      }
    }
    return new GeoPrecision(codes);
  }

  /** The code for places of type {@code t}, or null when the table has none (or t is null). */
  public Integer of(PlaceType t) {
    return t == null ? null : codes.get(t);
  }
}
