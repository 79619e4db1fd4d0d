package org.hadath.entities.time;

import edu.stanford.nlp.ling.CoreAnnotation;
import java.time.LocalDate;
import java.util.List;

/** CoreNLP annotation keys of the time layer. */
public final class TimeAnnotations {

  private TimeAnnotations() {}

  /** On each sentence CoreMap: the sentence's time mentions, in text order. */
  public static final class TimeMentionsAnnotation implements CoreAnnotation<List<TimeMention>> {
    @SuppressWarnings({"unchecked", "rawtypes"})
    @Override
    public Class<List<TimeMention>> getType() {
      return (Class) List.class;
    }
  }

  /**
   * On the document: the date relative expressions are resolved against. Set it before
   * annotating when the caller knows the publication date; it wins over CoreNLP's
   * {@code DocDateAnnotation} and over a date found in the text's dateline. The time layer sets
   * it only to a date with its year: a partial one (written without its year) is on
   * {@link DocumentDateSourceAnnotation} alone.
   */
  public static final class DocumentDateAnnotation implements CoreAnnotation<LocalDate> {
    @Override
    public Class<LocalDate> getType() {
      return LocalDate.class;
    }
  }

  /**
   * On the document: the date of {@link DocumentDateAnnotation} with where it came from
   * (caller, DocDate, front matter, dateline, post stamp). Set by the time layer; may be partial
   * ({@link DocumentDate#hasYear()} false, {@link DocumentDate#date()} null) when the text wrote
   * no year and no {@link DateWindow} gave one.
   */
  public static final class DocumentDateSourceAnnotation implements CoreAnnotation<DocumentDate> {
    @Override
    public Class<DocumentDate> getType() {
      return DocumentDate.class;
    }
  }
}
