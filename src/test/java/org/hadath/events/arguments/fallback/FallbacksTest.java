package org.hadath.events.arguments.fallback;

import static org.hadath.events.arguments.fallback.FallbackRuns.texts;
import static org.hadath.events.arguments.fallback.FallbackRuns.trigger;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.hadath.entities.actors.ActorCategory;
import org.hadath.events.EventType;
import org.hadath.events.Role;
import org.hadath.events.arguments.ArgumentKinds;
import org.hadath.events.arguments.ArgumentSpans;
import org.hadath.events.arguments.Candidate;
import org.hadath.events.arguments.ClaimedTokens;
import org.hadath.events.arguments.InstrumentOwners;
import org.hadath.events.arguments.PlaceRoles;
import org.hadath.events.sentence.HandSentence;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.WordClasses;
import org.hadath.events.triggers.Trigger;
import org.junit.jupiter.api.Test;

/** Each word-order fallback on a hand-built sentence (no CoreNLP model loaded). */
class FallbacksTest {
  private final WordClasses words = HandSentence.words();
  private final ArgumentKinds kinds = new ArgumentKinds(words);
  private final ArgumentSpans spans = new ArgumentSpans(kinds);
  private final PlaceRoles placeRoles = new PlaceRoles(words);
  private final InstrumentOwners owners = new InstrumentOwners(kinds);

  private static List<Candidate> fill(ArgumentFallback f, SentenceView v, Trigger t) {
    return FallbackRuns.fill(f, v, t, List.of());
  }

  private static List<Candidate> fill(ArgumentFallback f, SentenceView v, Trigger t, List<Candidate> before) {
    return FallbackRuns.fill(f, v, t, before);
  }

  @Test
  void sidesAfterBetweenAreTheClashParticipants() {
    // اندلعت اشتباكات بين قوات الجيش و مسلحي الفصيل في الريف
    SentenceView v = HandSentence.parse("اندلعت/VBD/0/root اشتباكات/NNS/1/nsubj بين/IN/4/case قوات/NNS/2/nmod"
        + " الجيش/DTNN/4/nmod و/CC/7/cc مسلحي/NNS/4/conj الفصيل/DTNN/7/nmod في/IN/10/case الريف/DTNN/1/obl")
        .actor(3, 5, "army", ActorCategory.STATE_FORCES)
        .actor(6, 8, "faction", ActorCategory.REBEL_GROUP)
        .build();
    List<Candidate> out = fill(new SidesAfterBetween(words), v, trigger(1, EventType.CLASH));
    assertEquals(List.of("قوات الجيش", "مسلحي الفصيل"), texts(out, Role.PARTICIPANT));
    assertEquals("fallback:sides-after-between", out.get(0).rule());
    // a strike has no sides
    assertTrue(fill(new SidesAfterBetween(words), v, trigger(1, EventType.STRIKE)).isEmpty());
  }

  @Test
  void armedActorNearTheTriggerIsAParticipantUnlessPunctuationIntervenes() {
    // خاضت قوات النظام اشتباكات عنيفة
    SentenceView v = HandSentence.parse("خاضت/VBD/0/root قوات/NNS/1/nsubj النظام/DTNN/2/nmod اشتباكات/NNS/1/obj"
        + " عنيفة/JJ/4/amod").actor(1, 3, "regime", ActorCategory.STATE_FORCES).build();
    List<Candidate> out = fill(new ArmedActorNearTrigger(), v, trigger(3, EventType.CLASH));
    assertEquals(List.of("قوات النظام"), texts(out, Role.PARTICIPANT));
    SentenceView cut = HandSentence.parse("قوات/NNS/4/nsubj النظام/DTNN/1/nmod ./PUNC/4/punct اشتباكات/NNS/0/root")
        .actor(0, 2, "regime", ActorCategory.STATE_FORCES).build();
    assertTrue(fill(new ArmedActorNearTrigger(), cut, trigger(3, EventType.CLASH)).isEmpty());
  }

  @Test
  void placesAfterOnAreTargetsAndAGluedBiGivesTheLocation() {
    // غارات جوية على بلدة الزيتون و قرية التل بريف المحافظة
    SentenceView v = HandSentence.parse("غارات/NNS/0/root جوية/JJ/1/amod على/IN/4/case بلدة/NN/1/nmod"
        + " الزيتون/DTNN/4/nmod و/CC/7/cc قرية/NN/4/conj التل/DTNN/7/nmod بريف/NN/7/nmod المحافظة/DTNN/9/nmod")
        .place(3, 5, null).place(6, 8, null).place(8, 10, null).build();
    List<Candidate> out = fill(new PlacesAfterOn(words, placeRoles), v, trigger(0, EventType.STRIKE));
    assertEquals(List.of("بلدة الزيتون", "قرية التل"), texts(out, Role.TARGET));
    assertEquals(List.of("بريف المحافظة"), texts(out, Role.LOCATION));
    assertEquals("fallback:places-after-على", out.get(0).rule());
  }

  @Test
  void targetAfterTriggerSkipsTheInstrument() {
    // قصف الطيران مواقع التنظيم
    SentenceView v = HandSentence.parse("قصف/VBD/0/root الطيران/DTNN/1/nsubj مواقع/NNS/1/obj التنظيم/DTNN/3/nmod")
        .build();
    List<Candidate> out = fill(new TargetAfterTrigger(kinds), v, trigger(0, EventType.STRIKE));
    assertEquals(List.of("مواقع التنظيم"), texts(out, Role.TARGET));
    // a target already found: nothing added
    Candidate target = new Candidate(Role.TARGET, 3, v.span(3, 4), v.span(3, 4), "rule");
    assertEquals(1, fill(new TargetAfterTrigger(kinds), v, trigger(0, EventType.STRIKE), List.of(target)).size());
  }

