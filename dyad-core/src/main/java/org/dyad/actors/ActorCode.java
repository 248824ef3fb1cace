package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A CAMEO actor code split into its three-letter groups: the country (or {@code IGO}, {@code NGO},
 * {@code IMG}) and the sectors or organisation tags after it.
 *
 * @param country the first group
 * @param sectors the groups after it, possibly none
 */
public record ActorCode(String country, List<String> sectors) {
  private static final Pattern FORM = Pattern.compile("([A-Z]{3})+");

  public ActorCode {
    sectors = List.copyOf(sectors);
  }

  /**
   * Reads {@code RUSGOV}, {@code IGOUNOWHO}.
   *
   * @throws IllegalArgumentException when the code is not whole groups of three capitals
   */
  public static ActorCode parse(String code) {
    if (code == null || code.length() > 30 || !FORM.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "not an actor code (groups of 3 capitals): '" + code + "'");
    }
    List<String> groups = new ArrayList<>();
    for (int i = 3; i < code.length(); i += 3) {
      groups.add(code.substring(i, i + 3));
    }
    return new ActorCode(code.substring(0, 3), groups);
  }

  @Override
  public String toString() {
    return country + String.join("", sectors);
  }
}
