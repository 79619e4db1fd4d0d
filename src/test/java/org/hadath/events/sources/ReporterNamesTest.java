package org.hadath.events.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.hadath.events.arguments.Candidate;
import org.hadath.events.sentence.HandSentence;
import org.hadath.events.sentence.SentenceView;
import org.junit.jupiter.api.Test;

/** A correspondent's own name after the reporter noun: hand-built parses, no CoreNLP model. */
class ReporterNamesTest {
  private final ReporterNames names = new ReporterNames(HandSentence.words());

  @Test
  void aFirstNameTaggedAsANounBeforeAFamilyName() {
    // أفاد مراسلنا مناف هاشم أن امرأة قتلت
    SentenceView v = HandSentence.parse("أفاد/VBD/0/root مراسل/NN/1/nsubj نا/PRP$/2/nmod مناف/NN/1/obj"
        + " هاشم/NNP/4/nmod أن/IN/8/mark امرأة/NN/8/nsubj قتلت/VBD/1/ccomp").build();
    Candidate c = names.nameAfter(v, 1, "test");
    assertEquals("مناف هاشم", c.span().text());
  }

  @Test
  void aCommonNounAfterTheReporterIsNoName() {
    // أفاد مراسل الشبكة أن امرأة قتلت
    SentenceView v = HandSentence.parse("أفاد/VBD/0/root مراسل/NN/1/nsubj الشبكة/DTNN/2/nmod أن/IN/6/mark"
        + " امرأة/NN/6/nsubj قتلت/VBD/1/ccomp").build();
    assertNull(names.nameAfter(v, 1, "test"));
  }
}
