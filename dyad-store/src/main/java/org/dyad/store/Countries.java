package org.dyad.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Country facts the store's outputs need: the FIPS 10-4 code of GDELT's geography columns and an
 * English name, by ISO 3166 alpha-3 code.
 */
final class Countries {
  /** ISO alpha-3 to {FIPS code or "", English name}. */
  static final Map<String, String[]> FIPS = load();

  private Countries() {}

  static String name(String iso3) {
    String[] f = FIPS.get(iso3);
    return f == null ? "" : f[1];
  }

  private static Map<String, String[]> load() {
    Map<String, String[]> m = new HashMap<>();
    try (InputStream in = Countries.class.getResourceAsStream("export/fips-countries.tsv")) {
      if (in == null) {
        throw new IllegalStateException("missing resource export/fips-countries.tsv");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#") || line.startsWith("iso3\t") || line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t");
        m.put(f[0], new String[] {f[1].equals("-") ? "" : f[1], f[2]});
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read export/fips-countries.tsv", e);
    }
    return Map.copyOf(m);
  }
}
