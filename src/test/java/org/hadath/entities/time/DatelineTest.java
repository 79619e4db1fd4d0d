package org.hadath.entities.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Document dates from front matter and datelines. */
class DatelineTest {

  @Test
  void frontMatter() {
    assertEquals(Optional.of(LocalDate.of(2017, 12, 20)),
        Dateline.find("---\ntitle: x\ndate: 2017-12-20\n---\nنص الخبر."));
  }

  @Test
  void datelineWithMonthNames() {
    assertEquals(Optional.of(LocalDate.of(2019, 3, 2)),
        Dateline.find("دمشق - 02 آذار/مارس 2019\nقصفت الطائرات البلدة."));
    assertEquals(Optional.of(LocalDate.of(2019, 1, 11)),
        Dateline.find("الحسكة، 11 كانون الثاني 2019\nخبر."));
  }

  @Test
  void numericDateline() {
    assertEquals(Optional.of(LocalDate.of(2019, 3, 5)), Dateline.find("5/3/2019\nخبر."));
  }

  @Test
  void dateDeepInBodyIsNotADateline() {
    assertTrue(Dateline.find("سطر\nسطر\nسطر\nفي 02 مارس 2019 وقعت اشتباكات.").isEmpty());
    assertTrue(Dateline.find("").isEmpty());
  }
}
