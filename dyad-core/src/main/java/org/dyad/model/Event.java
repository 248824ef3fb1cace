package org.dyad.model;

import java.util.List;
import java.util.Objects;

/**
 * One coded event: a source actor did something to a target actor.
 *
 * @param articleId the article it was read from
 * @param sentenceIndex the sentence that states it
 * @param source who acted
 * @param target who was acted on
 * @param cameoCode the CAMEO event code ({@code 042})
 * @param ploverCategory PLOVER 2021 category, or {@code null} for CAMEO codes PLOVER does not map
 *     (statements and appeals)
 * @param ploverMode PLOVER mode, or {@code null}
 * @param goldstein Goldstein scale value of the code, -10..10
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
 *     conflict
 * @param date when it happened, or {@code null} when neither the text nor the article says
 * @param location where it happened, or {@code null} when unknown
 * @param quantities numbers that measure it: the dead, the crowd ("killed 23 people")
 * @param evidence the words and rules behind it
 * @param confidence how sure the coder is, 0..1
 */
public record Event(
    String articleId,
    int sentenceIndex,
    Actor source,
    Actor target,
    String cameoCode,
    String ploverCategory,
    String ploverMode,
    double goldstein,
    int quadClass,
    EventDate date,
    Location location,
    List<Quantity> quantities,
    Evidence evidence,
    double confidence) {
  public Event {
    Objects.requireNonNull(articleId, "articleId");
    if (sentenceIndex < 0) {
      throw new IllegalArgumentException("sentence index < 0");
    }
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    if (source.code().equals(target.code())) {
      throw new IllegalArgumentException("source equals target: " + source.code());
    }
    Objects.requireNonNull(cameoCode, "cameoCode");
    if (goldstein < -10 || goldstein > 10) {
      throw new IllegalArgumentException("Goldstein out of range: " + goldstein);
    }
    if (quadClass < 1 || quadClass > 4) {
      throw new IllegalArgumentException("QuadClass out of range: " + quadClass);
    }
    quantities = List.copyOf(quantities);
    Objects.requireNonNull(evidence, "evidence");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence out of [0, 1]: " + confidence);
    }
  }

  /** The two-digit CAMEO root. */
  public String root() {
    return cameoCode.substring(0, 2);
  }
}
