package org.dyad.store.ingest;

import java.util.Locale;
import java.util.Optional;

/** The formats {@code dyad ingest} reads, told apart by file extension. */
public enum InputFormat {
  /** Plain text, one article a file (first line the title). */
  TEXT,
  /** JSON Lines, one article a line. */
  JSONL,
  /** CSV (or TSV), one article a record, columns named by a header line. */
  CSV,
  /** An HTML page, one article: boilerplate (navigation, scripts, footers) stripped. */
  HTML,
  /** An RSS 2.0 or Atom feed, one article an item or entry. */
  FEED;

  /** The format of a file by its extension, or empty when Dyad does not read such files. */
  public static Optional<InputFormat> of(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
    }
    if (n.endsWith(".txt") || n.endsWith(".text")) {
      return Optional.of(TEXT);
    }
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
      return Optional.of(JSONL);
    }
    if (n.endsWith(".csv") || n.endsWith(".tsv")) {
      return Optional.of(CSV);
    }
    if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
      return Optional.of(HTML);
    }
    if (n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".xml")) {
      return Optional.of(FEED);
    }
    return Optional.empty();
  }

  /** The format of standard input, from its first characters. */
  static InputFormat sniff(String head) {
    String h = head.stripLeading();
    if (h.startsWith("\uFEFF")) {
      h = h.substring(1).stripLeading();
    }
    if (h.startsWith("{")) {
      return JSONL;
    }
    String lower = h.toLowerCase(Locale.ROOT);
    if (lower.startsWith("<?xml") || lower.startsWith("<rss") || lower.startsWith("<feed")) {
      return lower.contains("<html") ? HTML : FEED;
    }
    if (lower.startsWith("<")) {
      return HTML;
    }
    return TEXT;
  }
}
