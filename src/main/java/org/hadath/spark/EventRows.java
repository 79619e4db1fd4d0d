package org.hadath.spark;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.hadath.events.DocumentEvents;
import org.hadath.events.EventFrame;
import org.hadath.events.Span;

/**
 * Turns Hadath's records into Spark rows of {@link EventSchema}: a pure mapping, no models, so
 * it is tested on hand-made frames.
 */
public final class EventRows {
  private EventRows() {}

  /** The {@link EventSchema#DOCUMENT} row of an extracted document. */
  public static Row document(DocumentEvents d) {
    List<EventFrame> frames = d.events();
    Object[] events = new Object[frames.size()];
    for (int i = 0; i < events.length; i++) {
      events[i] = event(frames.get(i));
    }
    return RowFactory.create(d.docId(), null, d.sentences(), d.tokens(), events);
  }

  /** The {@link EventSchema#DOCUMENT} row of a document that could not be extracted. */
  public static Row failed(String docId, String error) {
    return RowFactory.create(docId, error == null ? "unknown error" : error, 0, 0, new Object[0]);
  }

  /** The {@link EventSchema#EVENT} struct of one frame. */
  public static Row event(EventFrame f) {
    Object[] args = f.arguments().stream().map(EventRows::argument).toArray();
    Object[] casualties = f.casualties().stream().map(EventRows::casualty).toArray();
    return RowFactory.create(
        f.type().name(),
        f.trigger().text(), f.trigger().begin(), f.trigger().end(),
        f.triggerNorm(),
        f.sentenceIndex(),
        args, casualties,
        f.count() == null ? null : quantity(f.count()),
        f.polarity().name(), f.modality().name(), f.claimed(), f.rule());
  }

  private static Row argument(EventFrame.Argument a) {
    return RowFactory.create(
        a.role().name(), a.span().text(), a.span().begin(), a.span().end(), a.head().text(),
        a.actorId(), a.actorCategory(), a.placeId(), a.governorate(), a.country(),
        a.lat(), a.lon(), a.time(), a.rule());
  }

  private static Row casualty(EventFrame.Casualty c) {
    EventFrame.Quantity q = c.quantity();
    Span s = q.span();
    return RowFactory.create(c.kind().name(), q.min(), q.max(), q.approximate(),
        s == null ? null : s.text(), s == null ? null : s.begin(), s == null ? null : s.end(),
        c.victims(), c.rule());
  }

  private static Row quantity(EventFrame.Quantity q) {
    Span s = q.span();
    return RowFactory.create(q.min(), q.max(), q.approximate(),
        s == null ? null : s.text(), s == null ? null : s.begin(), s == null ? null : s.end());
  }
}
