package org.dyad.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.dyad.model.ActorKind;

/**
 * One named thing of an actor dictionary and what it contributes to an actor code.
 *
 * @param id where it came from, {@code file:key} ({@code countries:RUS}, {@code agents:president},
 *     {@code people:Vladimir Putin})
 * @param type how the phrase joins an actor
 * @param country three-letter country (or international) code, or {@code null} for agents
 * @param sectors sector codes or organisation tags the entry adds, possibly none
 * @param name a readable name ("Russia", "president")
 * @param kind the kind of actor it names
 * @param roles a person's dated offices, in file order; empty for everything else
 */
public record DictionaryEntry(
    String id,
    EntryType type,
    String country,
    List<String> sectors,
    String name,
    ActorKind kind,
    List<DatedRole> roles) {
  public DictionaryEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    if (type != EntryType.AGENT && country == null) {
      throw new IllegalArgumentException(type + " entry without a country: " + id);
    }
    sectors = List.copyOf(sectors);
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    roles = List.copyOf(roles);
  }

  /** An entry of a country or agent file: no roles, kind from the type. */
  public DictionaryEntry(
      String id, EntryType type, String country, List<String> sectors, String name) {
    this(
        id,
        type,
        country,
        sectors,
        name,
        type == EntryType.AGENT ? ActorKind.GROUP : ActorKind.STATE,
        List.of());
  }

  /**
   * The code this entry gives on a date: for a person, the role that holds the date (the latest to
   * start when several do), else the base code; without a date, the latest role. For everything
   * else, the fixed code.
   */
  public ActorCode codeAt(LocalDate date) {
    DatedRole r = roleAt(date);
    return r == null ? new ActorCode(country, sectors) : r.code();
  }

  /** The role {@link #codeAt} uses on that date, or {@code null} when it uses the base code. */
  public DatedRole roleAt(LocalDate date) {
    DatedRole best = null;
    for (DatedRole r : roles) {
      if ((date == null || r.holds(date)) && (best == null || later(r, best))) {
        best = r;
      }
    }
    return best;
  }

  /** Whether this entry and another could name different actors on one same day. */
  boolean overlapsInTime(DictionaryEntry other) {
    if (roles.isEmpty() || other.roles.isEmpty()) {
      return true;
    }
    for (DatedRole a : roles) {
      for (DatedRole b : other.roles) {
        boolean disjoint =
            (a.to() != null && b.from() != null && a.to().isBefore(b.from()))
                || (b.to() != null && a.from() != null && b.to().isBefore(a.from()));
        if (!disjoint) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean later(DatedRole a, DatedRole b) {
    if (a.from() == null) {
      return false;
    }
    return b.from() == null || a.from().isAfter(b.from());
  }
}
