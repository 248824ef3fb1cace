package org.dyad.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as read from the input.
 *
 * @param id stable identifier (from the input, else derived from the file name and line)
 * @param title the headline; empty when the input has none
 * @param text the body text that is coded
 * @param published publication date, or {@code null} when the input does not say
 * @param url where the article was published, or {@code null}
 * @param source the publisher or feed, or {@code null}
 */
public record Article(
    String id, String title, String text, LocalDate published, String url, String source) {
  public Article {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id is blank");
    }
    title = title == null ? "" : title;
    Objects.requireNonNull(text, "text");
  }

  public Optional<LocalDate> publishedDate() {
    return Optional.ofNullable(published);
  }

  /** The same article with another publication date. */
  public Article withPublished(LocalDate date) {
    return new Article(id, title, text, date, url, source);
  }
}
