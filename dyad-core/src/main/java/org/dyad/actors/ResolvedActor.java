package org.dyad.actors;

import java.util.List;
import java.util.Objects;
import org.dyad.model.Actor;

/**
 * An actor found at a place in a sentence.
 *
 * @param actor the actor
 * @param firstToken first token of the words that name it
 * @param endToken just past the last of them
 * @param entries the dictionary entries used
 * @param coreferent whether it was found through an earlier mention ("the two countries")
 */
public record ResolvedActor(
    Actor actor, int firstToken, int endToken, List<String> entries, boolean coreferent) {
  public ResolvedActor {
    Objects.requireNonNull(actor, "actor");
    if (firstToken < 0 || endToken <= firstToken) {
      throw new IllegalArgumentException("bad actor tokens");
    }
    entries = List.copyOf(entries);
  }
}
