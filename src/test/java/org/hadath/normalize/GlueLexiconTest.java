package org.hadath.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** The packaged glued-word lexicon and the checks on its model file. */
class GlueLexiconTest {
  @TempDir Path dir;

  private static final GlueSplitter PACKAGED = GlueSplitter.of(ModelFiles.packaged());

  private static String split(String text) {
    return PACKAGED.split(ArabicTextNormalizer.getInstance().normalize(text)).normalized();
  }

  @Test
  void packagedNamesAndTailsCutPostsTheWayTheyAreCaptured() {
    // names of the gazetteer, tails from triggers, place cues and the families file
    assertEquals("سقوط قذائف على تل رفعت قصفت المدفعية", split("سقوط قذائف على تل رفعتقصفت المدفعية"));
    assertEquals("قرب سد تشرين فقد رجل حياته", split("قرب سد تشرينفقد رجل حياته"));
    assertEquals("في ريف منبج أصيب طفل", split("في ريف منبجأصيب طفل"));
    assertEquals("غربي حلب قصف مدفعي", split("غربي حلبقصف مدفعي"));
    assertEquals("جنوب سرمين محافظة إدلب", split("جنوب سرمينمحافظة إدلب"));
    // a tatweel-broken verb is joined first, then cut off the name
    assertEquals("ريف تل أبيض قصفت", split("ريف تل أبيضقصـ ـفت"));
  }

  @Test
  void packagedLexiconLeavesOrdinaryWordsWhole() {
    String text = "قصفت الطائرات البلدات الحدودية والتلفزيون الرسمي أعلن مقتل العسكريين في الميادين";
    assertEquals(text, split(text));
    // a name's last word without the name's other words before it
    assertEquals("لون أبيضقصفت", split("لون أبيضقصفت"));
  }

  @Test
  void aBadFamilyRowNamesFileAndLine() throws IOException {
    Path f = Files.createDirectories(dir.resolve("normalize")).resolve("glued-words.tsv");
    Files.writeString(f, String.join("\n", ModelFiles.packaged().lines(GlueLexicon.RESOURCE))
        + "\ntail\t(قصف\tunclosed group\n");
    int line = Files.readAllLines(f).size();
    ModelFormatException e = assertThrows(ModelFormatException.class,
        () -> GlueLexicon.load(ModelFiles.overrides(dir)));
    assertEquals(line, e.line(), e.getMessage());
    assertTrue(e.getMessage().contains("glued-words.tsv:" + line), e.getMessage());
  }

  @Test
  void anUnknownKindIsRejected() throws IOException {
    Path f = Files.createDirectories(dir.resolve("normalize")).resolve("glued-words.tsv");
    Files.writeString(f, "@kind\tregex\tnote\nhead\tقصف\tnot a kind\n");
    ModelFormatException e = assertThrows(ModelFormatException.class,
        () -> GlueLexicon.load(ModelFiles.overrides(dir)));
    assertEquals(2, e.line(), e.getMessage());
  }

  @Test
  void anEditedFamiliesFileIsRead() throws IOException {
    Path f = Files.createDirectories(dir.resolve("normalize")).resolve("glued-words.tsv");
    Files.writeString(f, "@kind\tregex\tnote\ntail\tحسبنا\ta comment's opening word\n");
    GlueSplitter edited = GlueSplitter.of(ModelFiles.overrides(dir));
    String text = ArabicTextNormalizer.getInstance().normalize("أهالي منبجحسبنا").normalized();
    assertEquals(List.of(10), edited.cuts(text));
    assertEquals(List.of(), PACKAGED.cuts(text));
  }
}
