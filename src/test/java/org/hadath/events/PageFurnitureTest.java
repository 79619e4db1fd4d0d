package org.hadath.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.RangeSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hadath.util.ModelFormatException;
import org.junit.jupiter.api.Test;

/** Page furniture found from structure and cues, on pages written for the test (test-data/events/furniture). */
class PageFurnitureTest {
  private final PageFurniture furniture = PageFurniture.getDefault();

  private static String page(String name) throws IOException {
    return Files.readString(Path.of("test-data/events/furniture", name), StandardCharsets.UTF_8);
  }

  private static boolean in(RangeSet<Integer> r, String text, String words) {
    int at = text.indexOf(words);
    assertTrue(at >= 0, words);
    return r.contains(at);
  }

  @Test
  void headlinesAfterTheBodyListsAndCommentFormsAreFurniture() throws IOException {
    String t = page("page-news.txt");
    RangeSet<Integer> r = furniture.ranges(t);
    assertFalse(in(r, t, "غارات جوية على بلدة الحمرا"), "the article's own headline");
    assertFalse(in(r, t, "قتل أربعة مدنيين"), "the body");
    assertFalse(in(r, t, "موجة نزوح"), "the body's last paragraph");
    assertTrue(in(r, t, "قصف مدفعي يطال"), "a headline after the body");
    assertTrue(in(r, t, "مقالات ذات صلة"), "a list heading");
    assertTrue(in(r, t, "اشتباكات عنيفة على محور"), "a related story");
    assertTrue(in(r, t, "مقتل قيادي في انفجار"), "a related story");
    assertTrue(in(r, t, "اترك تعليقاً"), "a comment form");
  }

  @Test
  void socialChromeEndsThePostAndRepeatedTitlesAreFurniture() throws IOException {
    String t = page("page-social.txt");
    RangeSet<Integer> r = furniture.ranges(t);
    assertFalse(in(r, t, "شبكة أخبار المنطقة"), "the first page title");
    assertTrue(r.contains(t.indexOf("شبكة أخبار المنطقة", 5)), "the page title repeated");
    assertFalse(in(r, t, "قصف مدفعي على قرية البارة"), "the post");
    assertTrue(in(r, t, "All reactions"), "reaction counts glued to the post");
    assertTrue(in(r, t, "الله يحمي أهلنا من القصف"), "a comment");
  }

  @Test
  void aCaptureThatIsOnlyASitesHeadlineListIsFurniture() throws IOException {
    String t = page("page-headlines.txt");
    RangeSet<Integer> r = furniture.ranges(t);
    assertTrue(in(r, t, "غارة بطائرة مسيّرة تستهدف"), "another story's headline in a list without an article");
    assertTrue(in(r, t, "أمطار غزيرة تغمر"), "the list's last headline");
    // a post told in short lines is no list of headlines
    String post = page("post-lines.txt");
    assertFalse(in(furniture.ranges(post), post, "الذي قضى جراء قصف مدفعي"), "a funeral notice in short lines");
  }

  @Test
  void aSingleSentenceOrNothingHasNoFurniture() {
    String s = "انفجرت سيارة مفخخة قرب حاجز للشرطة في حي الكرادة ببغداد مساء الأحد.";
    assertTrue(furniture.ranges(s).isEmpty());
    assertTrue(furniture.ranges("").isEmpty());
    assertTrue(furniture.ranges(null).isEmpty());
  }

  @Test
  void aBadCueFileNamesItsLine(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path f = dir.resolve("furniture.tsv");
    Files.writeString(f, "@kind\tregex\nLIST\tذات صله\nMENU\tx\n", StandardCharsets.UTF_8);
    ModelFormatException e = org.junit.jupiter.api.Assertions.assertThrows(ModelFormatException.class,
        () -> PageFurniture.load(org.hadath.util.ModelFiles.overrides(dir, "events/")));
    assertTrue(e.getMessage().contains(":3"), e.getMessage());
    assertEquals(true, e.getMessage().contains("LIST or END"));
  }
}
