package org.dyad.ontology;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One code of the CAMEO event codebook.
 *
 * @param code two to four digits: the root ({@code 04}), a 3-digit code ({@code 042}) or a 4-digit
 *     code ({@code 0421})
 * @param name the code's name in the CAMEO manual
 * @param goldstein Goldstein scale value as in the CAMEO manual and ICEWS, -10..10
 * @param goldsteinGdelt the value GDELT uses where it differs, else the same
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
 *     conflict
 */
public record CameoCode(
    String code, String name, double goldstein, double goldsteinGdelt, int quadClass) {
  private static final Pattern FORM = Pattern.compile("\\d{2,4}");

  public CameoCode {
    Objects.requireNonNull(code, "code");
    if (!FORM.matcher(code).matches()) {
      throw new IllegalArgumentException("CAMEO code must be 2 to 4 digits: " + code);
    }
    Objects.requireNonNull(name, "name");
    if (goldstein < -10 || goldstein > 10 || goldsteinGdelt < -10 || goldsteinGdelt > 10) {
      throw new IllegalArgumentException("Goldstein value out of -10..10 for " + code);
    }
    if (quadClass < 1 || quadClass > 4) {
      throw new IllegalArgumentException("QuadClass out of 1..4 for " + code);
    }
  }

  public String root() {
    return code.substring(0, 2);
  }

  /** The code one level up, or {@code null} for a root. */
  public String parent() {
    return code.length() == 2 ? null : code.substring(0, code.length() - 1);
  }

  public boolean isRoot() {
    return code.length() == 2;
  }
}
