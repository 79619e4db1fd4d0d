package org.hadath.events.sentence;

/**
 * Words of a multi-word hashtag (#إدلب_تحت_القصف، #الخوذ_البيضاء). The normalizer reads the
 * hashtag's {@code _} as a space so that places and organisations in tags are recognised
 * (#دير_الزور); such a tag is a label of the post, not a sentence, so the event rules do
 * not read its words (no trigger, no condition word).
 */
final class Hashtags {

  private Hashtags() {}

  /** True when the word at [b, e) is joined by {@code _} to a neighbouring word of {@code text}. */
  static boolean joinedWord(String text, int b, int e) {
    return b > 0 && b <= text.length() && text.charAt(b - 1) == '_'
        || e >= 0 && e < text.length() && text.charAt(e) == '_';
  }
}
