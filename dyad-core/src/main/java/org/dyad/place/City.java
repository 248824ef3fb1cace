package org.dyad.place;

/**
 * A populated place of the gazetteer.
 *
 * @param name its name
 * @param country ISO 3166-1 alpha-3 code
 * @param admin1 its first-level region's code (GeoNames: "TX" for Texas, "26" for Tehran)
 * @param capital whether it is its country's capital
 * @param population inhabitants
 * @param latitude degrees north
 * @param longitude degrees east
 */
public record City(
    String name,
    String country,
    String admin1,
    boolean capital,
    long population,
    double latitude,
    double longitude) {}
