package org.hadath.events.arguments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hadath.entities.actors.ActorCategory;
import org.hadath.events.Span;
import org.hadath.events.sentence.HandSentence;
import org.hadath.events.sentence.Punctuation;
import org.hadath.events.sentence.SentenceView;
import org.junit.jupiter.api.Test;

/** Argument spans on hand-built sentences (no CoreNLP model loaded). */
class ArgumentSpansTest {
  private final ArgumentSpans spans = new ArgumentSpans(new ArgumentKinds(HandSentence.words()));

  @Test
  void headWithItsNominalModifiersButNotItsPrepositionOrClause() {
    // استهدف القصف على مستودعات الذخيرة التابعة للفصيل التي أقيمت قرب المدينة
    SentenceView v = HandSentence.parse("استهدف/VBD/0/root القصف/DTNN/1/nsubj على/IN/4/case مستودعات/NNS/1/obl"
        + " الذخيرة/DTNN/4/nmod التابعة/DTJJ/4/amod ل/IN/8/case الفصيل/DTNN/6/nmod التي/WP/10/nsubj"
        + " أقيمت/VBD/4/acl قرب/IN/12/case المدينة/DTNN/10/obl").build();
    assertEquals("مستودعات الذخيرة التابعة ل الفصيل", ArgumentSpans.argSpan(v, 3).text());
  }

  @Test
  void entityMentionOverTheHeadIsTheSpan() {
    SentenceView v = HandSentence.parse("هاجم/VBD/0/root «/PUNC/3/punct داعش/NNP/1/nsubj »/PUNC/3/punct")
        .actor(1, 4, "isis", ActorCategory.REBEL_GROUP).build();
    assertEquals("داعش", ArgumentSpans.argSpan(v, 2).text(), "quotes are trimmed");
  }

  @Test
  void spanReachesAtMostEightTokensFromTheHead() {
    StringBuilder s = new StringBuilder("قصف/VBD/0/root مواقع/NNS/1/obj");
    for (int i = 3; i <= 12; i++) {
      s.append(" كلمة").append(i).append("/NN/").append(i - 1).append("/nmod");
    }
    SentenceView v = HandSentence.parse(s.toString()).build();
    Span span = ArgumentSpans.argSpan(v, 1);
    assertEquals(v.span(1, 1 + ArgumentSpans.MAX_REACH).text(), span.text());
  }

  @Test
  void aPhraseCutAtTheReachDoesNotEndInThePrepositionOfTheNextWord() {
    // استهدف القصف تجمعا لخيام النازحين بريف إدلب الشمالي في مخيم الأمل: the eighth word after the head
    // is في, which belongs to مخيم, outside the reach
    SentenceView v = HandSentence.parse("استهدف/VBD/0/root القصف/DTNN/1/nsubj تجمعا/NN/1/obj ل/IN/5/case"
        + " خيام/NN/3/nmod النازحين/DTNNS/5/nmod ب/IN/8/case ريف/NN/5/nmod إدلب/NNP/8/nmod الشمالي/DTJJ/8/amod"
        + " في/IN/12/case مخيم/NN/8/nmod الأمل/DTNN/12/nmod").build();
    assertEquals("تجمعا ل خيام النازحين ب ريف إدلب الشمالي", ArgumentSpans.argSpan(v, 2).text());
  }

  @Test
  void instrumentSpanTakesTheInstrumentAdjectiveNotTheOwner() {
    // قصف مدفعي تركي / صواريخ الجيش
    SentenceView v = HandSentence.parse("قصف/NN/0/root مدفعي/JJ/1/amod تركي/JJ/1/amod").build();
    assertEquals("قصف مدفعي", spans.instrumentSpan(v, 0).text());
    SentenceView owner = HandSentence.parse("صواريخ/NNS/0/root الجيش/DTNN/1/nmod")
        .actor(1, 2, "army", ActorCategory.STATE_FORCES).build();
    assertEquals("صواريخ", spans.instrumentSpan(owner, 0).text());
  }

  @Test
  void trimQuotesKeepsOffsetsTrue() {
    Span s = new Span("«قسد»،", 10, 16);
    Span t = Punctuation.trimQuotes(s);
    assertEquals("قسد", t.text());
    assertEquals(11, t.begin());
    assertEquals(14, t.end());
  }

  @Test
  void aNameQuotedAfterItsCueIsTheNameOnly() {
    // قرب قرية “تل جهان”: the place mention ends before the closing quote
    SentenceView v = HandSentence.parse("قرب/IN/2/case قرية/NN/0/root “/PUNC/4/punct تل/NN/2/nmod"
        + " جهان/NNP/4/nmod ”/PUNC/4/punct").build();
    assertEquals("تل جهان", ArgumentSpans.mentionSpan(v, v.begin(1), v.end(4)).text());
    // a cue with an unquoted name keeps the cue
    SentenceView plain = HandSentence.parse("قرب/IN/2/case قرية/NN/0/root كفرا/NNP/2/nmod").build();
    assertEquals("قرية كفرا", ArgumentSpans.mentionSpan(plain, plain.begin(1), plain.end(2)).text());
  }
}
