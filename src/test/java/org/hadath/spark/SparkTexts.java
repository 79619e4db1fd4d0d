package org.hadath.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.hadath.util.TextFiles;

/** Short news texts written for the Spark tests (invented details), and the project's example. */
final class SparkTexts {
  private SparkTexts() {}

  static final String CLASH = "اندلعت اشتباكات عنيفة مساء أمس بين قوات النظام وفصائل المعارضة على أطراف "
      + "بلدة اللطامنة في ريف حماة الشمالي، قتل خلالها أربعة عناصر من قوات النظام.";

  static final String EVACUATION = "نزحت أكثر من 300 عائلة من قرى ريف إدلب الجنوبي خلال الأيام الثلاثة "
      + "الماضية هرباً من القصف المتواصل على المنطقة.";

  static final String NOTHING = "افتتحت وزارة التربية اليوم مدرسة جديدة في مدينة حمص تتسع لألف طالب.";

  /** {@code test-data/examples/strike.txt}: an air strike with casualties, a clash, displacement. */
  static String strike() {
    try {
      return TextFiles.readUtf8(Path.of(System.getProperty("hadath.testData", "test-data"), "examples", "strike.txt"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
