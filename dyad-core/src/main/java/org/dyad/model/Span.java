package org.dyad.model;

import java.util.Objects;

/**
 * A stretch of an article's text: character offsets {@code [begin, end)} and the text they cover.
 */
public record Span(int begin, int end, String text) {
  public Span {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
    }
    Objects.requireNonNull(text, "text");
  }

  /** The span of {@code articleText} between the two offsets. */
  public static Span of(String articleText, int begin, int end) {
    return new Span(begin, end, articleText.substring(begin, end));
  }
}
