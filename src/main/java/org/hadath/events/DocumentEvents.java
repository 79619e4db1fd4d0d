package org.hadath.events;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.hadath.entities.time.DocumentDate;

/**
 * The result of extracting one document: its id, its event frames in text order, and how
 * much text was processed (so users can see how parsing degraded, if it did).
 *
 * @param docId the document id given by the caller (or "doc")
 * @param events the frames, in text order
 * @param sentences number of sentences (analysed or not)
 * @param tokens number of tokens analysed (text the prefilter left out is not tokenized)
 * @param parseStatus number of sentences per {@link org.hadath.pipeline.ParseStatus} name
 * @param documentDate the date relative times were resolved against and where it came from
 *     (the caller's date, or one the text carries: dateline, page date, post time stamp);
 *     empty when there was none
 */
public record DocumentEvents(String docId, ImmutableList<EventFrame> events, int sentences, int tokens,
    ImmutableMap<String, Integer> parseStatus, Optional<DocumentDate> documentDate) {
  public DocumentEvents {
    Preconditions.checkNotNull(docId);
    events = ImmutableList.copyOf(events);
    parseStatus = ImmutableMap.copyOf(parseStatus);
    documentDate = documentDate == null ? Optional.empty() : documentDate;
  }

  /** A result without a document date. */
  public DocumentEvents(String docId, ImmutableList<EventFrame> events, int sentences, int tokens,
      ImmutableMap<String, Integer> parseStatus) {
    this(docId, events, sentences, tokens, parseStatus, Optional.empty());
  }

  /** The same result under another id (the CLI names results after their files). */
  public DocumentEvents withDocId(String id) {
    return new DocumentEvents(id, events, sentences, tokens, parseStatus, documentDate);
  }

  /** An empty result (empty or blank input). */
  public static DocumentEvents empty(String docId) {
    return new DocumentEvents(docId, ImmutableList.of(), 0, 0, ImmutableMap.of());
  }
}
