package org.hadath.entities.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hadath.testing.SharedPipeline;
import org.junit.jupiter.api.Test;

/** Time expressions on hand-written news-style sentences, one phenomenon per test. */
class TimeExtractorTest {

  /** Saturday 2 March 2019. */
  private static final LocalDate DOC = LocalDate.of(2019, 3, 2);
  private static final TimeExtractor TX = new TimeExtractor();

  static List<TimeMention> run(String text, LocalDate doc) {
    Annotation a = SharedPipeline.annotate(text);
    List<TimeMention> out = new ArrayList<>();
    List<CoreMap> sents = a.get(CoreAnnotations.SentencesAnnotation.class);
    for (int s = 0; s < sents.size(); s++) {
      for (TimeMention m : TX.extract(
          sents.get(s).get(CoreAnnotations.TokensAnnotation.class), text, s, doc)) {
        assertEquals(m.text(), text.substring(m.begin(), m.end()), "offsets of " + m);
        out.add(m);
      }
    }
    return out;
  }

  private static TimeMention only(String text) {
    List<TimeMention> ms = run(text, DOC);
    assertEquals(1, ms.size(), () -> "one time expected in " + text + ": " + ms);
    return ms.get(0);
  }

  @Test
  void absoluteDateWesternMonth() {
    TimeMention m = only("وقعت الاشتباكات في 02 مارس 2019 قرب البلدة.");
    assertEquals("02 مارس 2019", m.text());
    assertEquals("2019-03-02", m.value());
    assertEquals(Granularity.DAY, m.granularity());
  }

  @Test
  void absoluteDateLevantineMonth() {
    TimeMention m = only("وصلت القافلة في 11 كانون الثاني 2023 إلى المخيم.");
    assertEquals("11 كانون الثاني 2023", m.text());
    assertEquals("2023-01-11", m.value());
  }

  @Test
  void numericDate() {
    TimeMention m = only("انتهت المعارك بتاريخ 5/3/2019 في المنطقة.");
    assertEquals("5/3/2019", m.text());
    assertEquals("2019-03-05", m.value());
  }

  @Test
  void numericDateWithSpacesAroundItsMarks() {
    TimeMention m = only("سقطت القذائف على الحي حوالي منتصف ليل 3/ 6 / 2022 بحسب الأهالي.");
    assertEquals("منتصف ليل 3/ 6 / 2022", m.text());
    assertEquals("2022-06-03", m.value());
    assertEquals("2021-11-14", only("أعلن المجلس يوم 14 - 11 - 2021 حظر التجول.").value());
  }

  @Test
  void aRangeOfCountsIsNoSpacedDate() {
    // two counts and a number after them: no four-digit year closes them, so no date
    List<TimeMention> ms = run("أصيب 5 - 10 مدنيين في 120 غارة خلال يومين.", DOC);
    for (TimeMention m : ms) {
      assertTrue(m.value() == null || !m.value().matches("\\d{4}-\\d{2}-\\d{2}"), m.toString());
    }
    // the sentence's one time is its span of two days, so the loop above checked something
    assertEquals(List.of("خلال يومين"), ms.stream().map(TimeMention::text).toList());
  }

  @Test
  void spacedMarksBetweenCountsRangesAndHoursReadNoDate() {
    // a count, a range of days without a year and an hour written with spaced marks: none is a date
    for (String text : List.of("قتل 5 / 6 مدنيين في القصف على البلدة.",
        "تواصل القصف بين 1 / 5 و 2 / 5 على أطراف المدينة.",
        "انفجرت العبوة الساعة 1 / 2 قرب السوق.")) {
      for (TimeMention m : run(text, DOC)) {
        assertTrue(!m.text().contains("/") && (m.value() == null || !m.value().matches("\\d{4}-\\d{2}-\\d{2}")),
            text + ": " + m);
      }
    }
    // three counts spaced like a date whose day and month no calendar has: numbers, not a TIME
    for (TimeMention m : run("تراوح عدد المصابين بين 25 - 40 - 1500 شخص بحسب المصادر.", DOC)) {
      assertTrue(!m.text().contains("-"), m.toString());
    }
    // the count beside a spaced date stays a count; the date is read from its own pieces
    List<TimeMention> ms = run("قتل 5 / 6 مدنيين يوم 1 / 5 / 2023 في القصف.", DOC);
    assertEquals(1, ms.size(), ms::toString);
    assertEquals("2023-05-01", ms.get(0).value());
    assertTrue(ms.get(0).text().endsWith("1 / 5 / 2023") && !ms.get(0).text().contains("5 / 6"), ms.get(0).text());
  }

  @Test
  void doubleMonthName() {
    TimeMention m = only("سيطرت القوات على المدينة في 13 نوفمبر/تشرين الثاني 2017.");
    assertEquals("13 نوفمبر/تشرين الثاني 2017", m.text());
    assertEquals("2017-11-13", m.value());
  }

