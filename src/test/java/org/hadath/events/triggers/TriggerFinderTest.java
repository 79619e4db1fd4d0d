package org.hadath.events.triggers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import org.hadath.entities.actors.ActorCategory;
import org.hadath.events.EventRules;
import org.hadath.events.EventRules.TriggerRule;
import org.hadath.events.EventType;
import org.hadath.events.sentence.HandSentence;
import org.hadath.events.sentence.SentenceView;
import org.junit.jupiter.api.Test;

/** Trigger finding and mention merging on hand-built sentences (no CoreNLP model loaded). */
class TriggerFinderTest {

  private static Trigger trigger(int token, EventType type) {
    return new Trigger(token, new TriggerRule(type, type + "_X", Pattern.compile(".*"), List.of(), "test"));
  }

  @Test
  void verbModifyingANounTriggerIsThatMention() {
    // هجوم استهدف فيه المسلحون الحاجز: the verb (another type's trigger) modifies the noun
    SentenceView v = HandSentence.parse("هجوم/NN/0/root استهدف/VBD/1/acl فيه/IN/2/obl المسلحون/DTNNS/2/nsubj"
        + " الحاجز/DTNN/2/obj").build();
    Trigger noun = trigger(0, EventType.CLASH);
    Trigger verb = trigger(1, EventType.STRIKE);
    assertEquals(List.of(noun), TriggerFinder.merge(v, List.of(noun, verb)));
    assertEquals(List.of(1), noun.alts());
    assertEquals(List.of(verb), noun.absorbed());
  }

  @Test
  void triggerDependingOnATriggerOfItsTypeIsTheGovernorsMention() {
    // غارات استهدفت مواقع الفصيل: both STRIKE, the subject hangs below the verb
    SentenceView v = HandSentence.parse("غارات/NNS/2/nsubj استهدفت/VBD/0/root مواقع/NNS/2/obj الفصيل/DTNN/3/nmod")
        .build();
    Trigger noun = trigger(0, EventType.STRIKE);
    Trigger verb = trigger(1, EventType.STRIKE);
    assertEquals(List.of(verb), TriggerFinder.merge(v, List.of(noun, verb)));
    assertEquals(List.of(0), verb.alts());
  }

  @Test
  void conjoinedMentionsOfOneTypeStaySeparate() {
    // غارات و قصف
    SentenceView v = HandSentence.parse("غارات/NNS/0/root و/CC/3/cc قصف/NN/1/conj").build();
    List<Trigger> merged = TriggerFinder.merge(v, List.of(trigger(0, EventType.STRIKE), trigger(2, EventType.STRIKE)));
    assertEquals(2, merged.size());
  }

  @Test
  void packagedRulesFindATriggerWhoseConditionHolds() {
    // اشتبكت قوات الجيش مع مسلحين: armed:CONFLICT holds through the armed actor
    SentenceView v = HandSentence.parse("اشتبكت/VBD/0/root قوات/NNS/1/nsubj الجيش/DTNN/2/nmod مع/IN/5/case"
        + " مسلحين/NNS/1/obl").actor(1, 3, "army", ActorCategory.STATE_FORCES).build();
    List<Trigger> found = new TriggerFinder(HandSentence.words()).find(v, List.of(v));
    assertEquals(1, found.size());
    assertEquals(EventType.CLASH, found.get(0).rule().type());
    // without any armed actor or conflict word the condition fails: a sports report
    SentenceView sports = HandSentence.parse("اشتبك/VBD/0/root اللاعبون/DTNNS/1/nsubj في/IN/4/case الملعب/DTNN/1/obl")
        .build();
    assertEquals(List.of(), new TriggerFinder(new org.hadath.events.sentence.WordClasses(EventRules.getDefault()))
        .find(sports, List.of(sports)));
  }
}
