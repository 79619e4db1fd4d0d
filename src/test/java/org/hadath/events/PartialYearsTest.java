package org.hadath.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.hadath.entities.time.DateWindow;
import org.hadath.entities.time.DocumentDate;
import org.junit.jupiter.api.Test;

/** {@link DocumentEvents#withYearFrom}: the window's year reaches the date and its times, no value is lost. */
class PartialYearsTest {
  // invented: "اليوم الاثنين 1 آذار ... أمس"; 1 March was a Monday in 2021
  private static final String TEXT = "قصفت طائرات حربية اليوم الاثنين 1 آذار وأمس بلدة";

  private static Span span(String s) {
    int b = TEXT.indexOf(s);
    return new Span(s, b, b + s.length());
  }

  private static EventFrame.Argument time(String text, String value) {
    return new EventFrame.Argument(Role.TIME, span(text), span(text), null, null, null, null, null, null, null,
        value, "time");
  }

  @Test
  void aDayNoNearYearHoldsKeepsItsPartialValue() {
    // the stand-in year of Monday 1 March is a leap year (2004), so أمس was written XXXX-02-29
    EventFrame strike = new EventFrame(EventType.STRIKE, span("قصفت"), 0, "قصف", ImmutableList.of(),
        ImmutableList.of(time("اليوم الاثنين 1 آذار", "XXXX-03-01"), time("وأمس", "XXXX-02-29")),
        ImmutableList.of(), null, Polarity.POSITIVE, Modality.ASSERTED, false, "test");
    DocumentDate partial = DocumentDate.partial(MonthDay.of(3, 1), DayOfWeek.MONDAY, DocumentDate.Source.WEEKDAY, 18, 38);
    DocumentEvents doc = new DocumentEvents("d", ImmutableList.of(strike), 1, 8, ImmutableMap.of(), Optional.of(partial));

    DocumentEvents full = doc.withYearFrom(new DateWindow(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)));

    assertEquals(LocalDate.of(2021, 3, 1), full.documentDate().orElseThrow().date());
    List<String> times = full.events().get(0).arguments(Role.TIME).stream().map(EventFrame.Argument::time).toList();
    assertEquals(List.of("2021-03-01", "XXXX-02-29"), times);
  }
}
