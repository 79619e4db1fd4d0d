package org.hadath.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hadath.events.CasualtyKind;
import org.hadath.events.DocumentEvents;
import org.hadath.events.EventFrame;
import org.hadath.events.EventFrame.Argument;
import org.hadath.events.EventFrame.Casualty;
import org.hadath.events.EventFrame.Quantity;
import org.hadath.events.EventType;
import org.hadath.events.Modality;
import org.hadath.events.Polarity;
import org.hadath.events.Role;
import org.hadath.events.Span;
import org.junit.jupiter.api.Test;

/** The ACLED-style table, written and parsed back with an independent RFC 4180 reader: every field. */
class CsvEventWriterTest {
  // Invented news text: a quoted name with a comma, a line break inside the second sentence.
  private static final String TEXT = "قالت مصادر محلية إن طائرات حربية روسية شنت غارات على قرية الكشكية بريف دير الزور"
      + " يوم 14 آذار، ما أدى إلى مقتل 7 مدنيين وإصابة نحو 12 آخرين.\n"
      + "واندلعت اشتباكات عنيفة بين \"قوات النظام\" و\nقسد، قرب الحقل.\n"
      + "وفجّر انتحاري حزاماً ناسفاً في سوق المدينة.";

  private static Span span(String s) {
    return span(s, 0);
  }

  private static Span span(String s, int from) {
    int b = TEXT.indexOf(s, from);
    assertTrue(b >= 0, s);
    return Span.of(TEXT, b, b + s.length());
  }

  private static Argument arg(Role role, String text, String actorId) {
    Span s = span(text);
    return new Argument(role, s, s, actorId, null, null, null, null, null, null, null, "arguments.tsv:1");
  }

  private static List<Span> sentences() {
    int a = TEXT.indexOf('\n');
    int b = TEXT.indexOf('\n', TEXT.indexOf("الحقل"));
    return List.of(Span.of(TEXT, 0, a), Span.of(TEXT, a + 1, b), Span.of(TEXT, b + 1, TEXT.length()));
  }

  private static DocumentEvents doc() {
    Span loc = span("قرية الكشكية");
    Argument place = new Argument(Role.LOCATION, loc, span("الكشكية"), null, null, "sy-kishkiyah",
        "sy-gov-deir-ez-zor", "SY", 34.9, 40.62, null, "arguments.tsv:9");
    Argument time = new Argument(Role.TIME, span("يوم 14 آذار"), span("آذار"), null, null, null, null, null,
        null, null, "2026-03-14", "time");
    EventFrame strike = new EventFrame(EventType.STRIKE, span("غارات"), 0, "غارات", ImmutableList.of(span("شنت")),
        ImmutableList.of(arg(Role.AGENT, "روسية", "russia-forces"), arg(Role.INSTRUMENT, "طائرات حربية", null),
            place, time, arg(Role.SOURCE, "مصادر محلية", null), arg(Role.TARGET, "قرية", null)),
        ImmutableList.of(
            new Casualty(CasualtyKind.KILLED, new Quantity(7, 7L, false, span("7")), "مدنيين", "toll"),
            new Casualty(CasualtyKind.INJURED, new Quantity(12, null, true, span("نحو 12")), null, "toll")),
        null, Polarity.POSITIVE, Modality.ASSERTED, false, "triggers.tsv:23");
    EventFrame clash = new EventFrame(EventType.CLASH, span("اشتباكات"), 1, "اشتباكات", ImmutableList.of(),
        ImmutableList.of(arg(Role.PARTICIPANT, "قوات النظام", "saa"), arg(Role.PARTICIPANT, "قسد", "sdf")),
        ImmutableList.of(), null, Polarity.NEGATIVE, Modality.HYPOTHETICAL, true, "triggers.tsv:40");
    EventFrame bombing = new EventFrame(EventType.BOMBING, span("وفجّر"), 2, "فجر", ImmutableList.of(),
        ImmutableList.of(arg(Role.AGENT, "انتحاري", null), arg(Role.INSTRUMENT, "حزاماً ناسفاً", null)),
        ImmutableList.of(), null, Polarity.POSITIVE, Modality.ASSERTED, false, "triggers.tsv:70");
    return new DocumentEvents("news,\"7\"", ImmutableList.of(strike, clash, bombing), 3, 60, ImmutableMap.of(),
        ImmutableList.copyOf(sentences()));
  }

