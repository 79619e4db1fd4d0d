package org.hadath.events.arguments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.hadath.entities.actors.ActorCategory;
import org.hadath.events.EventFrame;
import org.hadath.events.EventRules;
import org.hadath.events.Role;
import org.hadath.events.frames.FrameFinder;
import org.hadath.events.sentence.HandSentence;
import org.hadath.events.sentence.SentenceView;
import org.junit.jupiter.api.Test;

/**
 * How a strike's doer is found when news names it indirectly: after من / من قبل, through the
 * noun مصدر, as the subject of a relative light verb, as a country, as the second of two
 * coordinated actors, and as the owner of the weapon. Hand-built parses of invented sentences,
 * the packaged rules, no CoreNLP model.
 */
class AgentArgumentsTest {
  private final FrameFinder finder = new FrameFinder(EventRules.getDefault());

  private List<String> agents(SentenceView v, String trigger) {
    EventFrame f = finder.frames(v, List.of(), List.of(v)).stream()
        .filter(x -> x.trigger().text().equals(trigger)).findFirst().orElseThrow();
    return f.arguments(Role.AGENT).stream().map(a -> a.span().text()).toList();
  }

  @Test
  void agentAfterMin() {
    // أصيب مدني بقصف من ميليشيا قسد
    SentenceView v = HandSentence.parse("أصيب/VBN/0/root مدني/NN/1/nsubj:pass ب/IN/4/case قصف/NN/1/obl"
        + " من/IN/6/case ميليشيا/NN/4/nmod قسد/NNP/6/nmod")
        .actor(5, 7, "sdf", ActorCategory.REBEL_GROUP).build();
    assertEquals(List.of("ميليشيا قسد"), agents(v, "قصف"));
  }

  @Test
  void agentAfterMinQablEvenUnknownAndItsCountryConjunct() {
    // قتل رجل بقصف من قبل الجماعة وإيران
    SentenceView v = HandSentence.parse("قتل/VBN/0/root رجل/NN/1/nsubj:pass ب/IN/4/case قصف/NN/1/obl"
        + " من/IN/7/case قبل/NN/7/case الجماعة/DTNN/4/nmod و/CC/9/cc إيران/NNP/7/conj")
        .country(8, 9, "ir").build();
    assertEquals(List.of("الجماعة", "إيران"), agents(v, "قصف"));
  }

  @Test
  void agentThroughFireOriginNoun() {
    // تعرضت البلدة لقصف مصدره ميليشيا أسد
    SentenceView v = HandSentence.parse("تعرضت/VBD/0/root البلدة/DTNN/1/nsubj ل/IN/4/case قصف/NN/1/obl"
        + " مصدر/NN/4/nmod ه/PRP/5/nmod ميليشيا/NN/5/nmod أسد/NNP/7/nmod")
        .actor(6, 8, "saa", ActorCategory.STATE_FORCES).build();
    assertEquals(List.of("ميليشيا أسد"), agents(v, "قصف"));
  }

  @Test
  void agentOfRelativeLightVerb() {
    // قتل طفل بقصف نفذته قوات النظام
    SentenceView v = HandSentence.parse("قتل/VBN/0/root طفل/NN/1/nsubj:pass ب/IN/4/case قصف/NN/1/obl"
        + " نفذت/VBD/4/acl ه/PRP/5/obj قوات/NNS/5/nsubj النظام/DTNN/7/nmod")
        .actor(6, 8, "saa", ActorCategory.STATE_FORCES).build();
    assertEquals(List.of("قوات النظام"), agents(v, "قصف"));
  }

  @Test
  void secondActorHungOnAWordInsideTheFirst() {
    // قتلت امرأة بقصف قوات النظام السوري وروسيا
    SentenceView v = HandSentence.parse("قتلت/VBN/0/root امرأة/NN/1/nsubj:pass ب/IN/4/case قصف/NN/1/obl"
        + " قوات/NNS/4/nmod النظام/DTNN/5/nmod السوري/DTJJ/6/amod و/CC/9/cc روسيا/NNP/6/conj")
        .actor(4, 7, "saa", ActorCategory.STATE_FORCES).country(8, 9, "ru").build();
    assertEquals(List.of("قوات النظام السوري", "روسيا"), agents(v, "قصف"));
  }

  @Test
  void countryAsSubjectOfLightVerb() {
    // شنت إسرائيل غارات على المطار
    SentenceView v = HandSentence.parse("شنت/VBD/0/root إسرائيل/NNP/1/nsubj غارات/NNS/1/obj على/IN/5/case"
        + " المطار/DTNN/1/obl").country(1, 2, "il").place(4, 5, null).build();
    assertEquals(List.of("إسرائيل"), agents(v, "غارات"));
  }

  @Test
  void ownerOfTheWeaponAfterBa() {
    // هجوم بمسيرة تركية على الموقع
    SentenceView v = HandSentence.parse("هجوم/NN/0/root ب/IN/3/case مسيرة/NN/1/nmod تركية/JJ/3/amod"
        + " على/IN/6/case الموقع/DTNN/3/nmod").build();
    EventFrame f = finder.frames(v, List.of(), List.of(v)).get(0);
    assertEquals("مسيرة", f.arguments(Role.INSTRUMENT).get(0).head().text());
    assertEquals(List.of("تركية"), f.arguments(Role.AGENT).stream().map(a -> a.span().text()).toList());
  }

  @Test
  void aPlaceBelowTheWeaponIsNoOwner() {
    // قصف بالمدفعية على قرية في سوريا: a country below the weapon is where, not who
    SentenceView v = HandSentence.parse("قصف/NN/0/root ب/IN/3/case المدفعية/DTNN/1/nmod على/IN/5/case"
        + " قرية/NN/3/nmod في/IN/7/case سوريا/NNP/5/nmod").place(4, 5, null).country(6, 7, "sy").build();
    EventFrame f = finder.frames(v, List.of(), List.of(v)).get(0);
    assertEquals(List.of(), f.arguments(Role.AGENT));
  }

  @Test
  void armedGroupReadAsObjectRightAfterTheVerbIsTheDoer() {
    // استهدفت الميليشيا بالقذائف قرى السهل: the parse took the subject for a second object
    SentenceView v = HandSentence.parse("استهدفت/VBD/0/root الميليشيا/DTNN/1/obj ب/IN/4/case القذائف/DTNNS/1/obl"
        + " قرى/NNS/1/obj السهل/DTNN/5/nmod")
        .actor(1, 2, "saa", ActorCategory.STATE_FORCES).build();
    EventFrame f = finder.frames(v, List.of(), List.of(v)).get(0);
    assertEquals(List.of("الميليشيا"), f.arguments(Role.AGENT).stream().map(a -> a.span().text()).toList());
    assertEquals(List.of("قرى السهل"), f.arguments(Role.TARGET).stream().map(a -> a.span().text()).toList());
  }

  @Test
  void aLoneArmedObjectStaysTheTarget() {
    // استهدفت الطائرات قسد: with no other target, the group after the verb is what was hit
    SentenceView v = HandSentence.parse("قصفت/VBD/0/root قسد/NNP/1/obj")
        .actor(1, 2, "sdf", ActorCategory.REBEL_GROUP).build();
    EventFrame f = finder.frames(v, List.of(), List.of(v)).get(0);
    assertEquals(List.of("قسد"), f.arguments(Role.TARGET).stream().map(a -> a.span().text()).toList());
  }
}
