package org.dyad.coding;

import java.util.List;
import java.util.Objects;

/**
 * One lexicon pattern: a trigger verb, what its object must be, where its target is, and the CAMEO
 * code it gives.
 *
 * @param id unique id ({@code meet.040})
 * @param code CAMEO code
 * @param verb verb lemma, with a particle when it has one ({@code call off}); or {@code noun:LEMMA}
 *     for an event noun whose source is its possessor, its "by" phrase or its modifier ("Putin's
 *     visit to Tehran", "strikes by Russia on Syria", "Russian strikes")
 * @param objectClass noun class the direct object must belong to ({@code agreement}); or {@code
 *     PREPOSITION:CLASS}, a prepositional phrase of that class the verb must have ({@code
 *     as:shield}: "held refugees as human shields"); or {@code null} when any object (or none) will
 *     do
 * @param targetSlots where the target is, in order of preference: {@code obj} (the direct object)
 *     or a preposition ({@code with}, {@code against}, {@code to})
 * @param reciprocal whether the event runs both ways ("A and B signed an agreement")
 * @param example a sentence the pattern must code, tested with the whole pipeline
 * @param line the lexicon line it came from
 */
public record VerbPattern(
    String id,
    String code,
    String verb,
    String objectClass,
    List<String> targetSlots,
    boolean reciprocal,
    String example,
    int line) {
  public VerbPattern {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(verb, "verb");
    targetSlots = List.copyOf(targetSlots);
    Objects.requireNonNull(example, "example");
  }

  private static final String NOUN = "noun:";

  /** Whether the trigger is an event noun ({@code noun:visit}: "Putin's visit to Tehran"). */
  public boolean isNoun() {
    return verb.startsWith(NOUN);
  }

  /**
   * The trigger's lemma, without particle or {@code noun:} prefix; for a two-word event noun its
   * head, the last word ("strike" in {@code noun:air strike}).
   */
  public String lemma() {
    if (isNoun()) {
      String n = verb.substring(NOUN.length());
      int space = n.lastIndexOf(' ');
      return space < 0 ? n : n.substring(space + 1);
    }
    int space = verb.indexOf(' ');
    return space < 0 ? verb : verb.substring(0, space);
  }

  /** The modifier a two-word event noun needs ("air" in {@code noun:air strike}), or null. */
  public String nounModifier() {
    if (!isNoun()) {
      return null;
    }
    String n = verb.substring(NOUN.length());
    int space = n.lastIndexOf(' ');
    return space < 0 ? null : n.substring(0, space);
  }

  /** The preposition of a {@code PREPOSITION:CLASS} constraint ({@code as}), or {@code null}. */
  public String phraseCase() {
    if (objectClass == null || objectClass.startsWith("clause:")) {
      return null;
    }
    int colon = objectClass.indexOf(':');
    return colon < 0 ? null : objectClass.substring(0, colon);
  }

  /** The noun class of a {@code PREPOSITION:CLASS} constraint, or {@code null}. */
  public String phraseClass() {
    String c = phraseCase();
    return c == null ? null : objectClass.substring(c.length() + 1);
  }

  /** The particle ({@code off} in {@code call off}), or {@code null}. */
  public String particle() {
    if (isNoun()) {
      return null;
    }
    int space = verb.indexOf(' ');
    return space < 0 ? null : verb.substring(space + 1);
  }
}
