package org.dyad.actors;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An office a person held: the code it gives them and when.
 *
 * @param code the actor code while in office
 * @param from first day, or {@code null} when unknown (open at the start)
 * @param to last day, or {@code null} while the role lasts
 * @param title what the office is ("president")
 */
public record DatedRole(ActorCode code, LocalDate from, LocalDate to, String title) {
  public DatedRole {
    Objects.requireNonNull(code, "code");
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("role ends before it starts: " + from + ".." + to);
    }
    title = title == null ? "" : title;
  }

  public boolean holds(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }
}