  @Test
  void twoMonthNamesThatDisagreeKeepTheTextWithoutAValue() {
    // the writer slipped between the two calendars' names: neither month can be trusted
    TimeMention m = only("قصفت المدفعية البلدة في 22 كانون الثاني/ نوفمبر 2018 بعشرات القذائف.");
    assertEquals("22 كانون الثاني/ نوفمبر 2018", m.text());
    assertNull(m.value());
  }

  @Test
  void monthSpellingVariantsAndYearInference() {
    assertEquals("2018-05-14", only("خرج المدنيون في 14 مايـو الماضي.").value());
    assertEquals("2018-05-14", only("خرج المدنيون في 14 أيار الماضي.").value());
  }

  @Test
  void weekdayResolvesToMostRecent() {
    TimeMention m = only("قصفت الطائرات البلدة يوم الأحد.");
    assertEquals("يوم الأحد", m.text());
    assertEquals("2019-02-24", m.value());
    assertEquals("2019-03-02", only("وصل الوفد السبت إلى المدينة.").value());
  }

  @Test
  void dawnOfTodaySaturday() {
    TimeMention m = only("شنت طائرات التحالف غارات فجر اليوم السبت على بلدة هجين.");
    assertEquals("فجر اليوم السبت", m.text());
    assertEquals("2019-03-02", m.value());
    assertEquals(PartOfDay.FAJR, m.partOfDay());
    assertEquals(PartOfDay.DAWN, m.partOfDay());
  }

  @Test
  void eveningOfWeekday() {
    TimeMention m = only("قصفت المدفعية مساء الأحد مواقع التنظيم.");
    assertEquals("مساء الأحد", m.text());
    assertEquals("2019-02-24", m.value());
    assertEquals(PartOfDay.EVENING, m.partOfDay());
  }

  @Test
  void nightBetweenTwoDays() {
    TimeMention m = only("اندلعت اشتباكات ليل الأحد الإثنين في محيط المخيم.");
    assertEquals("ليل الأحد الإثنين", m.text());
    assertEquals("2019-02-24/2019-02-25", m.value());
    assertEquals(PartOfDay.NIGHT, m.partOfDay());
    assertEquals("2019-03-01/2019-03-02",
        only("استمر القصف ليلة الجمعة السبت على البلدة.").value());
  }

  @Test
  void nightBetweenTwoDaysWithADash() {
    for (String t : List.of("قتل مدنيان ليل الخميس - الجمعة بقصف على القرية.",
        "قتل مدنيان ليل الخميس – الجمعة، بقصف على القرية.", "قتل مدنيان ليل الخميس-الجمعة بقصف على القرية.",
        "قتل مدنيان ليلة الخميس- الجمعة بقصف على القرية.")) {
      TimeMention m = only(t);
      assertEquals("2019-02-28/2019-03-01", m.value(), t);
      assertTrue(m.text().endsWith("الجمعة"), m.text());
    }
  }

  @Test
  void nightThatBeganOnTheDocumentDay() {
    // a report of Saturday tells of the night that began that evening, not of a week before
    assertEquals("2019-03-02/2019-03-03", only("سقطت قذائف على الحي ليل السبت الأحد.").value());
  }

  @Test
  void relativeDays() {
    List<TimeMention> ms = run("قتل مدني أمس وأصيب آخر اليوم ووصلت قافلة أمس الأول وتصل غداً.", DOC);
    assertEquals(4, ms.size(), ms::toString);
    assertEquals("2019-03-01", ms.get(0).value());
    assertEquals("2019-03-02", ms.get(1).value());
    assertEquals("أمس الأول", ms.get(2).text());
    assertEquals("2019-02-28", ms.get(2).value());
    assertEquals("غداً", ms.get(3).text());
    assertEquals("2019-03-03", ms.get(3).value());
  }

  @Test
  void afternoonOfYesterdayFriday() {
    TimeMention m = only("اندلعت المعارك عصر أمس الجمعة في الباغوز.");
    assertEquals("عصر أمس الجمعة", m.text());
    assertEquals("2019-03-01", m.value());
    assertEquals(PartOfDay.AFTERNOON, m.partOfDay());
  }

  @Test
  void aRelativeDayNamedWithItsWeekdayIsThatWeekday() {
    // the page is dated Saturday 2 March, but the writer's "yesterday" is Saturday: written after midnight
    assertEquals("2019-03-02", only("سقطت قذائف على الحي مساء أمس السبت.").value());
    // "today, Friday" on a page dated Saturday: the Friday, not the page's day
    assertEquals("2019-03-01", only("قصفت المدفعية البلدة اليوم الجمعة.").value());
    // agreeing words keep their day
    assertEquals("2019-03-01", only("قصفت المدفعية البلدة أمس الجمعة.").value());
  }

