package org.hadath.entities.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.hadath.util.ModelFiles;
import org.hadath.util.ModelFormatException;
import org.junit.jupiter.api.Test;

/** The rows of {@code date-labels.tsv}, checked at load without the packaged models. */
class DateLabelsTest {

  private static Set<String> labels(String... lines) {
    return TimeLexicon.dateLabels(ModelFiles.parse("time/date-labels.tsv", List.of(lines), ModelFiles.Layout.fields(1, 1)));
  }

  @Test
  void labelsAreReadAsTheirMatchKeys() {
    Set<String> s = labels("# labels", "التاريخ", "آخر  تحديث", "Updated");
    assertEquals(3, s.size());
    assertTrue(TimeLexicon.get().labelsADate("آخر تحديث"));
    assertTrue(TimeLexicon.get().labelsADate("UPDATED"));
    assertFalse(TimeLexicon.get().labelsADate(null));
    assertFalse(TimeLexicon.get().labelsADate("المرصد"));
  }

  @Test
  void aLabelWrittenWithItsColonNamesFileAndLine() {
    ModelFormatException e = assertThrows(ModelFormatException.class, () -> labels("# labels", "التاريخ", "تاريخ النشر:"));
    assertTrue(e.getMessage().startsWith("time/date-labels.tsv:3:"), e.getMessage());
  }

  @Test
  void aLabelWithADigitOrASecondColumnNamesFileAndLine() {
    ModelFormatException d = assertThrows(ModelFormatException.class, () -> labels("التاريخ", "تحديث 2"));
    assertTrue(d.getMessage().startsWith("time/date-labels.tsv:2:"), d.getMessage());
    ModelFormatException c = assertThrows(ModelFormatException.class, () -> labels("التاريخ\tنشر"));
    assertTrue(c.getMessage().startsWith("time/date-labels.tsv:1:"), c.getMessage());
  }
}
