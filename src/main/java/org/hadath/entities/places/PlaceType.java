package org.hadath.entities.places;

/**
 * Kinds of place; the {@code type} column of {@code places.tsv} and {@code place_cues.tsv}.
 * {@code FRONT} is a front line named after a place (محور قرية X): where fighting or a strike
 * happens, never what a strike hits.
 */
public enum PlaceType {
  COUNTRY, GOVERNORATE, DISTRICT, SUBDISTRICT, CITY, TOWN, VILLAGE, CAMP, NEIGHBOURHOOD,
  CROSSING, OILFIELD, DAM, AIRPORT, BASE, MOUNTAIN, RIVER, REGION, FRONT
}
