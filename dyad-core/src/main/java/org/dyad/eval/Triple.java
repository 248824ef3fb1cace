package org.dyad.eval;

import java.util.Locale;

/**
 * One scored event: source and target at country level and a code.
 *
 * @param source first three letters of the source code, upper case ({@code JAP} read as {@code
 *     JPN}), or {@code ---}
 * @param target the same for the target
 * @param code the CAMEO code as given
 */
public record Triple(String source, String target, String code) {
  /** Normalises actor codes the way the shared scorer does. */
  public static Triple of(String source, String target, String code) {
    return new Triple(country(source), country(target), code == null ? "" : code.trim());
  }

  static String country(String code) {
    String c = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
    c = c.length() > 3 ? c.substring(0, 3) : c;
    if (c.equals("JAP")) {
      return "JPN";
    }
    return c.isEmpty() ? "---" : c;
  }

  /** The CAMEO root of a numeric code; a category name (PLOVER) is its own root. */
  String root() {
    boolean numeric = !code.isEmpty() && code.chars().allMatch(Character::isDigit);
    return numeric && code.length() >= 2 ? code.substring(0, 2) : code;
  }

  Triple atRoot() {
    return new Triple(source, target, root());
  }
}
