/**
 * Places: gazetteer names ({@code places.tsv}, with governorate, country and coordinates) and
 * unknown names recognised from cues (قرية X، ريف X), kept with their containing place
 * ({@link org.hadath.entities.places.PlaceAnnotator}).
 *
 * <p>Data flows one way: tokens in; {@link org.hadath.entities.places.PlaceMention}s out to
 * the event layer (and, by id, to the CSV output's place names).
 */
package org.hadath.entities.places;
