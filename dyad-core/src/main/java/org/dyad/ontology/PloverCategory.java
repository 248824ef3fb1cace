package org.dyad.ontology;

import java.util.List;
import java.util.Objects;

/**
 * A PLOVER 2021 event category.
 *
 * @param name upper-case name ({@code CONSULT})
 * @param quadClass the QuadClass the category belongs to
 * @param requiresRecipient whether the category needs a target actor
 * @param modes the category's modes, possibly none
 */
public record PloverCategory(
    String name, int quadClass, boolean requiresRecipient, List<String> modes) {
  public PloverCategory {
    Objects.requireNonNull(name, "name");
    if (quadClass < 1 || quadClass > 4) {
      throw new IllegalArgumentException("QuadClass out of 1..4 for " + name);
    }
    modes = List.copyOf(modes);
  }
}
