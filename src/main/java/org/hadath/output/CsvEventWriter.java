package org.hadath.output;

import com.google.common.base.Preconditions;
import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hadath.events.DocumentEvents;

/**
 * {@link OutputFormat#CSV}: the ACLED-shaped event table ({@link AcledRows}), one row per
 * event, RFC 4180 (comma-separated, CRLF line ends, fields quoted when needed), written by
 * Apache Commons CSV. The header row is written when the writer opens, so an input without
 * events still gives a table. Write to a UTF-8 stream; {@link #withByteOrderMark} starts the
 * table with a byte-order mark, which spreadsheet programs need to read UTF-8 Arabic.
 */
public final class CsvEventWriter implements EventWriter {
  /** The dialect: RFC 4180 with the table's header. */
  public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
      .setHeader(AcledRows.HEADER.toArray(String[]::new)).get();

  private final CSVPrinter printer;
  private final AcledRows rows;

  /** A writer onto {@code out} with the packaged vocabularies; writes the header. */
  public CsvEventWriter(Writer out) throws IOException {
    this(out, AcledRows.defaults(), false);
  }

  private CsvEventWriter(Writer out, AcledRows rows, boolean bom) throws IOException {
    Preconditions.checkNotNull(out);
    if (bom) {
      out.write('\uFEFF');
    }
    this.rows = Preconditions.checkNotNull(rows);
    this.printer = new CSVPrinter(out, FORMAT);
  }

  /** A writer onto {@code out} with the given row mapper; writes the header. */
  public static CsvEventWriter create(Writer out, AcledRows rows) throws IOException {
    return new CsvEventWriter(out, rows, false);
  }

  /** Like {@link #CsvEventWriter(Writer)}, starting with a UTF-8 byte-order mark (for spreadsheet files). */
  public static CsvEventWriter withByteOrderMark(Writer out) throws IOException {
    return new CsvEventWriter(out, AcledRows.defaults(), true);
  }

  @Override
  public void write(DocumentEvents doc) throws IOException {
    for (int i = 0; i < doc.events().size(); i++) {
      printer.printRecord(rows.row(doc, i));
    }
  }

  @Override
  public void flush() throws IOException {
    printer.flush();
  }

  @Override
  public void close() throws IOException {
    printer.close(true);
  }
}
