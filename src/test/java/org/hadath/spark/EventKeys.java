package org.hadath.spark;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.hadath.events.EventFrame;

/**
 * One comparable line per event, built independently from an {@link EventFrame} and from a
 * Spark event row read by field name, so a test can say the two carry the same event.
 */
final class EventKeys {
  private EventKeys() {}

  static String of(String docId, EventFrame f) {
    String args = f.arguments().stream().map(a -> String.join(":", a.role().name(), a.span().text(),
        "" + a.span().begin(), "" + a.span().end(), a.head().text(), "" + a.actorId(), "" + a.actorCategory(),
        "" + a.placeId(), "" + a.governorate(), "" + a.country(), "" + a.lat(), "" + a.lon(), "" + a.time(),
        "" + a.rule())).collect(Collectors.joining(";"));
    String cas = f.casualties().stream().map(c -> String.join(":", c.kind().name(), "" + c.quantity().min(),
        "" + c.quantity().max(), "" + c.quantity().approximate(), c.quantity().span().text(),
        "" + c.quantity().span().begin(), "" + c.quantity().span().end(), "" + c.victims(), "" + c.rule()))
        .collect(Collectors.joining(";"));
    String count = f.count() == null ? "null" : String.join(":", "" + f.count().min(), "" + f.count().max(),
        "" + f.count().approximate(), f.count().span().text());
    return String.join("|", docId, f.type().name(), f.trigger().text(), "" + f.trigger().begin(),
        "" + f.trigger().end(), "" + f.triggerNorm(), "" + f.sentenceIndex(), args, cas, count,
        f.polarity().name(), f.modality().name(), "" + f.claimed(), "" + f.rule());
  }

  static String of(Row r) {
    List<Row> argRows = r.getList(r.fieldIndex("arguments"));
    String args = argRows.stream().map(a -> String.join(":", a.<String>getAs("role"), a.getAs("text"),
        "" + a.getAs("begin"), "" + a.getAs("end"), a.getAs("head"), "" + a.getAs("actor_id"),
        "" + a.getAs("actor_category"), "" + a.getAs("place_id"), "" + a.getAs("governorate"),
        "" + a.getAs("country"), "" + a.getAs("lat"), "" + a.getAs("lon"), "" + a.getAs("time"),
        "" + a.getAs("rule"))).collect(Collectors.joining(";"));
    List<Row> casRows = r.getList(r.fieldIndex("casualties"));
    String cas = casRows.stream().map(c -> String.join(":", c.<String>getAs("kind"), "" + c.getAs("min"),
        "" + c.getAs("max"), "" + c.getAs("approximate"), c.getAs("text"), "" + c.getAs("begin"),
        "" + c.getAs("end"), "" + c.getAs("victims"), "" + c.getAs("rule"))).collect(Collectors.joining(";"));
    Row q = r.getAs("count");
    String count = q == null ? "null" : String.join(":", "" + q.getAs("min"), "" + q.getAs("max"),
        "" + q.getAs("approximate"), q.getAs("text"));
    return String.join("|", r.<String>getAs("doc_id"), r.getAs("type"), r.getAs("trigger"),
        "" + r.getAs("trigger_begin"), "" + r.getAs("trigger_end"), "" + r.getAs("trigger_norm"),
        "" + r.getAs("sentence"), args, cas, count, r.getAs("polarity"), r.getAs("modality"),
        "" + r.getAs("claimed"), "" + r.getAs("rule"));
  }
}
