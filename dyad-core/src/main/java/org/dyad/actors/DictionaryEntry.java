package org.dyad.actors;

import java.util.List;
import java.util.Objects;

/**
 * One phrase of an actor dictionary and what it contributes to an actor code.
 *
 * @param id where it came from, {@code file:key} ({@code countries:RUS}, {@code agents:president})
 * @param type how the phrase joins an actor
 * @param country three-letter country code, or {@code null} for agents
 * @param sectors sector codes the phrase adds, possibly none
 * @param name a readable name ("Russia", "president")
 */
public record DictionaryEntry(
    String id, EntryType type, String country, List<String> sectors, String name) {
  public DictionaryEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    if (type != EntryType.AGENT && country == null) {
      throw new IllegalArgumentException(type + " entry without a country: " + id);
    }
    sectors = List.copyOf(sectors);
    Objects.requireNonNull(name, "name");
  }
}
