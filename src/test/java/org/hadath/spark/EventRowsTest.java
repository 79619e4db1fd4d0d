package org.hadath.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import org.apache.spark.sql.Row;
import org.hadath.events.CasualtyKind;
import org.hadath.events.DocumentEvents;
import org.hadath.events.EventFrame;
import org.hadath.events.EventType;
import org.hadath.events.Modality;
import org.hadath.events.Polarity;
import org.hadath.events.Role;
import org.hadath.events.Span;
import org.junit.jupiter.api.Test;

/** {@link EventRows} and the date column on hand-made values: no models, no Spark session. */
class EventRowsTest {
  private static final String TEXT = "قصفت طائرات حربية قرية الزيارة أمس ما أدى إلى مقتل 3 مدنيين";

  private static Span span(String s) {
    int b = TEXT.indexOf(s);
    return Span.of(TEXT, b, b + s.length());
  }

  private static EventFrame frame() {
    EventFrame.Argument target = new EventFrame.Argument(Role.TARGET, span("قرية الزيارة"), span("الزيارة"),
        null, null, "zyara", "Hama", "SY", 35.1, 36.2, null, "events/arguments.tsv:9");
    EventFrame.Argument time = new EventFrame.Argument(Role.TIME, span("أمس"), span("أمس"),
        null, null, null, null, null, null, null, "2019-03-04", "time:clause");
    EventFrame.Casualty killed = new EventFrame.Casualty(CasualtyKind.KILLED,
        new EventFrame.Quantity(3, 3L, false, span("3 مدنيين")), "مدنيين", "casualty:quantity");
    return new EventFrame(EventType.STRIKE, span("قصفت"), 0, "قصف", ImmutableList.of(),
        ImmutableList.of(target, time), ImmutableList.of(killed), null, Polarity.POSITIVE, Modality.ASSERTED,
        false, "events/triggers.tsv:21");
  }

  @Test
  void eventRowFollowsTheSchema() {
    Row e = EventRows.event(frame());
    assertEquals(EventSchema.EVENT.size(), e.size());
    assertEquals("STRIKE", e.get(EventSchema.EVENT.fieldIndex("type")));
    assertEquals("قصفت", e.get(EventSchema.EVENT.fieldIndex("trigger")));
    assertEquals(0, e.get(EventSchema.EVENT.fieldIndex("trigger_begin")));
    assertEquals(4, e.get(EventSchema.EVENT.fieldIndex("trigger_end")));
    assertNull(e.get(EventSchema.EVENT.fieldIndex("count")));
    Object[] args = (Object[]) e.get(EventSchema.EVENT.fieldIndex("arguments"));
    assertEquals(2, args.length);
    Row target = (Row) args[0];
    assertEquals(EventSchema.ARGUMENT.size(), target.size());
    assertEquals("TARGET", target.get(EventSchema.ARGUMENT.fieldIndex("role")));
    assertEquals(TEXT.indexOf("قرية"), target.get(EventSchema.ARGUMENT.fieldIndex("begin")));
    assertEquals("zyara", target.get(EventSchema.ARGUMENT.fieldIndex("place_id")));
    assertEquals(35.1, target.get(EventSchema.ARGUMENT.fieldIndex("lat")));
    assertEquals("2019-03-04", ((Row) args[1]).get(EventSchema.ARGUMENT.fieldIndex("time")));
    Row killed = (Row) ((Object[]) e.get(EventSchema.EVENT.fieldIndex("casualties")))[0];
    assertEquals(EventSchema.CASUALTY.size(), killed.size());
    assertEquals("KILLED", killed.get(EventSchema.CASUALTY.fieldIndex("kind")));
    assertEquals(3L, killed.get(EventSchema.CASUALTY.fieldIndex("min")));
    assertEquals("3 مدنيين", killed.get(EventSchema.CASUALTY.fieldIndex("text")));
  }

  @Test
  void documentAndFailedRows() {
    Row d = EventRows.document(new DocumentEvents("d1", ImmutableList.of(frame()), 1, 12, ImmutableMap.of("FULL", 1)));
    assertEquals(EventSchema.DOCUMENT.size(), d.size());
    assertEquals("d1", d.get(0));
    assertNull(d.get(1));
    assertEquals(1, ((Object[]) d.get(EventSchema.DOCUMENT.fieldIndex("events"))).length);
    Row f = EventRows.failed("d2", "d2: boom");
    assertEquals("d2: boom", f.get(1));
    assertEquals(0, ((Object[]) f.get(EventSchema.DOCUMENT.fieldIndex("events"))).length);
  }

  @Test
  void eventRowSchemaIsDocIdErrorThenTheEventFields() {
    String[] names = EventSchema.EVENT_ROW.fieldNames();
    assertEquals("doc_id", names[0]);
    assertEquals("error", names[1]);
    assertArrayEquals(EventSchema.EVENT.fieldNames(), java.util.Arrays.copyOfRange(names, 2, names.length));
  }

  @Test
  void documentDates() {
    assertNull(PartitionExtractor.date(null));
    assertNull(PartitionExtractor.date(" "));
    assertEquals(LocalDate.of(2019, 3, 2), PartitionExtractor.date("2019-03-02"));
    assertEquals(LocalDate.of(2019, 3, 2), PartitionExtractor.date("2019-03-02T23:10:00Z"));
    assertEquals(LocalDate.of(2019, 3, 2), PartitionExtractor.date(java.sql.Date.valueOf("2019-03-02")));
    assertEquals(LocalDate.of(2019, 3, 2), PartitionExtractor.date(LocalDate.of(2019, 3, 2)));
    assertThrows(IllegalArgumentException.class, () -> PartitionExtractor.date("2019-03-02junk"));
    assertThrows(IllegalArgumentException.class, () -> PartitionExtractor.date("02/03/2019"));
  }
}
