package org.hadath.spark;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark schemas of Hadath's output, the contract of {@link HadathSpark}.
 *
 * <p>{@link #DOCUMENT}: one row per input document —
 * {@code doc_id, error, sentences, tokens, events array<EVENT>}; {@code error} is null when the
 * document was extracted, else it says why not (and {@code events} is empty).
 *
 * <p>{@link #EVENT_ROW}: one row per event — {@code doc_id, error} followed by the fields of
 * {@link #EVENT}: {@code type, trigger, trigger_begin, trigger_end, trigger_norm, sentence,
 * arguments array<ARGUMENT>, casualties array<CASUALTY>, count QUANTITY, polarity, modality,
 * claimed, rule}. A failed document appears there as one row with its {@code error} and null
 * event fields; a document without events has no row there.
 *
 * <p>Offsets ({@code *_begin}, {@code begin}, {@code end}) are UTF-16 offsets into the
 * document's original text, as everywhere in Hadath.
 */
public final class EventSchema {
  private EventSchema() {}

  /** {@code struct<min: long, max: long (null = no upper bound), approximate, text, begin, end>}. */
  public static final StructType QUANTITY = new StructType()
      .add("min", DataTypes.LongType, false)
      .add("max", DataTypes.LongType, true)
      .add("approximate", DataTypes.BooleanType, false)
      .add("text", DataTypes.StringType, true)
      .add("begin", DataTypes.IntegerType, true)
      .add("end", DataTypes.IntegerType, true);

  /**
   * An argument: {@code role, text, begin, end, head}, what the entity layer resolved it to
   * ({@code actor_id, actor_category, place_id, governorate, country, lat, lon}, the ISO
   * {@code time} of TIME arguments; null when not resolved) and the {@code rule} that found it.
   */
  public static final StructType ARGUMENT = new StructType()
      .add("role", DataTypes.StringType, false)
      .add("text", DataTypes.StringType, false)
      .add("begin", DataTypes.IntegerType, false)
      .add("end", DataTypes.IntegerType, false)
      .add("head", DataTypes.StringType, false)
      .add("actor_id", DataTypes.StringType, true)
      .add("actor_category", DataTypes.StringType, true)
      .add("place_id", DataTypes.StringType, true)
      .add("governorate", DataTypes.StringType, true)
      .add("country", DataTypes.StringType, true)
      .add("lat", DataTypes.DoubleType, true)
      .add("lon", DataTypes.DoubleType, true)
      .add("time", DataTypes.StringType, true)
      .add("rule", DataTypes.StringType, true);

  /**
   * A casualty figure: {@code kind} (KILLED, INJURED, KILLED_OR_INJURED), the figure
   * ({@code min, max, approximate, text, begin, end}), the {@code victims} when the text says,
   * and the {@code rule}.
   */
  public static final StructType CASUALTY = new StructType()
      .add("kind", DataTypes.StringType, false)
      .add("min", DataTypes.LongType, false)
      .add("max", DataTypes.LongType, true)
      .add("approximate", DataTypes.BooleanType, false)
      .add("text", DataTypes.StringType, true)
      .add("begin", DataTypes.IntegerType, true)
      .add("end", DataTypes.IntegerType, true)
      .add("victims", DataTypes.StringType, true)
      .add("rule", DataTypes.StringType, true);

  /** One event frame (see {@link org.hadath.events.EventFrame}); {@code sentence} is 0-based. */
  public static final StructType EVENT = new StructType()
      .add("type", DataTypes.StringType, false)
      .add("trigger", DataTypes.StringType, false)
      .add("trigger_begin", DataTypes.IntegerType, false)
      .add("trigger_end", DataTypes.IntegerType, false)
      .add("trigger_norm", DataTypes.StringType, true)
      .add("sentence", DataTypes.IntegerType, false)
      .add("arguments", array(ARGUMENT), false)
      .add("casualties", array(CASUALTY), false)
      .add("count", QUANTITY, true)
      .add("polarity", DataTypes.StringType, false)
      .add("modality", DataTypes.StringType, false)
      .add("claimed", DataTypes.BooleanType, false)
      .add("rule", DataTypes.StringType, true);

  /** One input document's outcome: its events, or why it failed. */
  public static final StructType DOCUMENT = new StructType()
      .add("doc_id", DataTypes.StringType, true)
      .add("error", DataTypes.StringType, true)
      .add("sentences", DataTypes.IntegerType, false)
      .add("tokens", DataTypes.IntegerType, false)
      .add("events", array(EVENT), false);

  /** One event with its document id; the event fields are null on a failed document's row. */
  public static final StructType EVENT_ROW = eventRow();

  private static StructType eventRow() {
    StructType t = new StructType()
        .add("doc_id", DataTypes.StringType, true)
        .add("error", DataTypes.StringType, true);
    for (StructField f : EVENT.fields()) {
      t = t.add(f.name(), f.dataType(), true);
    }
    return t;
  }

  private static DataType array(StructType element) {
    return new ArrayType(element, false);
  }
}
