package org.hadath.entities.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hadath.testing.SharedPipeline;
import org.junit.jupiter.api.Test;

/** Actor recognition on sentences written for these tests in news style. */
class ActorAnnotatorTest {

  private static final ActorAnnotator ANNOTATOR = new ActorAnnotator("hadath_actors", null);

  /** Annotates and checks the offset invariant of every mention. */
  static List<ActorMention> actors(String text) {
    Annotation a = SharedPipeline.annotate(text);
    ANNOTATOR.annotate(a);
    String doc = a.get(CoreAnnotations.TextAnnotation.class);
    List<ActorMention> all = new ArrayList<>();
    for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
      for (ActorMention m : s.get(ActorAnnotations.ActorMentionsAnnotation.class)) {
        assertEquals(m.text(), doc.substring(m.begin(), m.end()), "offsets of " + m);
        if (m.noun() != null) {
          assertEquals(m.noun().text(), doc.substring(m.noun().begin(), m.noun().end()));
        }
        all.add(m);
      }
    }
    return all;
  }

  static Optional<ActorMention> find(List<ActorMention> ms, String text) {
    return ms.stream().filter(m -> m.text().equals(text)).findFirst();
  }

  static ActorMention get(List<ActorMention> ms, String text) {
    return find(ms, text).orElseThrow(() -> new AssertionError("no mention '" + text + "' in "
        + ms.stream().map(ActorMention::text).toList()));
  }

  @Test
  void sdfAliasFamily() {
    List<ActorMention> ms = actors("قالت قوات سوريا الديمقراطية إن قسد سيطرت على القرية، "
        + "وأكدت قوات سورية الديمقراطية ذلك.");
    assertEquals("sdf", get(ms, "قوات سوريا الديمقراطية").actorId());
    assertEquals("sdf", get(ms, "قسد").actorId());
    assertEquals("sdf", get(ms, "قوات سورية الديمقراطية").actorId());
  }

  @Test
  void isisAliasFamily() {
    List<ActorMention> ms = actors("هاجم تنظيم الدولة الإسلامية مواقع الجيش، بينما قال "
        + "مسؤول إن داعش والدولة الإسلامية في العراق والشام اسمان لتنظيم واحد.");
    assertEquals("isis", get(ms, "تنظيم الدولة الإسلامية").actorId());
    assertEquals("isis", get(ms, "داعش").actorId());
    assertEquals("isis", get(ms, "الدولة الإسلامية في العراق والشام").actorId());
  }

  @Test
  void coalitionAndRegimeFamilies() {
    List<ActorMention> ms = actors("أغار التحالف الأمريكي على مواقع قرب النهر، وردت قوات "
        + "الحكومة السورية بقصف مدفعي، فيما قصف الجيش العربي السوري مواقع أخرى.");
    assertEquals("coalition", get(ms, "التحالف الأمريكي").actorId());
    assertEquals("saa", get(ms, "قوات الحكومة السورية").actorId());
    assertEquals("saa", get(ms, "الجيش العربي السوري").actorId());
    assertEquals("syria-gov", get(ms, "قوات الحكومة السورية").affiliation());
  }

  @Test
  void monitorsAndAgencies() {
    List<ActorMention> ms = actors("وذكر المرصد السوري لحقوق الإنسان أن الحصيلة ارتفعت، "
        + "بحسب ما نقلته وكالة الصحافة الفرنسية ورويترز والدفاع المدني.");
    assertEquals("sohr", get(ms, "المرصد السوري لحقوق الإنسان").actorId());
    assertEquals(ActorCategory.MEDIA_MONITOR,
        get(ms, "المرصد السوري لحقوق الإنسان").category());
    assertEquals("afp", get(ms, "وكالة الصحافة الفرنسية").actorId());
    assertEquals("reuters", get(ms, "رويترز").actorId());
    assertEquals("white-helmets", get(ms, "الدفاع المدني").actorId());
  }

  @Test
  void gluedAndSplitClitics() {
    List<ActorMention> ms = actors("وقال مصدر مقرب من وقسد إن طائرات تابعة لـ«التحالف الدولي» "
        + "قصفت المنطقة، واتصل بالتحالف قادة محليون.");
    ActorMention sdf = ms.stream().filter(m -> "sdf".equals(m.actorId())).findFirst()
        .orElseThrow();
    assertEquals("قسد", sdf.text(), "the glued و stays outside the span");
    assertEquals("التحالف الدولي", get(ms, "التحالف الدولي").text());
    assertTrue(ms.stream().anyMatch(m -> m.text().equals("التحالف")
        && "coalition".equals(m.actorId())));
  }

  @Test
  void quotesAndDashesInsideName() {
    List<ActorMention> ms = actors("وتقدمت «قوات سورية الديمقراطية– قسد» نحو البلدة، "
        + "وأعلنت «قسد» مقتل عنصرين.");
    assertEquals("sdf", get(ms, "قوات سورية الديمقراطية– قسد").actorId());
    assertEquals("sdf", get(ms, "قسد").actorId());
  }

  @Test
  void longestMatchWins() {
    List<ActorMention> ms = actors("أعلنت وزارة الدفاع الروسية أن القوات الروسية نفذت غارات.");
    assertEquals("russia-mod", get(ms, "وزارة الدفاع الروسية").actorId());
    assertEquals("russia-forces", get(ms, "القوات الروسية").actorId());
    assertTrue(find(ms, "الروسية").isEmpty());
  }

  @Test
  void nounOfGroup() {
    List<ActorMention> ms = actors("هاجم داعش الموقع، ثم انسحب مسلحي التنظيم، واعتقلت "
        + "الدورية عناصر من «قسد» واشتبك مقاتلو الحشد الشعبي معهم.");
    ActorMention a = get(ms, "مسلحي التنظيم");
    assertEquals("isis", a.actorId());
    assertEquals("مسلحي", a.noun().text());
    assertEquals(PeopleCategory.FIGHTERS, a.noun().category());
    assertEquals("isis", a.group().actorId());
    assertTrue(a.viaAnaphor());
    ActorMention b = get(ms, "عناصر من «قسد");
    assertEquals("sdf", b.group().actorId());
    assertEquals("قسد", b.group().text());
    assertEquals("pmf", get(ms, "مقاتلو الحشد الشعبي").actorId());
  }

  @Test
  void tanzeemNeedsPriorIsis() {
    List<ActorMention> before = actors("قال التنظيم في بيان إنه سيواصل عمله.");
    assertTrue(before.isEmpty(), "no ISIS before: " + before);
    List<ActorMention> after = actors("هاجم تنظيم داعش حاجزا، وقال التنظيم في بيان إنه قتل "
        + "جنديين.");
    ActorMention t = get(after, "التنظيم");
    assertEquals("isis", t.actorId());
    assertTrue(t.viaAnaphor());
  }

  @Test
  void anEpithetTiesAShortFormToItsActorWithNoAliasBefore() {
    // deaths6: النظام alone is a common noun until named; with an epithet it is the regime's forces
    List<ActorMention> ms = actors("توفي طفل متأثراً بجراحه نتيجة قصف النظام المجرم على بلدة الهبيط.");
    ActorMention n = get(ms, "النظام");
    assertEquals("saa", n.actorId());
    assertTrue(actors("أعلنت الحكومة تعديل النظام الداخلي للمجلس.").stream()
        .noneMatch(m -> m.text().equals("النظام")), "a bare النظام with no epithet stays a common noun");
  }

  @Test
  void shortFormPicksMostRecentCandidate() {
    List<ActorMention> ms = actors("نقلت سانا الخبر، ثم نقلت رويترز عن مصدر، وقالت الوكالة "
        + "إن الحصيلة ارتفعت.");
    assertEquals("reuters", get(ms, "الوكالة").actorId());
  }

  @Test
  void peopleNounsUnresolved() {
    List<ActorMention> ms = actors("قتل خمسة مدنيين بينهم طفلان وامرأة، ونزحت عشرات العائلات.");
    ActorMention c = get(ms, "مدنيين");
    assertNull(c.actorId());
    assertFalse(c.isResolved());
    assertEquals(ActorCategory.CIVILIANS, c.category());
    assertEquals(PeopleCategory.CHILDREN, get(ms, "طفلان").noun().category());
    assertEquals(PeopleNoun.Number.DUAL, get(ms, "طفلان").noun().number());
    assertEquals(PeopleCategory.WOMEN, get(ms, "امرأة").noun().category());
    assertEquals(PeopleCategory.FAMILIES, get(ms, "العائلات").noun().category());
  }

  @Test
  void unknownGroupNeverCrashes() {
    List<ActorMention> ms = actors("اشتبك مسلحون من جماعة الفجر الجديد مع جنود أمس.");
    ActorMention m = get(ms, "مسلحون");
    assertNull(m.actorId());
    assertNull(m.group());
    assertNotNull(m.noun());
    assertEquals(PeopleCategory.SOLDIERS, get(ms, "جنود").noun().category());
  }

  @Test
  void unidentifiedGunmen() {
    List<ActorMention> ms = actors("قتل مسلحون مجهولون عنصرا من الأسايش في الحسكة.");
    assertEquals(ActorCategory.UNIDENTIFIED_ARMED, get(ms, "مسلحون مجهولون").category());
    ActorMention x = get(ms, "عنصرا من الأسايش");
    assertEquals("asayish", x.actorId());
    assertEquals("sdf", x.affiliation());
  }
}
