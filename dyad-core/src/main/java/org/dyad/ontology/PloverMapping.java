package org.dyad.ontology;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CAMEO to PLOVER 2021: a CAMEO code maps by its own row, else its 3-digit parent's, else its
 * root's. CAMEO statements (01) and appeals (02) have no PLOVER category.
 */
public final class PloverMapping {
  static final String MAPPING = "/org/dyad/ontology/cameo-plover.tsv";
  static final String CATEGORIES = "/org/dyad/ontology/plover-categories.tsv";
  private static final PloverMapping DEFAULT = load();

  /**
   * One row of the mapping.
   *
   * @param category the PLOVER category
   * @param mode the PLOVER mode, or {@code null}
   * @param context the PLOVER context, or {@code null}
   */
  public record Target(PloverCategory category, String mode, String context) {}

  private final Map<String, PloverCategory> categories;
  private final Map<String, Target> byCameo;

  private PloverMapping(Map<String, PloverCategory> categories, Map<String, Target> byCameo) {
    this.categories = Collections.unmodifiableMap(categories);
    this.byCameo = Collections.unmodifiableMap(byCameo);
  }

  public static PloverMapping standard() {
    return DEFAULT;
  }

  private static PloverMapping load() {
    Map<String, PloverCategory> categories = new LinkedHashMap<>();
    for (TsvResource.Row row : TsvResource.read(CATEGORIES, 4).rows) {
      List<String> f = row.fields();
      List<String> modes = f.get(3).equals("-") ? List.of() : Arrays.asList(f.get(3).split(";"));
      categories.put(
          f.get(0),
          new PloverCategory(
              f.get(0),
              (int) TsvResource.number(CATEGORIES, row, 1),
              f.get(2).equals("yes"),
              modes));
    }
    Map<String, Target> byCameo = new LinkedHashMap<>();
    for (TsvResource.Row row : TsvResource.read(MAPPING, 4).rows) {
      List<String> f = row.fields();
      PloverCategory category = categories.get(f.get(1));
      if (category == null) {
        throw new OntologyFormatException(
            MAPPING, row.line(), "unknown PLOVER category " + f.get(1));
      }
      byCameo.put(f.get(0), new Target(category, dashless(f.get(2)), dashless(f.get(3))));
    }
    return new PloverMapping(categories, byCameo);
  }

  private static String dashless(String s) {
    return s.equals("-") ? null : s;
  }

  /** The PLOVER category and mode for a CAMEO code, if PLOVER has one. */
  public Optional<Target> map(String cameoCode) {
    for (int len = cameoCode.length(); len >= 2; len--) {
      Target t = byCameo.get(cameoCode.substring(0, len));
      if (t != null) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  public Collection<PloverCategory> categories() {
    return categories.values();
  }

  /** The CAMEO codes listed in the mapping table itself. */
  public Collection<String> mappedCodes() {
    return byCameo.keySet();
  }
}
