package org.hadath.entities.quantity;

/** How a quantity's value was stated; decides how {@code min}/{@code max} were derived. */
public enum QuantityKind {
  /** A plain number: min = max (50 مدنياً، خمسة عشر، شخصين). */
  EXACT,
  /** A number under an approximation cue: min = max, approximate (نحو 120، قرابة). */
  APPROXIMATE,
  /** A lower bound, no max (أكثر من 100 → 101، ما لا يقل عن 10، 13 على الأقل). */
  LOWER_BOUND,
  /** Two numbers (بين 300 و500، ألف إلى 1500). */
  RANGE,
  /** A vague number word or group noun (عشرات، مئات، الآلاف، عدد من). */
  VAGUE,
  /**
   * People counted without a numeral (مقتل طفلة = 1، طفلان وامرأة = 3): only in
   * {@link QuantityAnnotations.PeopleCountsAnnotation}, never among the numbers.
   */
  PERSONS
}