  private static List<CSVRecord> parse(String csv) throws Exception {
    try (CSVParser p = CSVParser.parse(new StringReader(csv),
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      assertEquals(AcledRows.HEADER, p.getHeaderNames());
      return p.getRecords();
    }
  }

  @Test
  void everyFieldSurvivesTheRoundTrip() throws Exception {
    StringWriter out = new StringWriter();
    try (EventWriter w = OutputFormat.CSV.open(out)) {
      w.write(doc());
      w.write(DocumentEvents.empty("nothing"));
    }
    String csv = out.toString();
    assertTrue(csv.startsWith("event_id_cnty,event_date,event_type,sub_event_type,actor1,assoc_actor_1,actor2,"
        + "admin1,location,latitude,longitude,geo_precision,source,notes,fatalities,fatalities_max,injured_min,"
        + "injured_max,approximate,polarity,modality,claimed,trigger,begin,end,rule,doc\r\n"), csv);
    List<CSVRecord> rows = parse(csv);
    assertEquals(3, rows.size());

    CSVRecord s = rows.get(0);
    assertEquals("news,\"7\"-1", s.get("event_id_cnty"));
    assertEquals("2026-03-14", s.get("event_date"));
    assertEquals("STRIKE", s.get("event_type"));
    assertEquals("Air/drone strike", s.get("sub_event_type"));
    assertEquals("Russian forces", s.get("actor1"));
    assertEquals("", s.get("assoc_actor_1"));
    assertEquals("قرية", s.get("actor2"));
    assertEquals("Deir ez-Zor Governorate", s.get("admin1"));
    assertEquals("Al-Kishkiyah", s.get("location"));
    assertEquals("34.9", s.get("latitude"));
    assertEquals("40.62", s.get("longitude"));
    assertEquals("1", s.get("geo_precision"));
    assertEquals("مصادر محلية", s.get("source"));
    assertEquals(sentences().get(0).text(), s.get("notes"));
    assertEquals("7", s.get("fatalities"));
    assertEquals("7", s.get("fatalities_max"));
    assertEquals("12", s.get("injured_min"));
    assertEquals("", s.get("injured_max"), "no upper bound");
    assertEquals("true", s.get("approximate"));
    assertEquals("POSITIVE", s.get("polarity"));
    assertEquals("ASSERTED", s.get("modality"));
    assertEquals("false", s.get("claimed"));
    assertEquals("غارات", s.get("trigger"));
    assertEquals(String.valueOf(TEXT.indexOf("غارات")), s.get("begin"));
    assertEquals(String.valueOf(TEXT.indexOf("غارات") + 5), s.get("end"));
    assertEquals("triggers.tsv:23", s.get("rule"));
    assertEquals("news,\"7\"", s.get("doc"));

    CSVRecord c = rows.get(1);
    assertEquals("news,\"7\"-2", c.get("event_id_cnty"));
    assertEquals("", c.get("event_date"));
    assertEquals("CLASH", c.get("event_type"));
    assertEquals("Armed clash", c.get("sub_event_type"));
    assertEquals("Syrian Arab Army (government forces)", c.get("actor1"));
    assertEquals("", c.get("assoc_actor_1"));
    assertEquals("Syrian Democratic Forces", c.get("actor2"));
    for (String col : List.of("admin1", "location", "latitude", "longitude", "geo_precision", "source",
        "fatalities", "fatalities_max", "injured_min", "injured_max")) {
      assertEquals("", c.get(col), col);
    }
    assertEquals(sentences().get(1).text(), c.get("notes"), "quotes and the line break come back intact");
    assertTrue(c.get("notes").contains("\"قوات النظام\" و\nقسد،"));
    assertEquals("false", c.get("approximate"));
    assertEquals("NEGATIVE", c.get("polarity"));
    assertEquals("HYPOTHETICAL", c.get("modality"));
    assertEquals("true", c.get("claimed"));
    assertEquals("اشتباكات", c.get("trigger"));
    assertEquals("triggers.tsv:40", c.get("rule"));

    CSVRecord b = rows.get(2);
    assertEquals("BOMBING", b.get("event_type"));
    assertEquals("Suicide bomb", b.get("sub_event_type"));
    assertEquals("انتحاري", b.get("actor1"));
    assertEquals("وفجّر", b.get("trigger"));
    assertEquals(sentences().get(2).text(), b.get("notes"));
  }

  @Test
  void aBombingWithoutSuicideCueIsAnIed() {
    Span t = span("ناسفاً");
    EventFrame f = new EventFrame(EventType.BOMBING, t, 2, "ناسفا", ImmutableList.of(), ImmutableList.of(),
        ImmutableList.of(), null, Polarity.POSITIVE, Modality.ASSERTED, false, "r");
    assertEquals("Remote explosive/landmine/IED", SubEventTypes.getDefault().of(f));
    EventFrame shelling = new EventFrame(EventType.STRIKE, span("غارات"), 0, "غارات", ImmutableList.of(),
        ImmutableList.of(), ImmutableList.of(), null, Polarity.POSITIVE, Modality.ASSERTED, false, "r");
    assertEquals("Air/drone strike", SubEventTypes.getDefault().of(shelling), "غارات is an air raid");
  }

  @Test
  void anEmptyInputIsAHeaderOnly() throws Exception {
    StringWriter out = new StringWriter();
    OutputFormat.CSV.open(out).close();
    assertEquals(String.join(",", AcledRows.HEADER) + "\r\n", out.toString());
  }

  @Test
  void jsonLinesIsOneDocumentPerLine() throws Exception {
    StringWriter out = new StringWriter();
    try (EventWriter w = OutputFormat.JSONL.open(out)) {
      w.write(doc());
      w.write(DocumentEvents.empty("b"));
    }
    String[] lines = out.toString().split("\n");
    assertEquals(2, lines.length);
    assertEquals(3, EventJson.read(lines[0]).events().size());
    assertEquals("b", EventJson.read(lines[1]).docId());
  }

  @Test
  void aBadRuleFileNamesItsLine() throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("models");
    java.nio.file.Path f = java.nio.file.Files.createDirectories(dir.resolve("output")).resolve("sub-event-types.tsv");
    java.nio.file.Files.writeString(f, "# c\nSTRIKE\tweapon\tx\tAir\n");
    var e = org.junit.jupiter.api.Assertions.assertThrows(org.hadath.util.ModelFormatException.class,
        () -> SubEventTypes.load(org.hadath.util.ModelFiles.overrides(dir)));
    assertTrue(e.getMessage().contains("sub-event-types.tsv:2"), e.getMessage());
    java.nio.file.Files.writeString(f, "BOMBING\tany\t\tIED\n");
    assertEquals("IED", SubEventTypes.load(org.hadath.util.ModelFiles.overrides(dir)).of(new EventFrame(
        EventType.BOMBING, span("ناسفاً"), 2, "", ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), null,
        Polarity.POSITIVE, Modality.ASSERTED, false, "r")), "a user's edited copy replaces the packaged rules");
    java.nio.file.Files.delete(f);
  }
}
