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
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * CoreNLP annotator that puts a {@link TimeAnnotations.TimeMentionsAnnotation} list on
 * every sentence. Usable as {@code customAnnotatorClass.hadath_time =
 * org.hadath.entities.time.TimeAnnotator}.
 *
 * <p>The document date is, in order: {@link TimeAnnotations.DocumentDateAnnotation} on the
 * document; CoreNLP's {@code DocDateAnnotation} (yyyy-MM-dd); the text's dateline
 * ({@link Dateline}; a weekday date or post stamp without its year takes one only from the
 * {@value #DATE_WINDOW} property, the days the caller says its documents were written in, and
 * otherwise stays partial: the reader's clock is no evidence of a document's year). The date
 * found is stored back as {@code DocumentDateAnnotation} so later stages use the same one; a
 * partial date is stored only as {@link TimeAnnotations.DocumentDateSourceAnnotation}, and the
 * times counted from it are written with an unknown year ({@link PartialDates}). Thread-safe: no
 * mutable state, shared immutable lexicon.
 */
public final class TimeAnnotator implements Annotator {

  /**
   * The property naming the days the documents were written in ({@code hadath_time.dateWindow =
   * 2021-08-01/2025-12-31}, an archive's span; or one date, the year up to it: the day the
   * pages were saved), in which a date written without its year may take the one year that
   * fits its weekday (default: none).
   */
  public static final String DATE_WINDOW = "dateWindow";

  /**
   * The older property naming a reference date ({@code hadath_time.latestDate = 2025-12-31}):
   * read as {@value #DATE_WINDOW} with that one date, the year up to it.
   */
  public static final String LATEST_DATE = "latestDate";

  private final TimeExtractor extractor;
  /** The days the documents were written in; null: unknown. */
  private final DateWindow window;

  /**
   * CoreNLP's constructor for custom annotators; reads {@code NAME.dateWindow} (or {@code
   * NAME.latestDate}), and fails with a clear message when it is no ISO date or window.
   */
  public TimeAnnotator(String name, Properties props) {
    this.extractor = new TimeExtractor();
    String w = props == null ? null : props.getProperty(name + "." + DATE_WINDOW);
    String key = DATE_WINDOW;
    if (w == null || w.isBlank()) {
      w = props == null ? null : props.getProperty(name + "." + LATEST_DATE);
      key = LATEST_DATE;
    }
    try {
      this.window = w == null || w.isBlank() ? null : DateWindow.parse(w);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + "." + key + " must be YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD, not '"
          + w + "'", e);
    }
  }

  @Override
  public void annotate(Annotation annotation) {
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (text == null || sentences == null) {
      return;
    }
    DocumentDate found = locateDocumentDate(annotation, text, window);
    LocalDate docDate = found == null ? null : found.date();
    if (found != null) {
      if (docDate != null) {
        annotation.set(TimeAnnotations.DocumentDateAnnotation.class, docDate);
      }
      annotation.set(TimeAnnotations.DocumentDateSourceAnnotation.class, found);
    }
    LocalDate standIn = found == null ? null : PartialDates.standIn(found);
    for (int s = 0; s < sentences.size(); s++) {
      CoreMap sentence = sentences.get(s);
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      List<TimeMention> ms = tokens == null ? List.of()
          : standIn == null ? extractor.extract(tokens, text, s, docDate)
          : PartialDates.merge(extractor.extract(tokens, text, s, null),
              extractor.extract(tokens, text, s, standIn), standIn);
      sentence.set(TimeAnnotations.TimeMentionsAnnotation.class,
          Collections.unmodifiableList(ms));
    }
  }

  /** The document date to resolve against (see the class comment), or null (also when it has no year). */
  public static LocalDate documentDate(Annotation annotation, String text) {
    DocumentDate d = locateDocumentDate(annotation, text);
    return d == null ? null : d.date();
  }

  /** The document date and where it came from (see the class comment), or null. */
  public static DocumentDate locateDocumentDate(Annotation annotation, String text) {
    return locateDocumentDate(annotation, text, null);
  }

  /**
   * As {@link #locateDocumentDate(Annotation, String)}, with {@code window} the days the caller
   * says the text was written in ({@link Dateline#locate(String, DateWindow)}; may be null).
   */
  public static DocumentDate locateDocumentDate(Annotation annotation, String text, DateWindow window) {
    DocumentDate known = annotation.get(TimeAnnotations.DocumentDateSourceAnnotation.class);
    LocalDate d = annotation.get(TimeAnnotations.DocumentDateAnnotation.class);
    if (known != null && Objects.equals(known.date(), d)) {
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
    return Dateline.locate(text, window).orElse(null);
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
