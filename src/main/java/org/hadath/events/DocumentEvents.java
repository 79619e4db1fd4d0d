package org.hadath.events;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.hadath.entities.time.DateWindow;
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
 * @param sentenceSpans the sentences' characters, by {@link EventFrame#sentenceIndex()}, so
 *     outputs can quote a frame's sentence; empty when not known (a document read back from JSON)
 * @param documentDate the date relative times were resolved against and where it came from
 *     (the caller's date, or one the text carries: dateline, page date, post time stamp);
 *     empty when there was none; partial ({@link DocumentDate#hasYear()} false) when the text
 *     wrote no year and no window gave one, the times counted from it then written {@code XXXX-MM-DD}
 * @param reportPlaces the places the report names, tied to no frame (LOCATION arguments of rule
 *     {@link org.hadath.events.frames.ReportPlaces#RULE}, in text order): document-level, low
 *     confidence, for grouping reports into incidents even when no frame passed the filters;
 *     empty when unknown
 * @param reportPeople the names of people the report gives (its dead and wounded, in text
 *     order: {@link org.hadath.entities.people.PersonNames}), tied to no frame: two reports
 *     naming one victim tell of one incident; empty when unknown
 */
public record DocumentEvents(String docId, ImmutableList<EventFrame> events, int sentences, int tokens,
    ImmutableMap<String, Integer> parseStatus, ImmutableList<Span> sentenceSpans,
    Optional<DocumentDate> documentDate, ImmutableList<EventFrame.Argument> reportPlaces,
    ImmutableList<Span> reportPeople) {
  public DocumentEvents {
    Preconditions.checkNotNull(docId);
    events = ImmutableList.copyOf(events);
    parseStatus = ImmutableMap.copyOf(parseStatus);
    sentenceSpans = sentenceSpans == null ? ImmutableList.of() : ImmutableList.copyOf(sentenceSpans);
    documentDate = documentDate == null ? Optional.empty() : documentDate;
    reportPlaces = reportPlaces == null ? ImmutableList.of() : ImmutableList.copyOf(reportPlaces);
    reportPeople = reportPeople == null ? ImmutableList.of() : ImmutableList.copyOf(reportPeople);
  }

  /** A result without the names of people. */
  public DocumentEvents(String docId, ImmutableList<EventFrame> events, int sentences, int tokens,
      ImmutableMap<String, Integer> parseStatus, ImmutableList<Span> sentenceSpans,
      Optional<DocumentDate> documentDate, ImmutableList<EventFrame.Argument> reportPlaces) {
    this(docId, events, sentences, tokens, parseStatus, sentenceSpans, documentDate, reportPlaces, ImmutableList.of());
  }

  /** A result without report places. */
  public DocumentEvents(String docId, ImmutableList<EventFrame> events, int sentences, int tokens,
      ImmutableMap<String, Integer> parseStatus, ImmutableList<Span> sentenceSpans,
      Optional<DocumentDate> documentDate) {
    this(docId, events, sentences, tokens, parseStatus, sentenceSpans, documentDate, ImmutableList.of());
  }

  /** A result without sentence texts or document date. */
  public DocumentEvents(String docId, ImmutableList<EventFrame> events, int sentences, int tokens,
      ImmutableMap<String, Integer> parseStatus) {
    this(docId, events, sentences, tokens, parseStatus, ImmutableList.of(), Optional.empty());
  }

  /** A result without a document date. */
  public DocumentEvents(String docId, ImmutableList<EventFrame> events, int sentences, int tokens,
      ImmutableMap<String, Integer> parseStatus, ImmutableList<Span> sentenceSpans) {
    this(docId, events, sentences, tokens, parseStatus, sentenceSpans, Optional.empty());
  }

  /** A result without sentence texts. */
  public DocumentEvents(String docId, ImmutableList<EventFrame> events, int sentences, int tokens,
      ImmutableMap<String, Integer> parseStatus, Optional<DocumentDate> documentDate) {
    this(docId, events, sentences, tokens, parseStatus, ImmutableList.of(), documentDate);
  }

  /** A result without sentence texts, with report places (one read back from JSON). */
  public DocumentEvents(String docId, ImmutableList<EventFrame> events, int sentences, int tokens,
      ImmutableMap<String, Integer> parseStatus, Optional<DocumentDate> documentDate,
      ImmutableList<EventFrame.Argument> reportPlaces) {
    this(docId, events, sentences, tokens, parseStatus, ImmutableList.of(), documentDate, reportPlaces);
  }

  /** A result without sentence texts, with report places and names of people (one read back from JSON). */
  public DocumentEvents(String docId, ImmutableList<EventFrame> events, int sentences, int tokens,
      ImmutableMap<String, Integer> parseStatus, Optional<DocumentDate> documentDate,
      ImmutableList<EventFrame.Argument> reportPlaces, ImmutableList<Span> reportPeople) {
    this(docId, events, sentences, tokens, parseStatus, ImmutableList.of(), documentDate, reportPlaces, reportPeople);
  }

  /** An empty result (empty or blank input). */
  public static DocumentEvents empty(String docId) {
    return new DocumentEvents(docId, ImmutableList.of(), 0, 0, ImmutableMap.of());
  }

  /**
   * The same result with a document date written without its year ({@code XXXX-12-02}) given
   * the one year {@code window} (the days the caller knows the documents were written in)
   * allows it, and the times counted from it that year; unchanged when the date is full, absent,
   * or not fixed by the window (see {@link DateWindow#only}), or when {@code window} is null.
   */
  public DocumentEvents withYearFrom(DateWindow window) {
    return PartialYears.complete(this, window);
  }

  /** The same result under another id. */
  public DocumentEvents withDocId(String id) {
    return new DocumentEvents(id, events, sentences, tokens, parseStatus, sentenceSpans, documentDate, reportPlaces,
        reportPeople);
  }

  /** The sentence of frame {@code f}, or null when it is not known. */
  public Span sentenceOf(EventFrame f) {
    int i = f.sentenceIndex();
    return i >= 0 && i < sentenceSpans.size() ? sentenceSpans.get(i) : null;
  }
}