  @Test
  void recipientAfterLiAndTheThemeCutBackBeforeIt() {
    // استسلم عشرات المسلحين ل قوات الحكومة
    SentenceView v = HandSentence.parse("استسلم/VBD/0/root عشرات/NNS/1/nsubj المسلحين/DTNNS/2/nmod ل/IN/5/case"
        + " قوات/NNS/1/obl الحكومة/DTNN/5/nmod").actor(4, 6, "government", ActorCategory.STATE_FORCES).build();
    Candidate runOn = new Candidate(Role.THEME, 1, v.span(1, 6), v.span(1, 2), "rule");
    List<Candidate> out = fill(new RecipientAfterPreposition(words), v, trigger(0, EventType.SURRENDER),
        List.of(runOn));
    assertEquals(List.of("قوات الحكومة"), texts(out, Role.RECIPIENT));
    Candidate theme = out.stream().filter(c -> c.role() == Role.THEME).findFirst().orElseThrow();
    assertFalse(theme.span().overlaps(v.span(4, 6)), theme.span().text());
    assertTrue(theme.span().text().startsWith("عشرات المسلحين"), theme.span().text());
    assertEquals("rule+cut", theme.rule());
  }

  @Test
  void peopleNearTheTriggerAreTheTheme() {
    // نزوح مئات العائلات من المدينة
    SentenceView v = HandSentence.parse("نزوح/NN/0/root مئات/NNS/1/nmod العائلات/DTNNS/2/nmod من/IN/5/case"
        + " المدينة/DTNN/1/nmod").people(2, 3, ActorCategory.CIVILIANS).build();
    List<Candidate> out = fill(new PeopleNearTrigger(), v, trigger(0, EventType.EVACUATION));
    assertEquals(List.of("العائلات"), texts(out, Role.THEME));
    assertTrue(fill(new PeopleNearTrigger(), v, trigger(0, EventType.CLASH)).isEmpty());
  }

  @Test
  void aircraftNearAStrikeIsItsInstrumentAndItsOwnerTheAgent() {
    // قصف طائرات التحالف القرية
    SentenceView v = HandSentence.parse("قصف/NN/0/root طائرات/NNS/1/nmod التحالف/DTNN/2/nmod القرية/DTNN/1/nmod")
        .actor(2, 3, "coalition", ActorCategory.FOREIGN_FORCE).build();
    List<Candidate> out = fill(new InstrumentNearTrigger(words, spans, owners), v, trigger(0, EventType.STRIKE));
    assertEquals(List.of("طائرات"), texts(out, Role.INSTRUMENT));
    assertEquals(List.of("التحالف"), texts(out, Role.AGENT));
    assertEquals("fallback:instrument-owner", out.get(1).rule());
  }

  @Test
  void placesInTheStretchTakeTheirRoleFromThePreposition() {
    // نزح الأهالي من حي الشعار إلى ريف المدينة
    SentenceView v = HandSentence.parse("نزح/VBD/0/root الأهالي/DTNNS/1/nsubj من/IN/4/case حي/NN/1/obl"
        + " الشعار/DTNN/4/nmod إلى/IN/7/case ريف/NN/1/obl المدينة/DTNN/7/nmod")
        .place(3, 5, null).place(6, 8, null).build();
    List<Candidate> out = fill(new PlacesInStretch(words, placeRoles), v, trigger(0, EventType.EVACUATION));
    assertEquals(List.of("حي الشعار"), texts(out, Role.ORIGIN));
    assertEquals(List.of("ريف المدينة"), texts(out, Role.DESTINATION));
    // for a strike only where it happened counts
    assertTrue(fill(new PlacesInStretch(words, placeRoles), v, trigger(0, EventType.STRIKE)).isEmpty());
  }

  @Test
  void placeBelowTheTriggerIsWhereItHappenedUnlessLeftFrom() {
    // قصفت الطائرات أطراف مدينة الساحل
    SentenceView v = HandSentence.parse("قصفت/VBD/0/root الطائرات/DTNNS/1/nsubj أطراف/NNS/1/obj مدينة/NN/3/nmod"
        + " الساحل/DTNN/4/nmod").place(3, 5, null).build();
    List<Candidate> out = fill(new PlaceBelowTrigger(placeRoles), v, trigger(0, EventType.STRIKE));
    assertEquals(List.of("مدينة الساحل"), texts(out, Role.LOCATION));
    // قصفت الطائرات من مطار الساحل: a place left is no location of a strike
    SentenceView from = HandSentence.parse("قصفت/VBD/0/root الطائرات/DTNNS/1/nsubj من/IN/4/case مطار/NN/1/obl"
        + " الساحل/DTNN/4/nmod").place(3, 5, null).build();
    assertTrue(fill(new PlaceBelowTrigger(placeRoles), from, trigger(0, EventType.STRIKE)).isEmpty());
  }

  @Test
  void aClaimedTokenIsNotGivenASecondRole() {
    SentenceView v = HandSentence.parse("نزوح/NN/0/root مئات/NNS/1/nmod العائلات/DTNNS/2/nmod")
        .people(2, 3, ActorCategory.CIVILIANS).build();
    ClaimedTokens claimed = new ClaimedTokens(v.size());
    claimed.claim(2);
    List<Candidate> out = new ArrayList<>();
    new PeopleNearTrigger().fill(v, trigger(0, EventType.EVACUATION), out, claimed);
    assertTrue(out.isEmpty());
  }
}
