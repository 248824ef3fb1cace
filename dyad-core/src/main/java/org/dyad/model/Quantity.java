package org.dyad.model;

import java.util.Objects;

/**
 * A number that measures an event: the dead of an attack, the crowd of a protest ("killed more than
 * 250,000 people", "thousands of protesters marched").
 *
 * @param value the number as stated; for vague plurals the lower bound ("dozens" is 24, "thousands"
 *     2,000)
 * @param qualifier how the text bounds it ("more than", "at least", "about"), or empty
 * @param unit what is counted (the noun's lemma: "people", "protester"), or empty
 * @param span the words that state it
 */
public record Quantity(long value, String qualifier, String unit, Span span) {
  public Quantity {
    if (value < 0) {
      throw new IllegalArgumentException("negative quantity " + value);
    }
    qualifier = qualifier == null ? "" : qualifier;
    unit = unit == null ? "" : unit;
    Objects.requireNonNull(span, "span");
  }
}
