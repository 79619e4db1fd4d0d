package org.hadath.events.arguments.fallback;

import static org.hadath.events.arguments.fallback.FallbackRuns.fill;
import static org.hadath.events.arguments.fallback.FallbackRuns.texts;
import static org.hadath.events.arguments.fallback.FallbackRuns.trigger;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.hadath.entities.actors.ActorCategory;
import org.hadath.events.EventType;
import org.hadath.events.Role;
import org.hadath.events.arguments.ArgumentKinds;
import org.hadath.events.arguments.ArgumentSpans;
import org.hadath.events.arguments.Candidate;
import org.hadath.events.sentence.HandSentence;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.WordClasses;
import org.junit.jupiter.api.Test;

/**
 * The fallbacks for doers, sides and weapons that news names indirectly (issue #17): after
 * مصدره, by announcing the attack, as "both sides", through a possessive, with ب after the
 * object. Hand-built parses of invented sentences, no CoreNLP model.
 */
class RoleFallbacksTest {
  private final WordClasses words = HandSentence.words();
  private final ArgumentKinds kinds = new ArgumentKinds(words);
  private final ArgumentSpans spans = new ArgumentSpans(kinds);

  @Test
  void agentAfterFireOriginReadAsItsOwnClause() {
    // أصيب مدنيان بقصف صاروخي مصدره ميليشيا الحزب: the parse makes مصدره the subject of ميليشيا
    SentenceView v = HandSentence.parse("أصيب/VBN/0/root مدنيان/NN/1/nsubj:pass ب/IN/4/case قصف/NN/1/obl"
        + " صاروخي/JJ/4/amod مصدر/NN/8/nsubj ه/PRP$/6/nmod ميليشيا/NN/1/ccomp الحزب/DTNN/8/nmod")
        .actor(7, 9, "hezbollah", ActorCategory.MILITIA).build();
    List<Candidate> out = fill(new AgentAfterFireOrigin(words), v, trigger(3, EventType.STRIKE), List.of());
    assertEquals(List.of("ميليشيا الحزب"), texts(out, Role.AGENT));
  }

  @Test
  void noFireOriginNoAgent() {
    // أصيب مدنيان بقصف صاروخي على البلدة
    SentenceView v = HandSentence.parse("أصيب/VBN/0/root مدنيان/NN/1/nsubj:pass ب/IN/4/case قصف/NN/1/obl"
        + " صاروخي/JJ/4/amod على/IN/7/case البلدة/DTNN/4/nmod").build();
    assertEquals(List.of(), texts(fill(new AgentAfterFireOrigin(words), v, trigger(3, EventType.STRIKE), List.of()),
        Role.AGENT));
  }

  @Test
  void armedGroupAnnouncingAStrikeIsItsDoer() {
    // أعلنت الهيئة قصف مواقع الجيش في البلدة
    SentenceView v = HandSentence.parse("أعلنت/VBD/0/root الهيئة/DTNN/1/nsubj قصف/NN/1/obj مواقع/NNS/3/nmod"
        + " الجيش/DTNN/4/nmod في/IN/7/case البلدة/DTNN/3/nmod")
        .actor(1, 2, "hts", ActorCategory.REBEL_GROUP).actor(4, 5, "saa", ActorCategory.STATE_FORCES).build();
    List<Candidate> out = fill(new AnnouncerAsDoer(words), v, trigger(2, EventType.STRIKE), List.of());
    assertEquals(List.of("الهيئة"), texts(out, Role.AGENT));
  }

