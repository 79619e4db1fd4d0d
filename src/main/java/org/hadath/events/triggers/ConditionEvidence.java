package org.hadath.events.triggers;

import java.util.function.Predicate;

/**
 * What the scopes of a trigger condition ({@code triggers.tsv}, {@code scope:CLASS}) ask of
 * the text around one candidate trigger word, each for a word class. Who answers decides how
 * exactly: the event annotator from the parsed sentence ({@link ParsedSentenceEvidence}), the
 * parse selector and the text filter before parsing, generously (a word of the class anywhere
 * in the sentence or line could turn out to be near or below the trigger). The scopes
 * themselves are mapped to these questions in one place, {@link TriggerConditions}.
 */
public interface ConditionEvidence {
  /** {@code self:} the trigger word itself is of the class. */
  boolean self(String cls);

  /** {@code near:} a word of the class close by in the text, no punctuation between. */
  boolean near(String cls);

  /** {@code gov:} the trigger's governor is of the class. */
  boolean governor(String cls);

  /** {@code subj:} the trigger is the subject of a word of the class. */
  boolean subjectOf(String cls);

  /** {@code dep:} a word of the class within a few dependency links. */
  boolean dependency(String cls);

  /** {@code ctx:} another word of the class in the trigger's sentence. */
  boolean sentence(String cls);

  /** {@code doc:} another word of the class in the document. */
  boolean document(String cls);

  /** {@code armed:} an armed actor or a word of the class in or next to the trigger's sentence. */
  boolean armed(String cls);

  /**
   * Evidence from before parsing, where nothing is known of the tree: {@code near:},
   * {@code gov:}, {@code subj:} and {@code dep:} could hold whenever {@code ctx:} does.
   */
  static ConditionEvidence beforeParsing(Predicate<String> self, Predicate<String> sentence,
      Predicate<String> document, Predicate<String> armed) {
    return new ConditionEvidence() {
      @Override
      public boolean self(String cls) {
        return self.test(cls);
      }

      @Override
      public boolean near(String cls) {
        return sentence.test(cls);
      }

      @Override
      public boolean governor(String cls) {
        return sentence.test(cls);
      }

      @Override
      public boolean subjectOf(String cls) {
        return sentence.test(cls);
      }

      @Override
      public boolean dependency(String cls) {
        return sentence.test(cls);
      }

      @Override
      public boolean sentence(String cls) {
        return sentence.test(cls);
      }

      @Override
      public boolean document(String cls) {
        return document.test(cls);
      }

      @Override
      public boolean armed(String cls) {
        return armed.test(cls);
      }
    };
  }
}
