package org.hadath.entities.time;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * CoreNLP annotator that puts a {@link TimeAnnotations.TimeMentionsAnnotation} list on
 * every sentence. Usable as {@code customAnnotatorClass.hadath_time =
 * org.hadath.entities.time.TimeAnnotator}.
 *
 * <p>The document date is, in order: {@link TimeAnnotations.DocumentDateAnnotation} on the
 * document; CoreNLP's {@code DocDateAnnotation} (yyyy-MM-dd); the text's dateline
 * ({@link Dateline}; a weekday date without its year falls on or before the
 * {@value #LATEST_DATE} property, default today). The date found is stored back as {@code DocumentDateAnnotation} so
 * later stages use the same one. Thread-safe: no mutable state, shared immutable lexicon.
 */
public final class TimeAnnotator implements Annotator {

  /**
   * The property naming the last day a weekday date without its year may fall on
   * ({@code hadath_time.latestDate = 2025-12-31}): the newest date of an archive read whole,
   * so that a report of it is not dated in a later year with the same weekday (default: today).
   */
  public static final String LATEST_DATE = "latestDate";

  private final TimeExtractor extractor;
  /** The last day a weekday date without its year may fall on; null: today. */
  private final LocalDate latest;

  /**
   * CoreNLP's constructor for custom annotators; reads {@code NAME.latestDate} (see
   * {@link #LATEST_DATE}), and fails with a clear message when it is no ISO date.
   */
  public TimeAnnotator(String name, Properties props) {
    this.extractor = new TimeExtractor();
    String latestDate = props == null ? null : props.getProperty(name + "." + LATEST_DATE);
    try {
      this.latest = latestDate == null || latestDate.isBlank() ? null : LocalDate.parse(latestDate.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + "." + LATEST_DATE + " must be YYYY-MM-DD, not '" + latestDate + "'", e);
    }
  }

  @Override
  public void annotate(Annotation annotation) {
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (text == null || sentences == null) {
      return;
    }
    DocumentDate found = locateDocumentDate(annotation, text,
        latest != null ? latest : LocalDate.now(java.time.ZoneOffset.UTC));
    LocalDate docDate = found == null ? null : found.date();
    if (found != null) {
      annotation.set(TimeAnnotations.DocumentDateAnnotation.class, docDate);
      annotation.set(TimeAnnotations.DocumentDateSourceAnnotation.class, found);
    }
    for (int s = 0; s < sentences.size(); s++) {
      CoreMap sentence = sentences.get(s);
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      List<TimeMention> ms = tokens == null ? List.of()
          : extractor.extract(tokens, text, s, docDate);
      sentence.set(TimeAnnotations.TimeMentionsAnnotation.class,
          Collections.unmodifiableList(ms));
    }
  }

  /** The document date to resolve against (see the class comment), or null. */
  public static LocalDate documentDate(Annotation annotation, String text) {
    DocumentDate d = locateDocumentDate(annotation, text);
    return d == null ? null : d.date();
  }

  /** The document date and where it came from (see the class comment), or null. */
  public static DocumentDate locateDocumentDate(Annotation annotation, String text) {
    return locateDocumentDate(annotation, text, LocalDate.now(java.time.ZoneOffset.UTC));
  }

  /**
   * As {@link #locateDocumentDate(Annotation, String)}, with {@code latest} the last day a
   * weekday date without its year may fall on ({@link Dateline#locate(String, LocalDate)}).
   */
  public static DocumentDate locateDocumentDate(Annotation annotation, String text, LocalDate latest) {
    DocumentDate known = annotation.get(TimeAnnotations.DocumentDateSourceAnnotation.class);
    LocalDate d = annotation.get(TimeAnnotations.DocumentDateAnnotation.class);
    if (known != null && known.date().equals(d)) {
      return known; // annotated before: keep the source found then
    }
    if (d != null) {
      return DocumentDate.given(d, DocumentDate.Source.CALLER);
    }
    String s = annotation.get(CoreAnnotations.DocDateAnnotation.class);
    if (s != null && s.length() >= 10) {
      try {
        return DocumentDate.given(LocalDate.parse(s.substring(0, 10)), DocumentDate.Source.DOC_DATE);
      } catch (DateTimeParseException e) {
        // fall through to the dateline: a malformed DocDate is not worth failing for
      }
    }
    return Dateline.locate(text, latest).orElse(null);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TextAnnotation.class, CoreAnnotations.TokensAnnotation.class,
        CoreAnnotations.SentencesAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(TimeAnnotations.TimeMentionsAnnotation.class,
        TimeAnnotations.DocumentDateSourceAnnotation.class);
  }
}
