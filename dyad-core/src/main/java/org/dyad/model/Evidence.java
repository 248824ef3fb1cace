package org.dyad.model;

import java.util.List;
import java.util.Objects;

/**
 * Why an event was coded: the words that show it and the rules and entries that read them.
 *
 * @param trigger the verb or event noun
 * @param source the words naming the source actor
 * @param target the words naming the target actor
 * @param ruleId the lexicon pattern that matched ({@code verbs:meet.040})
 * @param dictionaryEntries the actor dictionary entries used for both actors
 * @param reportedBy who the text says stated the event ("X said Y attacked Z" gives X's words), or
 *     {@code null} when the text states it itself
 */
public record Evidence(
    Span trigger,
    Span source,
    Span target,
    String ruleId,
    List<String> dictionaryEntries,
    Span reportedBy) {
  public Evidence {
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(ruleId, "ruleId");
    dictionaryEntries = List.copyOf(dictionaryEntries);
  }
}
