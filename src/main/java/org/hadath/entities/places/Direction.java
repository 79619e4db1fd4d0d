package org.hadath.entities.places;

/** A compass qualifier of a place mention (شرقي دير الزور، ريف حلب الجنوبي الغربي). */
public enum Direction {
  NORTH, SOUTH, EAST, WEST, NORTH_EAST, NORTH_WEST, SOUTH_EAST, SOUTH_WEST, CENTRE
}