  @Test
  void aDenialOrAnOutletClaimsNothing() {
    // نفت الهيئة قصف مواقع الجيش
    SentenceView denial = HandSentence.parse("نفت/VBD/0/root الهيئة/DTNN/1/nsubj قصف/NN/1/obj مواقع/NNS/3/nmod"
        + " الجيش/DTNN/4/nmod").actor(1, 2, "hts", ActorCategory.REBEL_GROUP).build();
    assertEquals(List.of(), texts(fill(new AnnouncerAsDoer(words), denial, trigger(2, EventType.STRIKE), List.of()),
        Role.AGENT));
    // ذكرت الوكالة قصف مواقع الجيش
    SentenceView outlet = HandSentence.parse("ذكرت/VBD/0/root الوكالة/DTNN/1/nsubj قصف/NN/1/obj مواقع/NNS/3/nmod"
        + " الجيش/DTNN/4/nmod").actor(1, 2, "sana", ActorCategory.MEDIA_MONITOR).build();
    assertEquals(List.of(), texts(fill(new AnnouncerAsDoer(words), outlet, trigger(2, EventType.STRIKE), List.of()),
        Role.AGENT));
  }

  @Test
  void announcerNamedInBracketsAfterAGenericHeadIsAClashSide() {
    // أعلنت فصائل ( النصر المبين ) قنص عنصرين
    SentenceView v = HandSentence.parse("أعلنت/VBD/0/root فصائل/NNS/1/nsubj (/PUNC/4/punct النصر/DTNN/2/nmod"
        + " المبين/DTJJ/4/amod )/PUNC/4/punct قنص/NN/1/obj عنصرين/NN/7/nmod")
        .actor(3, 5, null, ActorCategory.REBEL_GROUP).build();
    List<Candidate> out = fill(new AnnouncerAsDoer(words), v, trigger(6, EventType.CLASH), List.of());
    assertEquals(List.of("النصر المبين"), texts(out, Role.PARTICIPANT));
  }

  @Test
  void bothSidesAreTheTwoArmedActorsNamedBefore() {
    // استهدف التنظيم نقطة لقسد خلال المواجهات بين الطرفين
    SentenceView v = HandSentence.parse("استهدف/VBD/0/root التنظيم/DTNN/1/nsubj نقطة/NN/1/obj ل/IN/5/case"
        + " قسد/NNP/3/nmod خلال/IN/7/case المواجهات/DTNNS/1/obl بين/IN/9/case الطرفين/DTNN/7/nmod")
        .actor(1, 2, "isis", ActorCategory.REBEL_GROUP).actor(4, 5, "sdf", ActorCategory.REBEL_GROUP).build();
    Candidate pointer = new Candidate(Role.PARTICIPANT, 8, v.span(8, 9), v.span(8, 9), "test");
    List<Candidate> out = fill(new BothSides(words), v, trigger(6, EventType.CLASH), List.of(pointer));
    assertEquals(List.of("التنظيم", "قسد"), texts(out, Role.PARTICIPANT));
  }

  @Test
  void possessiveOnAClashWordNamesItsSide() {
    // استأنفت قسد عملياتها ضد التنظيم
    SentenceView v = HandSentence.parse("استأنفت/VBD/0/root قسد/NNP/1/nsubj عمليات/NNS/1/obj ها/PRP$/3/nmod"
        + " ضد/NN/6/case التنظيم/DTNN/3/nmod")
        .actor(1, 2, "sdf", ActorCategory.REBEL_GROUP).actor(5, 6, "isis", ActorCategory.REBEL_GROUP).build();
    Candidate other = new Candidate(Role.PARTICIPANT, 5, v.span(5, 6), v.span(5, 6), "test");
    List<Candidate> out = fill(new PossessorAsDoer(), v, trigger(2, EventType.CLASH), List.of(other));
    assertEquals(List.of("التنظيم", "قسد"), texts(out, Role.PARTICIPANT));
  }