  @Test
  void lastWeekAndLastMonth() {
    TimeMention w = only("نزح الآلاف خلال الأسبوع الماضي من القرى.");
    assertEquals("خلال الأسبوع الماضي", w.text());
    assertEquals("2019-02-23/2019-03-01", w.value());
    assertEquals(Granularity.WEEK, w.granularity());
    TimeMention mo = only("بدأت الحملة الشهر الماضي في الريف.");
    assertEquals("2019-02-01/2019-02-28", mo.value());
  }

  @Test
  void sinceStartOfMonth() {
    TimeMention m = only("خرج المدنيون منذ مطلع كانون الأول من عام 2018 من البلدة.");
    assertEquals("منذ مطلع كانون الأول من عام 2018", m.text());
    assertEquals("2018-12-01/2019-03-02", m.value());
  }

  @Test
  void sinceDuration() {
    TimeMention m = only("توقف القصف منذ يومين في المنطقة.");
    assertEquals("منذ يومين", m.text());
    assertEquals("2019-02-28/2019-03-02", m.value());
    TimeMention vague = only("توقف القصف منذ أيام في المنطقة.");
    assertEquals("منذ أيام", vague.text());
    assertNull(vague.value());
    assertEquals("2018-11-02", only("قتل القائد قبل أربعة أشهر في غارة.").value());
  }

  @Test
  void yearOnly() {
    TimeMention m = only("سيطر التنظيم على المنطقة في عام 2014.");
    assertEquals("2014-01-01/2014-12-31", m.value());
    assertEquals(Granularity.YEAR, m.granularity());
  }

  @Test
  void standaloneMorningAdverb() {
    TimeMention m = only("خرج المدنيون صباحاً من المخيم.");
    assertEquals("صباحاً", m.text());
    assertNull(m.value());
    assertEquals(PartOfDay.MORNING, m.partOfDay());
  }

  @Test
  void withoutDocumentDateRelativeTimesKeepTextOnly() {
    List<TimeMention> ms = run("قصفت الطائرات البلدة مساء الأحد وقتل مدني أمس.", null);
    assertEquals(2, ms.size(), ms::toString);
    assertEquals("مساء الأحد", ms.get(0).text());
    assertNull(ms.get(0).value());
    assertNull(ms.get(1).value());
    // an absolute date needs no document date
    assertEquals("2019-03-02", run("في 02 مارس 2019 وقعت اشتباكات.", null).get(0).value());
  }

  @Test
  void garbageDoesNotThrow() {
    run("منذ قبل خلال مطلع 99/99/9999 31 شباط 2019 ليل ليلة السبت الأحد الإثنين", DOC);
    assertTrue(run("...", DOC).isEmpty());
  }

  @Test
  void clockTimeWithItsDayPartNamesNoDay() {
    TimeMention m = only("قصفت الطائرات البلدة عند الساعة 23:35 مساء.");
    assertEquals("الساعة 23:35 مساء", m.text());
    assertEquals(Granularity.MINUTE, m.granularity());
    assertEquals(PartOfDay.EVENING, m.partOfDay());
    assertNull(m.value());
    assertEquals("الساعة الـ 9.30", only("سقطت القذائف في تمام الساعة الـ 9.30 على الحي.").text());
  }

  @Test
  void aNumberAfterTheHourNounMustBeAnHour() {
    assertEquals(List.of(), run("قُتل ثلاثة أشخاص خلال الساعة 35 في الحي.", DOC).stream()
        .filter(m -> m.granularity() == Granularity.MINUTE).toList());
  }

  @Test
  void momentsAndNightsJustPast() {
    assertEquals("2019-03-02", only("قصفت مسيرة قبل قليل سيارة على الطريق.").value());
    TimeMention night = only("قصفت الطائرات الليلة الماضية أطراف البلدة.");
    assertEquals("الليلة الماضية", night.text());
    assertEquals("2019-03-01", night.value());
    assertEquals("2019-03-02", only("قُتل طفل خلال الساعات القليلة الماضية بقصف على البلدة.").value());
    assertEquals(PartOfDay.MORNING, only("حلقت الطائرات منذ الصباح الباكر فوق البلدة.").partOfDay());
  }

  @Test
  void numericDateMonthFirstWhenDayFirstCannotBe() {
    // 2/14/2019 cannot be day 2 of month 14: a page written month first
    assertEquals("2019-02-14", only("انتهت المعارك بتاريخ 2/14/2019 في المنطقة.").value());
    // 2/11/2019 stays day first, as Arabic writes it
    assertEquals("2019-11-02", only("انتهت المعارك بتاريخ 2/11/2019 في المنطقة.").value());
  }
}
