package org.hadath.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** {@link IncidentOptions}: the windows that lie within the date window follow it down. */
class IncidentOptionsTest {

  @Test
  void aNarrowerDateWindowNarrowsTheWindowsInsideIt() {
    IncidentOptions d = IncidentOptions.defaults();
    IncidentOptions one = d.withNoteGroupDays(2).withFocusDays(1).withDateWindowDays(1);
    assertEquals(1, one.dateWindowDays());
    assertEquals(1, one.placelessDateDays());
    assertEquals(1, one.noteGroupDays());
    assertEquals(1, one.focusDays());
    // off (-1) stays off; a wider window leaves them as they were
    IncidentOptions off = d.withPlacelessDateDays(-1).withDateWindowDays(0);
    assertEquals(-1, off.placelessDateDays());
    assertEquals(0, off.focusDays());
    IncidentOptions wide = d.withClosing(30, d.maxIdleReports()).withDateWindowDays(5);
    assertEquals(d.placelessDateDays(), wide.placelessDateDays());
    assertEquals(d.focusDays(), wide.focusDays());
    // a window the closing does not exceed is refused
    assertThrows(IllegalArgumentException.class, () -> d.withDateWindowDays(d.closeAfterDays()));
  }
}
