package org.hadath.entities.places;

import com.google.common.collect.ImmutableList;

/**
 * One row of {@code places.tsv}.
 *
 * @param id stable identifier
 * @param nameEn English name
 * @param type kind of place
 * @param governorate id of the governorate (or Iraqi province) containing it, or null
 * @param country ISO 3166-1 alpha-2 code, or null when the source does not give one
 * @param lat latitude in degrees, or null
 * @param lon longitude in degrees, or null
 * @param aliases Arabic surface forms as written in the file
 * @param source where the row comes from (see {@code models/entities/SOURCES.md})
 */
public record Place(String id, String nameEn, PlaceType type, String governorate,
    String country, Double lat, Double lon, ImmutableList<String> aliases, String source) {}
