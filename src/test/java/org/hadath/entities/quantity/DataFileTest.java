package org.hadath.entities.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The data-file reader fails loudly, naming file and line. */
class DataFileTest {

  @Test
  void malformedLineNamesFileAndLine() {
    String data = "# comment\nثلاثة\t3\tm\tUNIT\n\nعشرون 20 - TEN\n";
    DataFile.DataFormatException e = assertThrows(DataFile.DataFormatException.class,
        () -> DataFile.parse("number-words.tsv", new StringReader(data), 4, 5));
    assertEquals(4, e.line());
    assertTrue(e.getMessage().startsWith("number-words.tsv:4:"), e.getMessage());
  }

  @Test
  void badIntegerNamesFileAndLine() throws Exception {
    List<DataFile.Row> rows = DataFile.parse("x.tsv", new StringReader("a\tb\n"), 2, 2);
    DataFile.DataFormatException e =
        assertThrows(DataFile.DataFormatException.class, () -> rows.get(0).intColumn(1));
    assertTrue(e.getMessage().startsWith("x.tsv:1:"), e.getMessage());
  }

  @Test
  void shippedFilesLoad() {
    assertEquals(3, QuantityLexicon.get().numberWord("ثلاث").value());
    assertTrue(QuantityLexicon.get().isPersonDual("طفلين"));
  }
}
