package org.hadath.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.hadath.events.DocumentEvents;
import org.hadath.events.EventFrame;
import org.hadath.events.Span;
import org.hadath.normalize.ArabicTextNormalizer;
import org.hadath.testing.SharedExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Obfuscation that the normalizer undoes (diacritics, tatweel, presentation forms, bidi
 * marks, Arabic-Indic digits, typographic quotes) must not change a single frame, and the
 * obfuscated run's offsets must point at the obfuscated text's own characters.
 * The texts are written for this test.
 */
class InvarianceTest {

  static Stream<String> texts() {
    return Stream.of(
        "قصفت طائرات حربية روسية بلدة كفرنبل في ريف إدلب الجنوبي يوم الثلاثاء، ما أدى إلى مقتل 7 مدنيين "
            + "بينهم 3 أطفال وإصابة 15 آخرين، بحسب ما أفاد به \"المرصد السوري لحقوق الإنسان\".",
        "اندلعت اشتباكات عنيفة بين قوات النظام وفصائل المعارضة على أطراف مدينة درعا، "
            + "وأسفرت عن مقتل 12 عنصرا من الطرفين.",
        "نزح أكثر من 2000 شخص من قرى ريف حماة الشمالي باتجاه الحدود التركية خلال الأيام الثلاثة الماضية "
            + "هربا من القصف المدفعي.",
        "استسلم 40 مسلحا من تنظيم داعش أنفسهم إلى قوات سوريا الديمقراطية في بلدة الباغوز بعد حصار استمر أسابيع.",
        "نفى الجيش التركي أن تكون طائراته قد قصفت مواقع مدنية في مدينة عفرين، "
            + "مؤكدا أن الغارات استهدفت مقرات المسلحين فقط.",
        "من المتوقع أن يتم إجلاء نحو 500 عائلة من حي الوعر في حمص الأسبوع المقبل بموجب اتفاق بين الطرفين.",
        "سقطت 4 قذائف صاروخية على حي المزة في دمشق صباح اليوم، وأصيب 6 أشخاص بجروح متفاوتة، وفق وكالة سانا.",
        "أعلن التحالف الدولي أن مقاتلاته شنت 23 غارة جوية على مواقع لتنظيم داعش قرب الرقة خلال الأسبوع الماضي.");
  }

  private static String norm(String s) {
    return ArabicTextNormalizer.getInstance().normalize(s).normalized();
  }

  private static String span(Span s) {
    return s == null ? "-" : norm(s.text()) + "@" + s.text().isEmpty();
  }

  private static String quantity(EventFrame.Quantity q) {
    return q == null ? "-" : q.min() + ".." + q.max() + (q.approximate() ? "~" : "") + " " + span(q.span());
  }

  /** A frame without its offsets: everything compared after normalization. */
  static String describe(EventFrame f) {
    StringBuilder sb = new StringBuilder();
    sb.append(f.type()).append(" s").append(f.sentenceIndex()).append(' ').append(f.triggerNorm())
        .append(" [").append(span(f.trigger())).append("] ").append(f.polarity()).append(' ')
        .append(f.modality()).append(f.claimed() ? " claimed" : "").append(' ').append(f.rule());
    f.altTriggers().forEach(a -> sb.append("\n  alt ").append(span(a)));
    List<String> args = new ArrayList<>();
    for (EventFrame.Argument a : f.arguments()) {
      args.add(a.role() + " " + span(a.span()) + " head=" + span(a.head()) + " actor=" + a.actorId()
          + " place=" + a.placeId() + " time=" + a.time() + " " + a.rule());
    }
    args.sort(Comparator.naturalOrder());
    args.forEach(a -> sb.append("\n  ").append(a));
    f.casualties().forEach(c -> sb.append("\n  ").append(c.kind()).append(' ').append(quantity(c.quantity()))
        .append(" victims=").append(c.victims() == null ? null : norm(c.victims())));
    sb.append("\n  count ").append(quantity(f.count()));
    return sb.toString();
  }

  @ParameterizedTest
  @MethodSource("texts")
  void obfuscationChangesNoFrame(String plain) {
    assertInvariant(plain, Obfuscator.obfuscate(plain, false));
  }

  /**
   * Words broken by tatweel and spaces (مـ ـقـ ـتل), which the normalizer joins. FAILS today
   * (reported; not a crash, so not disabled): the quantity and time layers read the original
   * characters (entities.Pieces splits at the spaces inside the broken word), so
   * "مقتل 7 مـ ـدنـ ـييـ ـن" loses its casualty figure and "يـ ـوم الثلاثاء" shrinks to "الثلاثاء".
   */
  @ParameterizedTest
  @MethodSource("texts")
  void wordsBrokenByTatweelChangeNoFrame(String plain) {
    assertInvariant(plain, Obfuscator.obfuscate(plain, true));
  }

  private static void assertInvariant(String plain, String obf) {
    assertNotEquals(plain, obf);
    assertEquals(norm(plain), norm(obf), "the obfuscator must only add what the normalizer removes");
    DocumentEvents p = SharedExtractor.get().extract("plain", plain);
    DocumentEvents o = SharedExtractor.get().extract("obfuscated", obf);
    Frames.assertSane("plain", plain, p);
    Frames.assertSane("obfuscated", obf, o);
    assertFalse(p.events().isEmpty(), "the text must yield a frame: " + plain);
    assertEquals(p.sentences(), o.sentences());
    assertEquals(p.tokens(), o.tokens());
    assertEquals(p.events().stream().map(InvarianceTest::describe).toList(),
        o.events().stream().map(InvarianceTest::describe).toList(), "frames of\n" + obf);
    // offsets of the obfuscated run point at the obfuscated text's own characters
    for (int k = 0; k < o.events().size(); k++) {
      Span ot = o.events().get(k).trigger();
      Span pt = p.events().get(k).trigger();
      assertEquals(ot.text(), obf.substring(ot.begin(), ot.end()));
      assertEquals(norm(pt.text()), norm(ot.text()));
    }
  }

  @Test
  void theObfuscatorUsesEveryDevice() {
    String obf = Obfuscator.obfuscate(texts().findFirst().orElseThrow(), true);
    for (char c : new char[] {'\u0640', '\u064E', '\u202B', '\u200F', '\u200B', '\u00AB'}) {
      assertFalse(obf.indexOf(c) < 0, "no U+" + Integer.toHexString(c) + " in " + obf);
    }
    assertFalse(obf.chars().noneMatch(ch -> ch >= 0x0660 && ch <= 0x0669), "no Arabic-Indic digit in " + obf);
    assertFalse(obf.chars().noneMatch(ch -> ch >= 0x06F0 && ch <= 0x06F9), "no Persian digit in " + obf);
    assertFalse(obf.chars().noneMatch(ch -> ch >= 0xFE70 && ch <= 0xFEFF), "no presentation form in " + obf);
    assertFalse(!obf.contains("\u0640 \u0640"), "no word broken by tatweel in " + obf);
  }
}
