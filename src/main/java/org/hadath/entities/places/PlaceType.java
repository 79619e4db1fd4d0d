package org.hadath.entities.places;

/** Kinds of place; the {@code type} column of {@code places.tsv} and {@code place_cues.tsv}. */
public enum PlaceType {
  COUNTRY, GOVERNORATE, DISTRICT, SUBDISTRICT, CITY, TOWN, VILLAGE, CAMP, NEIGHBOURHOOD,
  CROSSING, OILFIELD, DAM, AIRPORT, BASE, MOUNTAIN, RIVER, REGION
}
