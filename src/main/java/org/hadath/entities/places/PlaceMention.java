package org.hadath.entities.places;

import org.hadath.entities.EntityMention;
import org.hadath.entities.EntityType;

/**
 * A place mention. The full span includes the cue noun and direction words
 * ({@code ريف دير الزور الجنوبي الشرقي}); the head span is the name alone ({@code دير الزور}),
 * as in the corpus guide's gold spans.
 *
 * @param text the user's characters of the full span
 * @param begin first character of the full span
 * @param end one past its last character
 * @param sentenceIndex sentence index in the document
 * @param tokenBegin first token of the full span (sentence-relative)
 * @param tokenEnd one past its last token
 * @param headText the name's characters
 * @param headBegin first character of the name
 * @param headEnd one past the name's last character
 * @param placeId resolved id in {@code places.tsv}, or null for a name known only from a cue
 * @param nameEn English name of the resolved place, or null
 * @param placeType the cue's type when a cue is present (مخيم الباغوز is a CAMP), else the
 *     resolved place's type
 * @param governorate governorate id of the resolved place, or of the container
 * @param country ISO country code of the resolved place or container, or null
 * @param lat latitude of the resolved place, or null
 * @param lon longitude of the resolved place, or null
 * @param container for an unresolved name, the known place the text puts it in
 *     (قرية الكشمة بريف دير الزور → the Deir ez-Zor governorate), else null
 * @param cue the cue word's matching key, or null
 * @param direction the compass qualifier, or null
 */
public record PlaceMention(
    String text, int begin, int end, int sentenceIndex, int tokenBegin, int tokenEnd,
    String headText, int headBegin, int headEnd,
    String placeId, String nameEn, PlaceType placeType, String governorate, String country,
    Double lat, Double lon, Place container, String cue, Direction direction)
    implements EntityMention {

  @Override
  public EntityType type() {
    return EntityType.PLACE;
  }

  /**
   * True when the cue stands for the name (الريف الغربي، ريفها الشرقي): the countryside of
   * whatever place the text is about, no place by itself.
   */
  public boolean isRelative() {
    return placeId == null && cue != null && headBegin == begin;
  }

  /** True when the name was found in the gazetteer. */
  public boolean isResolved() {
    return placeId != null;
  }
}
