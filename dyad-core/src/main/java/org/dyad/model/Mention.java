package org.dyad.model;

import java.util.List;
import java.util.Objects;

/**
 * Where an actor is named in a sentence.
 *
 * @param sentence sentence index in the article
 * @param headToken the token the actor phrase hangs on in the dependency tree
 * @param span the words that name the actor
 * @param actor the resolved actor
 * @param entries the dictionary entries that produced it ({@code countries:RUS}, {@code
 *     agents:president})
 */
public record Mention(int sentence, int headToken, Span span, Actor actor, List<String> entries) {
  public Mention {
    if (sentence < 0 || headToken < 0) {
      throw new IllegalArgumentException("bad mention position");
    }
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(actor, "actor");
    entries = List.copyOf(entries);
  }
}
