package org.dyad.coding;

import java.util.List;
import java.util.Objects;
import org.dyad.actors.Quantities;
import org.dyad.actors.ResolvedActor;

/**
 * What the coder found in one sentence, before dating and placing.
 *
 * @param sentence sentence index
 * @param trigger index of the trigger token
 * @param triggerEnd just past the last trigger token (a particle or the object of a light verb)
 * @param source the source actor
 * @param target the target actor
 * @param pattern the lexicon pattern that matched
 * @param code the CAMEO code, the pattern's or refined by the clause ("met ... in Tehran" is a
 *     visit)
 * @param confidence 0..1
 * @param counts numbers stated on the source or target phrase ("killed 23 people")
 * @param reporterFirst first token of who reported the event ("officials said..."), or -1
 * @param reporterEnd just past its last token, or -1
 */
public record CodedEvent(
    int sentence,
    int trigger,
    int triggerEnd,
    ResolvedActor source,
    ResolvedActor target,
    VerbPattern pattern,
    String code,
    double confidence,
    List<Quantities.Count> counts,
    int reporterFirst,
    int reporterEnd) {
  public CodedEvent {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(code, "code");
    counts = List.copyOf(counts);
  }

  /** The same event with another code and confidence. */
  CodedEvent withCode(String newCode, double newConfidence) {
    return new CodedEvent(
        sentence,
        trigger,
        triggerEnd,
        source,
        target,
        pattern,
        newCode,
        newConfidence,
        counts,
        reporterFirst,
        reporterEnd);
  }

  /** The same event aimed at another target. */
  CodedEvent withTarget(ResolvedActor newTarget) {
    return new CodedEvent(
        sentence,
        trigger,
        triggerEnd,
        source,
        newTarget,
        pattern,
        code,
        confidence,
        counts,
        reporterFirst,
        reporterEnd);
  }
}