  @Test
  void weaponWithBiAfterTheObjectIsTheInstrument() {
    // استهدفت قوات النظام بلدة الريحان بالقذائف المدفعية والرشاشات
    SentenceView v = HandSentence.parse("استهدفت/VBD/0/root قوات/NNS/1/nsubj النظام/DTNN/2/nmod بلدة/NN/1/obj"
        + " الريحان/DTNN/4/nmod ب/IN/7/case القذائف/DTNNS/4/nmod المدفعية/DTJJ/7/amod و/CC/10/cc"
        + " الرشاشات/DTNNS/7/conj").actor(1, 3, "saa", ActorCategory.STATE_FORCES).build();
    List<Candidate> out = fill(new InstrumentAfterBi(words, kinds, spans), v, trigger(0, EventType.STRIKE), List.of());
    assertEquals(List.of("القذائف المدفعية", "الرشاشات"), texts(out, Role.INSTRUMENT));
  }

  @Test
  void noWeaponOfANewClauseAndNoRocketsOnAClash() {
    // شن التنظيم هجوما على قواتنا و نرد بالصواريخ
    SentenceView v = HandSentence.parse("شن/VBD/0/root التنظيم/DTNN/1/nsubj هجوما/NN/1/obj على/IN/5/case"
        + " قوات/NNS/3/nmod نا/PRP$/5/nmod و/CC/8/cc نرد/VBP/1/conj ب/IN/10/case الصواريخ/DTNNS/8/obl").build();
    assertEquals(List.of(), texts(fill(new InstrumentAfterBi(words, kinds, spans), v, trigger(2, EventType.CLASH),
        List.of()), Role.INSTRUMENT));
    // اشتبك المقاتلون مع المسلحين بالرشاشات
    SentenceView guns = HandSentence.parse("اشتبك/VBD/0/root المقاتلون/DTNNS/1/nsubj مع/IN/4/case"
        + " المسلحين/DTNNS/1/obl ب/IN/6/case الرشاشات/DTNNS/4/nmod").build();
    assertEquals(List.of("الرشاشات"), texts(fill(new InstrumentAfterBi(words, kinds, spans), guns,
        trigger(0, EventType.CLASH), List.of()), Role.INSTRUMENT));
  }

  @Test
  void aWeaponTriggerIsItsOwnInstrument() {
    // سقطت قذيفتين صاروخيتين على الأراضي الزراعية
    SentenceView v = HandSentence.parse("سقطت/VBD/0/root قذيفتين/NNS/1/nsubj صاروخي/JJ/2/amod على/IN/5/case"
        + " الأراضي/DTNN/2/nmod").build();
    List<Candidate> out = fill(new TriggerAsInstrument(kinds, spans), v, trigger(1, EventType.STRIKE), List.of());
    assertEquals(List.of("قذيفتين صاروخي"), texts(out, Role.INSTRUMENT));
    // قصف البلدة: a strike word that names no weapon
    SentenceView noun = HandSentence.parse("قصف/NN/0/root البلدة/DTNN/1/nmod").build();
    assertEquals(List.of(), texts(fill(new TriggerAsInstrument(kinds, spans), noun, trigger(0, EventType.STRIKE),
        List.of()), Role.INSTRUMENT));
  }

  @Test
  void anActorAfterAndFollowingADoerIsADoerToo() {
    // قتل مدني بقصف لقوات النظام و روسيا على المدينة
    SentenceView v = HandSentence.parse("قتل/VBN/0/root مدني/NN/1/nsubj:pass ب/IN/4/case قصف/NN/1/obl"
        + " ل/IN/6/case قوات/NNS/4/nmod النظام/DTNN/6/nmod و/CC/9/cc روسيا/NNP/1/conj على/IN/11/case"
        + " المدينة/DTNN/4/nmod")
        .actor(5, 7, "saa", ActorCategory.STATE_FORCES).country(8, 9, "ru").build();
    Candidate first = new Candidate(Role.AGENT, 5, v.span(5, 7), v.span(5, 6), "test");
    List<Candidate> out = fill(new ActorConjunctAfter(kinds), v, trigger(3, EventType.STRIKE), List.of(first));
    assertEquals(List.of("قوات النظام", "روسيا"), texts(out, Role.AGENT));
  }
}
