package org.hadath.entities;

/**
 * What every mention of the entity layer has in common: its type, its exact characters in
 * the user's original text, and where it sits in the token sequence.
 *
 * <p>Invariant: {@code originalText.substring(begin(), end()).equals(text())}.
 * Token indices are sentence-relative, end exclusive, over the sentence's
 * {@code TokensAnnotation}.
 */
public interface EntityMention {
  EntityType type();

  /** The user's characters, exactly as they appear in the original text. */
  String text();

  /** Character offset of the first character in the original text. */
  int begin();

  /** Character offset one past the last character in the original text. */
  int end();

  /** Index of the sentence in the document's {@code SentencesAnnotation}. */
  int sentenceIndex();

  /** Index of the first token within the sentence. */
  int tokenBegin();

  /** Index one past the last token within the sentence. */
  int tokenEnd();
}
