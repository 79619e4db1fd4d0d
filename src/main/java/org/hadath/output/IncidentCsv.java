package org.hadath.output;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hadath.events.CasualtyKind;
import org.hadath.incidents.CasualtyRange;
import org.hadath.incidents.Incident;
import org.hadath.incidents.IncidentPlace;

/**
 * Incident records as an analyst's table: one row per incident, RFC 4180 via Commons CSV,
 * with the column names of the event table ({@link AcledRows#HEADER}) where they apply
 * ({@code event_id_cnty}, {@code event_date}, {@code event_type}, {@code actor1},
 * {@code admin1}, {@code location}, {@code latitude}, {@code longitude}, {@code source},
 * {@code fatalities}, {@code fatalities_max}, {@code injured_min}, {@code injured_max},
 * {@code polarity}, {@code modality}), then the record's own: {@code date_range},
 * {@code place_id}, {@code reports} (how many), {@code mentions} (doc:event, or doc:report for a report that joined without a frame; ';'-joined).
 * A record dated only by a month and day written without a year has {@code event_date}
 * {@code XXXX-01-11} ({@link Incident#dayText()}), as the event table writes such a day.
 */
public final class IncidentCsv {
  /** The columns, in order. */
  public static final ImmutableList<String> HEADER = ImmutableList.of(
      "event_id_cnty", "event_date", "event_type", "actor1", "admin1", "location", "latitude", "longitude",
      "source", "fatalities", "fatalities_max", "injured_min", "injured_max", "polarity", "modality",
      "date_range", "place_id", "reports", "mentions");

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();

  private IncidentCsv() {}

  /** Writes the header and a row per record to {@code out} (flushed, not closed). */
  public static void write(List<Incident> incidents, Writer out) throws IOException {
    CSVPrinter p = new CSVPrinter(out, FORMAT);
    for (Incident i : incidents) {
      p.printRecord(row(i));
    }
    p.flush();
  }

  private static List<Object> row(Incident i) {
    IncidentPlace pl = i.place();
    CasualtyRange k = i.casualties(CasualtyKind.KILLED);
    CasualtyRange w = i.casualties(CasualtyKind.INJURED);
    List<Object> r = new ArrayList<>();
    r.add(i.id());
    // a day without its year as XXXX-01-11, as the event table's event_date writes one
    r.add(i.dayText() == null ? "" : i.dayText());
    r.add(i.notesOnly() ? "" : i.type().name());
    r.add(i.actors().isEmpty() ? "" : i.actors().iterator().next());
    r.add(pl == null || pl.governorate() == null ? "" : pl.governorate());
    r.add(pl == null ? "" : pl.text());
    IncidentPlace at = pl == null ? null : pl.located(); // a village's own, or its town's
    r.add(at == null ? "" : at.lat());
    r.add(at == null ? "" : at.lon());
    r.add(String.join(";", i.reports()));
    r.add(k == null ? "" : k.low());
    r.add(k == null || k.high() == null ? "" : k.high());
    r.add(w == null ? "" : w.low());
    r.add(w == null || w.high() == null ? "" : w.high());
    r.add(i.notesOnly() ? "" : i.polarity().name());
    r.add(i.notesOnly() ? "" : i.modality().name());
    r.add(i.dates() == null ? "" : i.dates().toString());
    r.add(pl == null || pl.placeId() == null ? "" : pl.placeId());
    r.add(i.reports().size());
    r.add(String.join(";", i.mentions().stream().map(m -> m.doc() + ":" + (m.reportLevel() ? "report" : m.event())).toList()));
    return r;
  }
}
