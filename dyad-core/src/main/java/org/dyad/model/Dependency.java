package org.dyad.model;

import java.util.Objects;

/**
 * A Universal Dependencies edge between two tokens of one sentence.
 *
 * @param governor index of the head token, or {@code -1} for the root edge
 * @param relation UD relation with its subtype ({@code nsubj}, {@code obl}, {@code nsubj:pass}...)
 * @param dependent index of the dependent token
 */
public record Dependency(int governor, String relation, int dependent) {
  public static final int ROOT = -1;

  public Dependency {
    if (governor < ROOT || dependent < 0) {
      throw new IllegalArgumentException("bad edge " + governor + " -> " + dependent);
    }
    Objects.requireNonNull(relation, "relation");
  }

  /** The relation without its subtype: {@code nsubj:pass} gives {@code nsubj}. */
  public String baseRelation() {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }
}
