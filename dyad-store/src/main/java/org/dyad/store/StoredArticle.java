package org.dyad.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An article as stored, with its events as {@code dyad code} prints them (their evidence spans
 * index into {@code text}).
 *
 * @param id the store's article id
 * @param inputId the id the input gave it
 * @param title its title, possibly empty
 * @param text its text
 * @param published its publication date, or null
 * @param url its URL, or null
 * @param publisher who published it, or null
 * @param events one JSON object per event mention, in text order
 */
public record StoredArticle(
    long id,
    String inputId,
    String title,
    String text,
    LocalDate published,
    String url,
    String publisher,
    List<String> events) {
  public StoredArticle {
    Objects.requireNonNull(inputId, "inputId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    events = List.copyOf(events);
  }
}
