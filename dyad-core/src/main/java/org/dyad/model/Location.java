package org.dyad.model;

import java.util.Objects;

/**
 * Where an event happened.
 *
 * @param name the place's name
 * @param latitude degrees north
 * @param longitude degrees east
 * @param country ISO 3166 alpha-3 code
 * @param admin1 first-level region, or {@code null}
 * @param precision how exact the place is
 * @param span the words that name it, or {@code null} when it was inferred
 */
public record Location(
    String name,
    double latitude,
    double longitude,
    String country,
    String admin1,
    Precision precision,
    Span span) {
  public Location {
    Objects.requireNonNull(name, "name");
    if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
      throw new IllegalArgumentException(
          "coordinates out of range: " + latitude + ", " + longitude);
    }
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(precision, "precision");
  }

  /** How exact a location is. */
  public enum Precision {
    CITY,
    ADMIN1,
    COUNTRY
  }
}
