package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a dictionary phrase or a token into the words the matcher compares: lower case, with
 * hyphens and a trailing possessive as words of their own, so "Guinea-Bissau" and "Guinea - Bissau"
 * agree whichever way a tokenizer splits them.
 */
final class PhraseKey {
  private PhraseKey() {}

  static List<String> words(String phrase) {
    List<String> out = new ArrayList<>();
    for (String part : phrase.trim().split("\\s+")) {
      if (!part.isEmpty()) {
        split(part, out);
      }
    }
    return out;
  }

  static void split(String token, List<String> out) {
    String t = normalise(token);
    int start = 0;
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) == '-' && t.length() > 1) {
        if (i > start) {
          out.add(t.substring(start, i));
        }
        out.add("-");
        start = i + 1;
      }
    }
    if (start < t.length()) {
      out.add(t.substring(start));
    }
  }

  static String normalise(String word) {
    return word.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2013', '-');
  }
}
