package org.hadath.entities.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Document dates from front matter and datelines. */
class DatelineTest {

  @Test
  void frontMatter() {
    assertEquals(Optional.of(LocalDate.of(2017, 12, 20)),
        Dateline.find("---\ntitle: x\ndate: 2017-12-20\n---\nنص الخبر."));
  }

  @Test
  void datelineWithMonthNames() {
    assertEquals(Optional.of(LocalDate.of(2019, 3, 2)),
        Dateline.find("دمشق - 02 آذار/مارس 2019\nقصفت الطائرات البلدة."));
    assertEquals(Optional.of(LocalDate.of(2019, 1, 11)),
        Dateline.find("الحسكة، 11 كانون الثاني 2019\nخبر."));
  }

  @Test
  void numericDateline() {
    assertEquals(Optional.of(LocalDate.of(2019, 3, 5)), Dateline.find("5/3/2019\nخبر."));
  }

  @Test
  void dateDeepInBodyIsNotADateline() {
    assertTrue(Dateline.find("سطر\nسطر\nسطر\nفي 02 مارس 2019 وقعت اشتباكات.").isEmpty());
    assertTrue(Dateline.find("").isEmpty());
  }

  @Test
  void aDateTheFirstParagraphRecallsIsNoDateline() {
    assertTrue(Dateline.find("قصفت المدفعية البلدة رغم اتفاق وقف إطلاق النار الموقع في 6 آذار 2020 بين الطرفين.\nنص.")
        .isEmpty());
    assertTrue(Dateline.find("عنوان الخبر\nتجدد القصف على القرى التي نزح أهلها منذ 3/5/2019 وما زالت خالية.").isEmpty());
    assertEquals(Optional.of(LocalDate.of(2020, 3, 6)), Dateline.find("ريف إدلب - 6 آذار 2020\nقصفت المدفعية البلدة."));
    assertEquals(Optional.of(LocalDate.of(2021, 4, 9)),
        Dateline.find("موجز التطورات العسكرية في المحافظات الشمالية ليوم الجمعة 09-04-2021\nنص."));
  }

  @Test
  void postStampGluedToTheAccountName() {
    String text = "شبكة أخبار البلدة - قصف على الحي...\nFacebook's Post\n\nشبكة أخبار البلدةMarch 4, 2024 · Shared with Public"
        + "قصف مدفعي استهدف الحي اليوم.";
    DocumentDate d = Dateline.locate(text).orElseThrow();
    assertEquals(LocalDate.of(2024, 3, 4), d.date());
    assertEquals(DocumentDate.Source.POST_STAMP, d.source());
    assertEquals("March 4, 2024", text.substring(d.begin(), d.end()));
  }

  @Test
  void abbreviatedStampAfterTheClock() {
    DocumentDate d = Dateline.locate("Post\n\nPost\n\nمراسل@acct غارة على القرية.\n10:15 PM · Jan 7, 2023").orElseThrow();
    assertEquals(LocalDate.of(2023, 1, 7), d.date());
  }

  @Test
  void pageDateWithDashesAndYearFirst() {
    assertEquals(Optional.of(LocalDate.of(2022, 10, 14)), Dateline.find("14-10-2022\nعنوان الخبر"));
    assertEquals(Optional.of(LocalDate.of(2022, 10, 4)), Dateline.find("عنوان\n2022/10/04\nنص"));
    DocumentDate d = Dateline.locate("عنوان\nالحسكة 14-10-2022\nنص").orElseThrow();
    assertEquals(DocumentDate.Source.DATELINE, d.source());
    assertEquals("14-10-2022", "عنوان\nالحسكة 14-10-2022\nنص".substring(d.begin(), d.end()));
  }

  @Test
  void stampDeepInTheBodyIsIgnored() {
    assertTrue(Dateline.locate("سطر\nسطر\nسطر\nسطر\nسطر\nسطر\nسطر\nسطر\nسطر\nسطر\nسطر\nسطر\nسطر\nسطر\nسطر\nسطر\nMay 5, 2020").isEmpty());
  }

