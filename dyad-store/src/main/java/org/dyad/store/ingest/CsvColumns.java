package org.dyad.store.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which CSV header names hold an article's fields. Parsed once from {@code field=header,...}; an
 * unknown field is an error, not a silent default.
 *
 * @param id the id column (optional in the file: the file name and record number stand in)
 * @param title the title column (optional)
 * @param text the text column (required)
 * @param date the date column, YYYY-MM-DD or ISO date-time (optional)
 * @param url the URL column (optional)
 * @param source the publisher column (optional)
 */
public record CsvColumns(
    String id, String title, String text, String date, String url, String source) {
  private static final Set<String> FIELDS = Set.of("id", "title", "text", "date", "url", "source");

  public CsvColumns {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(source, "source");
  }

  /** Each field read from the column of its own name. */
  public static CsvColumns defaults() {
    return new CsvColumns("id", "title", "text", "date", "url", "source");
  }

  /**
   * Parses {@code text=body,date=published}: fields not named keep their default column.
   *
   * @throws IllegalArgumentException for an unknown field or a malformed pair
   */
  public static CsvColumns parse(String spec) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String f : FIELDS) {
      m.put(f, f);
    }
    if (spec != null && !spec.isBlank()) {
      for (String pair : spec.split(",")) {
        int eq = pair.indexOf('=');
        if (eq <= 0 || eq == pair.length() - 1) {
          throw new IllegalArgumentException("expected FIELD=COLUMN, got '" + pair.strip() + "'");
        }
        String field = pair.substring(0, eq).strip();
        if (!FIELDS.contains(field)) {
          throw new IllegalArgumentException(
              "unknown field '" + field + "' (known: id, title, text, date, url, source)");
        }
        m.put(field, pair.substring(eq + 1).strip());
      }
    }
    return new CsvColumns(
        m.get("id"), m.get("title"), m.get("text"), m.get("date"), m.get("url"), m.get("source"));
  }
}
