package org.hadath.events;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.hadath.entities.time.DateWindow;
import org.hadath.entities.time.DocumentDate;
import org.hadath.entities.time.PartialDates;

/**
 * Gives a document whose date was written without its year (اليوم الأربعاء 2 كانون الأول:
 * {@code XXXX-12-02}) the year a caller's window allows ({@link DocumentDate#complete}), and the
 * TIME values counted from that date ({@code XXXX-12-01} for أمس) the same year. A consumer that
 * reads an archive whole (incident records) learns the archive's span only after extraction;
 * this is where that knowledge reaches the dates. Documents with a full date or none, and
 * partial dates the window does not fix, come back unchanged.
 */
final class PartialYears {

  private PartialYears() {}

  static DocumentEvents complete(DocumentEvents doc, DateWindow window) {
    Optional<DocumentDate> dd = doc.documentDate();
    if (window == null || dd.isEmpty() || dd.get().hasYear()) {
      return doc;
    }
    DocumentDate full = dd.get().complete(window);
    if (!full.hasYear()) {
      return doc;
    }
    ImmutableList.Builder<EventFrame> frames = ImmutableList.builder();
    for (EventFrame f : doc.events()) {
      ImmutableList.Builder<EventFrame.Argument> args = ImmutableList.builder();
      for (EventFrame.Argument a : f.arguments()) {
        // a day no year near the report's holds (29 February) keeps its partial value, not none
        String completed = a.time() == null ? null : PartialDates.complete(a.time(), full.date());
        args.add(completed == null || completed.equals(a.time()) ? a
            : new EventFrame.Argument(a.role(), a.span(), a.head(), a.actorId(), a.actorCategory(), a.placeId(),
                a.governorate(), a.country(), a.lat(), a.lon(), completed, a.rule()));
      }
      frames.add(f.withArguments(args.build()));
    }
    return new DocumentEvents(doc.docId(), frames.build(), doc.sentences(), doc.tokens(), doc.parseStatus(),
        doc.sentenceSpans(), Optional.of(full), doc.reportPlaces(), doc.reportPeople());
  }
}