  @Test
  void aTitleEndingWithItsDate() {
    assertEquals(Optional.of(LocalDate.of(2022, 6, 13)),
        Dateline.find("موجز الأحداث الميدانية في المنطقة الشرقية 13-06-2022\nنص الخبر."));
    assertEquals(Optional.of(LocalDate.of(2021, 2, 3)),
        Dateline.find("قصف مدفعي يطال القرى الجنوبية في 3-2-2021\nنص."));
    // a sentence ending on a date it recalls is no title
    assertTrue(Dateline.find("نزحت العائلات. وما زالت القرى خالية منذ 3-5-2019\nنص.").isEmpty());
  }

  @Test
  void aDateAloneOnItsLineUnderTheOutletsName() {
    DocumentDate d = Dateline.locate("عاجل\nقصف على البلدة\nإدلب\nموقع الأخبار\n2022/03/07\nنص الخبر.",
        null).orElseThrow();
    assertEquals(LocalDate.of(2022, 3, 7), d.date());
    assertEquals(DocumentDate.Source.DATELINE, d.source());
  }

  @Test
  void slashesAroundTheMonthName() {
    assertEquals(Optional.of(LocalDate.of(2023, 11, 4)),
        Dateline.find("حصاد يوم السبت 4 / تشرين الثاني / 2023\nنص."));
  }

