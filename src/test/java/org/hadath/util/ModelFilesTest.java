package org.hadath.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hadath.entities.quantity.QuantityLexicon;
import org.hadath.entities.time.TimeLexicon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one model-file reader: format rules, errors naming file and line, where files come from. */
class ModelFilesTest {

  @TempDir
  Path dir;

  private static ModelFiles.Table parse(String text, ModelFiles.Layout layout) {
    return ModelFiles.parse("t.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), layout);
  }

  @Test
  void wrongFieldCountNamesFileAndLine() {
    ModelFormatException e = assertThrows(ModelFormatException.class,
        () -> parse("# comment\nثلاثة\t3\tm\tUNIT\n\nعشرون 20 - TEN\n", ModelFiles.Layout.fields(4, 5)));
    assertEquals(4, e.line());
    assertTrue(e.getMessage().startsWith("t.tsv:4: expected 4 to 5"), e.getMessage());
  }

  @Test
  void aMissingFieldReadsAsEmptyLikeAnEmptyOne() {
    ModelFiles.Table t = parse("@a\tb\tc\nx\ty\nx\t\tz\n", ModelFiles.Layout.fields(2, 3));
    assertEquals(List.of("@a", "b", "c"), t.header());
    assertEquals("", t.rows().get(0).get(2));
    assertEquals("", t.rows().get(1).get(1));
    assertFalse(t.rows().get(0).has(2));
    ModelFormatException e = assertThrows(ModelFormatException.class, t::requireNonEmptyFields);
    assertTrue(e.getMessage().startsWith("t.tsv:3: field 2 is empty"), e.getMessage());
  }

  @Test
  void typedFieldsNameFileAndLine() {
    ModelFiles.Row r = parse("a\tb\n", ModelFiles.Layout.fields(2, 2)).rows().get(0);
    assertTrue(assertThrows(ModelFormatException.class, () -> r.getInt(1)).getMessage().startsWith("t.tsv:1:"));
    assertTrue(assertThrows(ModelFormatException.class, () -> r.getEnum(java.time.DayOfWeek.class, 0, "day"))
        .getMessage().equals("t.tsv:1: unknown day a"));
  }

  @Test
  void namedHeaderIsChecked() {
    ModelFormatException e = assertThrows(ModelFormatException.class,
        () -> parse("# x\nform\trole\n", ModelFiles.Layout.header(List.of("form", "category"))));
    assertEquals(2, e.line());
    assertEquals(1, parse("\uFEFFform\trole\nو\tOF_LINK\n", ModelFiles.Layout.header(List.of("form", "role")))
        .rows().size());
  }

  @Test
  void invalidUtf8NamesTheLine() {
    byte[] bytes = {'a', '\t', 'b', '\n', 'c', '\t', (byte) 0xC3, '\n'};
    ModelFormatException e = assertThrows(ModelFormatException.class,
        () -> ModelFiles.parse("t.tsv", new ByteArrayInputStream(bytes), ModelFiles.Layout.fields(2, 2)));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
  }

  @Test
  void aMissingPackagedFileIsNamed() {
    ModelFormatException e = assertThrows(ModelFormatException.class,
        () -> ModelFiles.packaged().table("events/nothing.tsv", 2, 2));
    assertTrue(e.getMessage().startsWith("events/nothing.tsv:0:"), e.getMessage());
  }

  @Test
  void monthsAreReadOnceForBothLayers() {
    assertEquals(3, QuantityLexicon.get().numberWord("ثلاث").value());
    assertEquals(Integer.valueOf(3), TimeLexicon.get().month("آذار"));
    assertEquals(1, ModelFiles.reads("time/months.tsv"));
  }

  @Test
  void aUsersFolderReplacesOnlyTheFilesItHolds() throws IOException {
    Files.createDirectories(dir.resolve("events"));
    Files.writeString(dir.resolve("events/classes.tsv"), "@class\tregex\nAIR\tطائره\n");
    ModelFiles models = ModelFiles.overrides(dir);
    ModelFiles.Table mine = models.table("events/classes.tsv", 2, 2);
    assertEquals(1, mine.rows().size());
    assertTrue(mine.file().endsWith("events/classes.tsv") && mine.file().startsWith("/"), mine.file());
    assertEquals(ModelFiles.packaged().table("events/triggers.tsv", 3, 5).rows(),
        models.table("events/triggers.tsv", 3, 5).rows());
    // a name cannot climb out of the user's folder
    assertEquals(ModelFiles.packaged().lines("depparse/upos.tsv"), models.lines("events/../depparse/upos.tsv"));
  }
}
