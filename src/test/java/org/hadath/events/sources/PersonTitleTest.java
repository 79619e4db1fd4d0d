package org.hadath.events.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.hadath.events.arguments.Candidate;
import org.hadath.events.sentence.HandSentence;
import org.hadath.events.sentence.SentenceView;
import org.junit.jupiter.api.Test;

/** A person's title before the name (الناشط) against a correspondent (مراسلنا): hand-built parses, no model. */
class PersonTitleTest {
  private final SourceFinder finder = new SourceFinder(HandSentence.words());

  private List<String> sources(SentenceView v) {
    return finder.sentenceSources(v, List.of()).stream().map(Candidate::span).map(s -> s.text()).toList();
  }

  @Test
  void anActivistIsNamedWithoutTheTitle() {
    // قال الناشط سامر الحمدان إن الطائرات قصفت البلدة
    SentenceView v = HandSentence.parse("قال/VBD/0/root الناشط/DTNN/1/nsubj سامر/NNP/2/nmod الحمدان/DTNNP/3/flat"
        + " إن/IN/7/mark الطائرات/DTNNS/7/nsubj قصفت/VBD/1/ccomp البلدة/DTNN/7/obj").build();
    assertEquals(List.of("سامر الحمدان"), sources(v));
  }

  @Test
  void aCorrespondentStaysASourceBesideTheName() {
    // أفاد مراسلنا سامر الحمدان أن الطائرات قصفت البلدة
    SentenceView v = HandSentence.parse("أفاد/VBD/0/root مراسل/NN/1/nsubj نا/PRP$/2/nmod سامر/NNP/2/nmod"
        + " الحمدان/DTNNP/4/flat أن/IN/8/mark الطائرات/DTNNS/8/nsubj قصفت/VBD/1/ccomp البلدة/DTNN/8/obj").build();
    assertEquals(List.of("مراسل", "سامر الحمدان"), sources(v));
  }
}
