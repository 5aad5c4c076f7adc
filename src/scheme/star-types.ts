/**
 * The types of star levels, lowest in the scheme so that the settings table and the star rules share them
 * without importing each other.
 */

/** A number of stars, 0 (未评星) to 5 (五星级). */
export type Stars = 0 | 1 | 2 | 3 | 4 | 5;

/** Lower bounds for five, four, three, two and one star, in that order. */
export type Thresholds = readonly [number, number, number, number, number];
