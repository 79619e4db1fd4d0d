package org.hadath.entities.time;

import org.hadath.entities.EntityMention;
import org.hadath.entities.EntityType;

/**
 * A date, day, part of day or span in the text.
 *
 * <p>{@code value} is ISO 8601: a date ({@code 2019-03-02}) or an interval of dates, both
 * ends inclusive ({@code 2019-03-02/2019-03-03} for ليل السبت الأحد;
 * {@code 2018-12-01/2018-12-31} for a month). An interval open at the end (منذ مطلع
 * كانون الأول 2018 without a document date) ends in {@code ..}. {@code value} is null when
 * the expression needs a document date and none is known, or cannot be resolved (منذ
 * أيام); the text is always kept. Counted from a document date written without its year
 * (اليوم الأربعاء 2 كانون الأول), a value keeps the year unknown, TimeML's {@code XXXX}
 * ({@code XXXX-12-01} for أمس; {@link PartialDates}); {@link DocumentDate#complete} and
 * {@code DocumentEvents.withYearFrom} give it the year once a window fixes the document's.
 *
 * @param text the user's characters, {@code docText.substring(begin, end)}
 * @param begin document offset of the first character
 * @param end document offset one past the last character
 * @param sentenceIndex index of the sentence in the document
 * @param tokenBegin first token (sentence-relative)
 * @param tokenEnd one past the last token (sentence-relative)
 * @param value resolved ISO date or interval ({@code XXXX} for an unknown year), or null
 * @param granularity precision of the anchor, or null when there is none (صباحاً alone)
 * @param partOfDay the part of day named, or null
 */
public record TimeMention(String text, int begin, int end, int sentenceIndex, int tokenBegin,
    int tokenEnd, String value, Granularity granularity, PartOfDay partOfDay)
    implements EntityMention {

  @Override
  public EntityType type() {
    return EntityType.TIME;
  }
}