  @Test
  void aWeekdayDateInTheBodyWhenNothingElseDatesTheText() {
    DocumentDate d = Dateline.locate("عنوان\nسطر\nسطر\nسطر\nقتل مدني صباح اليوم السبت 17 أيلول بقصف مدفعي.",
        new DateWindow(LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31))).orElseThrow();
    assertEquals(LocalDate.of(2022, 9, 17), d.date());
    assertEquals(DocumentDate.Source.WEEKDAY, d.source());
  }

  @Test
  void aDateSetApartOnABylineLine() {
    String text = "غارة على مخبز في ريف المدينة\n\nتقارير\n\nسياسة\n\n| 14 آذار 2024 | سامر العلي\n\nقتل مدنيان ليل أمس.";
    DocumentDate d = Dateline.locate(text, DateWindow.before(LocalDate.of(2026, 12, 7))).orElseThrow();
    assertEquals(LocalDate.of(2024, 3, 14), d.date());
    assertEquals(DocumentDate.Source.DATELINE, d.source());
    assertEquals("14 آذار 2024", text.substring(d.begin(), d.end()));
    // a date inside a sentence cut by a mark is no byline
    assertTrue(Dateline.locate("أ\nب\nج\nد\nقال إنه وصل في 14 آذار 2024 إلى القرية | المصدر", DateWindow.before(LocalDate.of(2026, 12, 7))).isEmpty());
  }

  @Test
  void theNewestQuotedPostDatesAnUndatedPage() {
    // deep in the page, past the lines where a post's own stamp sits
    String text = "عنوان\nنص الخبر عن قصف البلدة.\n" + "سطر من الصفحة.\n".repeat(Dateline.STAMP_LINES)
        + "قصف مدفعي على القرية.— فرق الإنقاذ (@rescue_team) March 3, 2024\n"
        + "نص آخر.\nتفقدت فرقنا المكان.— فرق الإنقاذ (@rescue_team) March 5, 2024\nخاتمة.";
    DocumentDate d = Dateline.locate(text, DateWindow.before(LocalDate.of(2026, 12, 7))).orElseThrow();
    assertEquals(LocalDate.of(2024, 3, 5), d.date());
    assertEquals(DocumentDate.Source.QUOTED_POST, d.source());
    assertEquals("March 5, 2024", text.substring(d.begin(), d.end()));
  }

  @Test
  void arabicIndicDatelineKeepsItsOffsets() {
    String text = "نشرة أخبار البلدة\n١٤ حزيران ٢٠٢٢\nقصفت المدفعية أطراف البلدة صباح اليوم.";
    DocumentDate d = Dateline.locate(text).orElseThrow();
    assertEquals(LocalDate.of(2022, 6, 14), d.date());
    assertEquals("١٤ حزيران ٢٠٢٢", text.substring(d.begin(), d.end()));
    String numeric = "نشرة أخبار البلدة\n٢٠٢٢/٠٦/١٤\nنص.";
    DocumentDate n = Dateline.locate(numeric).orElseThrow();
    assertEquals("٢٠٢٢/٠٦/١٤", numeric.substring(n.begin(), n.end()));
  }

  @Test
  void englishMonthHeadingItsLine() {
    String text = "موقع أخبار المنطقة\n14 June 2022\nقصفت المدفعية أطراف البلدة صباح اليوم.";
    DocumentDate d = Dateline.locate(text).orElseThrow();
    assertEquals(LocalDate.of(2022, 6, 14), d.date());
    assertEquals("14 June 2022", text.substring(d.begin(), d.end()));
    // in prose an English word is no date
    assertTrue(Dateline.find("سطر\nسطر\nسطر\nقال المتحدث إن اللقاء عقد في 14 June 2022 في لندن.").isEmpty());
  }

  @Test
  void numericDatelineMonthFirstWhenDayFirstCannotBe() {
    assertEquals(Optional.of(LocalDate.of(2023, 12, 25)), Dateline.find("12/25/2023\nخبر."));
    assertEquals(Optional.of(LocalDate.of(2023, 12, 5)), Dateline.find("05/12/2023\nخبر."));
    assertTrue(Dateline.find("13/25/2023\nخبر.").isEmpty());
  }

  @Test
  void aLabelledDateOutranksTheHeadersDayOfReading() {
    String text = "أرسل خبرا\n\nمن نحن\n\nالأحد ١٤ تموز ٢٠٢٤\n\nمن نحن\n\nالتاريخ: 2024-07-03 الوقت: 09:20 PM\n\n"
        + "قصف مدفعي على أطراف القرية مساء أمس.";
    DocumentDate d = Dateline.locate(text).orElseThrow();
    assertEquals(LocalDate.of(2024, 7, 3), d.date());
    assertEquals(DocumentDate.Source.DATELINE, d.source());
    assertEquals("2024-07-03", text.substring(d.begin(), d.end()));
    DocumentDate u = Dateline.locate("عنوان الخبر\n\nآخر تحديث: 05.02.2022 | 13:10 دمشق\n\nنص.").orElseThrow();
    assertEquals(LocalDate.of(2022, 2, 5), u.date());
    assertEquals("05.02.2022", "عنوان الخبر\n\nآخر تحديث: 05.02.2022 | 13:10 دمشق\n\nنص.".substring(u.begin(), u.end()));
  }

  @Test
  void aLabelledDateInArabicIndicDigitsKeepsItsOffsets() {
    // a tatweel in the label and Arabic-Indic digits: the label still matches, the offsets are the text's
    String text = "الصفحة الرئيسية\nالجمعة ١٢ ايار ٢٠٢٣\nتاريـخ النشر: ٠٢/٠٥/٢٠٢٣\nقصف على أطراف البلدة.";
    DocumentDate d = Dateline.locate(text).orElseThrow();
    assertEquals(LocalDate.of(2023, 5, 2), d.date());
    assertEquals("٠٢/٠٥/٢٠٢٣", text.substring(d.begin(), d.end()));
  }

  @Test
  void aSentenceOpeningOnAnotherWordIsNoLabel() {
    // not a label: the header's date stays the page's
    assertEquals(Optional.of(LocalDate.of(2024, 7, 14)),
        Dateline.find("الأحد ١٤ تموز ٢٠٢٤\nقتل 3 مدنيين في قصف على القرية.\nالمرصد: 2 منهم أطفال."));
  }
}
