package org.dyad.model;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who did something or had it done to them, as CAMEO codes it.
 *
 * @param country three-letter country or international code ({@code RUS}, {@code IGO}); never empty
 * @param sectors sector codes in order ({@code GOV}, {@code MIL}...), possibly none
 * @param name a readable name for the actor ("Russia", "Russian government")
 * @param kind what kind of entity this is
 */
public record Actor(String country, List<String> sectors, String name, ActorKind kind) {
  private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

  public Actor {
    Objects.requireNonNull(country, "country");
    if (!CODE.matcher(country).matches()) {
      throw new IllegalArgumentException(
          "actor country code must be 3 capital letters: " + country);
    }
    sectors = List.copyOf(sectors);
    for (String s : sectors) {
      if (!CODE.matcher(s).matches()) {
        throw new IllegalArgumentException("sector code must be 3 capital letters: " + s);
      }
    }
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
  }

  /** The CAMEO actor code: country followed by the sectors, e.g. {@code RUSGOV}. */
  public String code() {
    return country + String.join("", sectors);
  }
}
