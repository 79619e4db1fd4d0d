package org.hadath.entities.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hadath.util.ModelFiles;
import org.hadath.util.ModelFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names of people after a cue word, read from the words alone (sentences written for the test). */
class PersonNamesTest {

  private static final PersonNames NAMES = PersonNames.defaults();

  @TempDir
  Path dir;

  private static List<String> texts(String text) {
    return NAMES.find(text).stream().map(f -> text.substring(f.begin(), f.end())).toList();
  }

  @Test
  void aNameAfterATitleOrACalledVerb() {
    assertEquals(List.of("سامر خليل العبدو"), texts("وقتل الشاب سامر خليل العبدو بقصف على القرية."));
    assertEquals(List.of("هند يوسف"), texts("أصيبت الطفلة (هند يوسف) بجروح خطيرة."));
    assertEquals(List.of("عمار الشيخ"), texts("وقضى مزارع يدعى عمار الشيخ في أرضه."));
    assertEquals(List.of("ماهر سعيد"), texts("والشهيد ماهر سعيد من أبناء البلدة."), "a conjunction glued on the cue");
    assertEquals(List.of("عبد الكريم كيالي"), texts("رحل الشاب الخلوق المهذب عبد الكريم كيالي"),
        "adjectives with the article before the name");
  }

  @Test
  void aNameEndsAtAStopWordPunctuationOrALineBreak() {
    assertEquals(List.of("وائل حمدان"), texts("الطفل وائل حمدان البالغ من العمر عشر سنوات"));
    assertEquals(List.of("نور الحسن"), texts("الشهيدة نور الحسن، والشهيد"));
    assertEquals(List.of("كامل ياسين"), texts("الشهيد كامل ياسين\nالشهيد"), "the next line is another name");
    assertEquals(List.of("وليد حمود سليم الأحمد"), texts("الشهيد وليد حمود سليم الأحمد الخطيب"), "at most four parts");
  }

  @Test
  void aGivenNameAloneOrNoNameIsNone() {
    assertTrue(texts("قتل الشاب أحمد بقصف مدفعي").isEmpty(), "one part");
    assertTrue(texts("الطفل في المدرسة").isEmpty());
    assertTrue(texts("الشهيد Ahmad Khalil").isEmpty(), "Latin letters");
    assertTrue(texts("الشهيد 3 مدنيين").isEmpty());
  }

  @Test
  void aLinkWordIsOnePartWithTheNextWord() {
    PersonNames.Found f = NAMES.find("المسن عبد الكريم حسون").get(0);
    assertEquals(2, f.parts().size());
    assertEquals(NAMES.parts("عبد الكريم حسون"), f.parts(), "read back from the name alone, the same parts");
  }

  @Test
  void oneGivenNameAndAnotherPartInCommonIsOnePerson() {
    assertTrue(PersonNames.samePerson(NAMES.parts("نارين سليم الخالد"), NAMES.parts("نارين الخالد")));
    assertFalse(PersonNames.samePerson(NAMES.parts("نارين سليم"), NAMES.parts("سليم نارين")), "the given name first");
    assertFalse(PersonNames.samePerson(NAMES.parts("محمد سليم"), NAMES.parts("محمد")), "two parts needed");
    assertTrue(PersonNames.samePerson(NAMES.parts("نادر داوود"), NAMES.parts("نادر داود"),
        (a, b) -> a.replace("و", "").equals(b.replace("و", ""))), "the caller's comparison of parts");
  }

  @Test
  void aBadRoleNamesFileAndLine() throws IOException {
    Path f = Files.createDirectories(dir.resolve("entities")).resolve("person_cues.tsv");
    Files.writeString(f, "form\trole\nالشهيد\tCUE\nعبد\tJOINS\n");
    ModelFormatException e = assertThrows(ModelFormatException.class, () -> PersonNames.load(ModelFiles.overrides(dir)));
    assertEquals(3, e.line(), e.getMessage());
    assertTrue(e.getMessage().contains("person_cues.tsv:3"), e.getMessage());
  }

  @Test
  void theLoadedCopyReadsAsThePackagedModel() throws IOException {
    Path f = Files.createDirectories(dir.resolve("entities")).resolve("person_cues.tsv");
    Files.writeString(f, String.join("\n", ModelFiles.packaged().lines(PersonNames.MODEL)) + "\n");
    String text = "قتل الطفل سامر خليل وجرح المواطن عبد الله حسين";
    assertEquals(NAMES.find(text), PersonNames.load(ModelFiles.overrides(dir)).find(text));
  }
}
