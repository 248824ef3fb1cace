package org.dyad.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import org.dyad.model.Article;

/**
 * Who an article is and what it says. Its identity is its URL when it has one (so a corrected
 * article replaces the old one), else a hash of its normalised text (so the same text from two
 * files is one article). Its content hash changes whenever anything that is coded changes.
 */
public final class ArticleIdentity {
  private ArticleIdentity() {}

  /** {@code url:} + the URL, or {@code text:} + the SHA-256 of the normalised text. */
  public static String of(Article a) {
    if (a.url() != null && !a.url().isBlank()) {
      return "url:" + a.url().strip();
    }
    return "text:" + sha256(normalise(a.text()));
  }

  /** A hash of everything coding reads: title, text, date, URL and source. */
  public static String contentHash(Article a) {
    return sha256(
        String.join(
            "\u0000",
            normalise(a.title()),
            normalise(a.text()),
            String.valueOf(a.published()),
            String.valueOf(a.url()),
            String.valueOf(a.source())));
  }

  /** NFC, whitespace runs as one space, trimmed: copies that differ only in layout are equal. */
  static String normalise(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
  }

  /** Who published an article: its source, else its URL's host without "www.", else null. */
  static String publisher(Article a) {
    if (a.source() != null && !a.source().isBlank()) {
      return a.source().strip();
    }
    if (a.url() == null) {
      return null;
    }
    try {
      String host = java.net.URI.create(a.url().strip()).getHost();
      if (host == null) {
        return null;
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String sha256(String s) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(d.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("no SHA-256 in this JVM", e);
    }
  }
}
