package org.hadath.incidents;

import com.google.common.base.Preconditions;
import java.util.EnumSet;
import java.util.Set;
import org.hadath.entities.places.Place;
import org.hadath.entities.places.PlaceGazetteer;
import org.hadath.entities.places.PlaceType;
import org.hadath.events.EventFrame.Argument;
import org.hadath.normalize.ArabicKeys;

/**
 * Where an incident happened, as precise as the reports allow.
 *
 * @param text the place as a report wrote it (the argument's head: the name without its cue)
 * @param key the name's matching key without the article, for comparing spellings
 * @param placeId the gazetteer id when the entity layer resolved it, else null
 * @param governorate the governorate id, else null
 * @param lat latitude, else null
 * @param lon longitude, else null
 * @param coarse true for a governorate, a country or a wide area (ريف إدلب، سوريا، جبل الزاوية):
 *     it can hold an incident but does not single one out
 * @param within the place the report writes this one inside (قرية الجماس بريف عين عيسى: عين
 *     عيسى), a town or district the gazetteer may not link the village to; null when none.
 *     Its own {@code within} is null.
 */
public record IncidentPlace(String text, String key, String placeId, String governorate,
    Double lat, Double lon, boolean coarse, IncidentPlace within) {
  /**
   * Checks the place; a {@code within} keeps no {@code within} of its own.
   *
   * @throws NullPointerException when {@code text} or {@code key} is null
   */
  public IncidentPlace {
    Preconditions.checkNotNull(text);
    Preconditions.checkNotNull(key);
    if (within != null && within.within() != null) {
      within = within.withWithin(null);
    }
  }

  /** A place the report writes inside no other. */
  public IncidentPlace(String text, String key, String placeId, String governorate, Double lat, Double lon,
      boolean coarse) {
    this(text, key, placeId, governorate, lat, lon, coarse, null);
  }

  /** A copy written inside {@code w} (null: inside none). */
  public IncidentPlace withWithin(IncidentPlace w) {
    return new IncidentPlace(text, key, placeId, governorate, lat, lon, coarse, w);
  }

  /**
   * The place a LOCATION argument names, or null when it names none that can be compared: an
   * unresolved argument whose head is its first word is a bare noun (مدينة، المنطقة، أطراف) the
   * argument rules took for a place, while an unresolved name after a cue (قرية فليفل) is a
   * village no gazetteer knows and is kept.
   */
  public static IncidentPlace of(Argument a) {
    String key = key(a.head().text());
    if (key.length() < 2) {
      return null;
    }
    if (a.placeId() == null && a.head().begin() <= a.span().begin()) {
      return null;
    }
    boolean coarse = a.placeId() != null && (a.placeId().equals(a.governorate()) || a.governorate() == null
        || namesItsGovernorate(a.placeId(), a.governorate()) || wide(a.placeId()));
    return new IncidentPlace(a.head().text(), key, a.placeId(), a.governorate(), a.lat(), a.lon(), coarse);
  }

  /**
   * True for a place the gazetteer lists as a mountain, a region or a river (جبل الزاوية، الغوطة
   * الشرقية، الفرات): an area of many villages, which, like a governorate, holds an incident
   * but does not single one out.
   */
  static boolean wide(String placeId) {
    Place p = PlaceGazetteer.defaults().place(placeId);
    return p != null && WIDE.contains(p.type());
  }

  private static final Set<PlaceType> WIDE = EnumSet.of(PlaceType.MOUNTAIN, PlaceType.REGION, PlaceType.RIVER);

  /**
   * True for the city that gives its governorate its name (sy-idlib in sy-gov-idlib): news
   * writes غربي إدلب or ريف حلب for the province as often as for the city, so the name alone
   * does not single out a place. Read from the gazetteer's id convention, not from a list.
   */
  static boolean namesItsGovernorate(String placeId, String governorate) {
    return governorate != null && governorate.replace("-gov-", "-").equals(placeId);
  }

  /**
   * The comparing key of a place name: its matching key without the article, with hashtag
   * underscores and the spaces of compound names dropped, since outlets write كفر عمة and
   * كفرعمة, سد تشرين and #سد_تشرين for one place.
   */
  public static String key(String name) {
    String k = ArabicKeys.matchKey(name.replace('_', ' ').replace("#", ""));
    return persianFolded(ArabicKeys.withoutArticle(k).replace(" ", ""));
  }

  /**
   * {@code k} with the Persian and Kurdish letters folded to the Arabic ones they stand for
   * (چ ج، گ ک ك، ڤ ف، پ ب، ژ ز، ی ي): Kurdish outlets write البچاري where others write
   * البجاري, and a name is one place however its letters are drawn.
   */
  static String persianFolded(String k) {
    StringBuilder sb = new StringBuilder(k.length());
    for (int i = 0; i < k.length(); i++) {
      char c = k.charAt(i);
      int j = PERSIAN.indexOf(c);
      sb.append(j < 0 ? c : ARABIC.charAt(j));
    }
    return sb.toString();
  }

  private static final String PERSIAN = "\u0686\u06AF\u06A9\u06A4\u067E\u0698\u06CC";
  private static final String ARABIC = "\u062C\u0643\u0643\u0641\u0628\u0632\u064A";

  /**
   * The place whose coordinates stand for this one: itself when the gazetteer placed it, else
   * the town or district a report wrote it inside when that one is placed (an unknown village
   * lies within a few kilometres of it: ACLED's geo-precision 2, "part of a region"), else null.
   */
  public IncidentPlace located() {
    if (hasCoordinates()) {
      return this;
    }
    return within != null && within.hasCoordinates() ? within : null;
  }

  /**
   * True for a place the gazetteer resolved but cannot place (an entry without coordinates):
   * in Syrian news such a name is most often a village named like a district abroad (النصر،
   * الجزيرة read as Iraqi subdistricts) or a common noun, so another place the reports name
   * is the better guess for the record.
   */
  public boolean doubtful() {
    return placeId != null && !hasCoordinates();
  }

  /** What tells one place from another when counting how often reports name it: the gazetteer id, else the name's key. */
  public String identity() {
    return placeId != null ? placeId : key;
  }

  /** True when both coordinates are known. */
  public boolean hasCoordinates() {
    return lat != null && lon != null;
  }

  /** Great-circle distance in kilometres (both must have coordinates). */
  public double kmTo(IncidentPlace o) {
    double la1 = Math.toRadians(lat);
    double la2 = Math.toRadians(o.lat);
    double dla = la2 - la1;
    double dlo = Math.toRadians(o.lon - lon);
    double h = Math.pow(Math.sin(dla / 2), 2) + Math.cos(la1) * Math.cos(la2) * Math.pow(Math.sin(dlo / 2), 2);
    return 6371 * 2 * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
