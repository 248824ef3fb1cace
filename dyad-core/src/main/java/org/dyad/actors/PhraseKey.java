package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a dictionary phrase or a token into the words the matcher compares: lower case, with
 * hyphens and possessive endings as words of their own, so "Guinea-Bissau" and "Guinea - Bissau",
 * "People's" and "People 's" agree whichever way a tokenizer splits them. An acronym ("UN", "U.S.",
 * "GIA") keeps its capitals and so matches only a token written in capitals: "us" and "Gia" are not
 * acronyms.
 */
final class PhraseKey {
  private PhraseKey() {}

  static List<String> words(String phrase) {
    List<String> out = new ArrayList<>();
    for (String part : phrase.trim().split("\\s+")) {
      if (part.isEmpty()) {
        continue;
      }
      String p = part;
      String possessive = null;
      if (p.length() > 2 && (p.endsWith("'s") || p.endsWith("\u2019s"))) {
        possessive = "'s";
        p = p.substring(0, p.length() - 2);
      } else if (p.length() > 1 && (p.endsWith("'") || p.endsWith("\u2019"))) {
        possessive = "'";
        p = p.substring(0, p.length() - 1);
      }
      split(p, out);
      if (possessive != null) {
        out.add(possessive);
      }
    }
    return out;
  }

  static void split(String token, List<String> out) {
    String t = normaliseKeepingAcronym(token);
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

  /** Lower case, unless the word is an acronym, which keeps its capitals. */
  static String normaliseKeepingAcronym(String word) {
    return isAcronym(word) ? word.replace('\u2019', '\'') : normalise(word);
  }

  static String normalise(String word) {
    return word.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2013', '-');
  }

  /** Two or more capitals and no lower-case letter: "UN", "U.S.", "IRGC". */
  static boolean isAcronym(String word) {
    int capitals = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isUpperCase(c)) {
        capitals++;
      }
    }
    return capitals >= 2;
  }
}
