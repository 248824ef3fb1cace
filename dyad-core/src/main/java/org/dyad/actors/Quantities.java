package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Numbers in noun phrases: "23 people", "more than 250,000 people", "dozens of civilians", "2.5
 * million refugees". The actor of "dozens of civilians" is the civilians; the count is an event's
 * measure.
 */
public final class Quantities {
  /**
   * A count found in a sentence.
   *
   * @param firstToken first token of the words that state it (qualifier included)
   * @param endToken just past the last
   * @param value the number (lower bound for vague plurals)
   * @param qualifier "more than", "at least"..., or empty
   * @param unit the counted noun's lemma, or empty
   */
  public record Count(int firstToken, int endToken, long value, String qualifier, String unit) {}

  private static final Map<String, Long> WORDS =
      Map.ofEntries(
          Map.entry("one", 1L),
          Map.entry("two", 2L),
          Map.entry("three", 3L),
          Map.entry("four", 4L),
          Map.entry("five", 5L),
          Map.entry("six", 6L),
          Map.entry("seven", 7L),
          Map.entry("eight", 8L),
          Map.entry("nine", 9L),
          Map.entry("ten", 10L),
          Map.entry("eleven", 11L),
          Map.entry("twelve", 12L),
          Map.entry("fifteen", 15L),
          Map.entry("twenty", 20L),
          Map.entry("thirty", 30L),
          Map.entry("forty", 40L),
          Map.entry("fifty", 50L),
          Map.entry("hundred", 100L),
          Map.entry("thousand", 1_000L),
          Map.entry("million", 1_000_000L),
          Map.entry("billion", 1_000_000_000L),
          Map.entry("dozen", 12L));
  // Vague plurals: the smallest number they can mean, stated as "at least".
  private static final Map<String, Long> VAGUE =
      Map.of(
          "dozens", 24L,
          "scores", 40L,
          "hundreds", 200L,
          "thousands", 2_000L,
          "tens of thousands", 20_000L,
          "millions", 2_000_000L);
  private static final Set<String> GROUP_NOUNS =
      Set.of("group", "crowd", "number", "band", "team", "contingent", "handful", "batch");

  private Quantities() {}

  /** Whether a head noun counts something else ("dozens of", "a group of"). */
  public static boolean isQuantityNoun(Token t) {
    String w = t.text().toLowerCase(Locale.ROOT);
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    return VAGUE.containsKey(w) || GROUP_NOUNS.contains(lemma) || t.pos().equals("CD");
  }

  /** The "of" noun a quantity head counts ("dozens of civilians" gives civilians), or -1. */
  public static int countedNoun(Sentence s, int head) {
    for (Dependency d : s.children(head)) {
      if (d.baseRelation().equals("nmod") && hasOf(s, d.dependent())) {
        return d.dependent();
      }
    }
    return -1;
  }

  /** The count stated on a noun phrase's head, if any. */
  public static List<Count> on(Sentence s, int head) {
    List<Count> out = new ArrayList<>(1);
    Token h = s.token(head);
    String w = h.text().toLowerCase(Locale.ROOT);
    if (VAGUE.containsKey(w)) {
      int counted = countedNoun(s, head);
      String unit = counted < 0 ? "" : s.token(counted).lemma().toLowerCase(Locale.ROOT);
      out.add(new Count(head, head + 1, VAGUE.get(w), "at least", unit));
      return out;
    }
    if (h.pos().equals("CD")) {
      Long v = number(s, head);
      if (v != null) {
        int counted = countedNoun(s, head);
        String unit = counted < 0 ? "" : s.token(counted).lemma().toLowerCase(Locale.ROOT);
        out.add(withQualifier(s, head, v, unit));
      }
      return out;
    }
    for (Dependency d : s.children(head)) {
      if (d.relation().equals("nummod")) {
        Long v = number(s, d.dependent());
        if (v != null) {
          out.add(withQualifier(s, d.dependent(), v, h.lemma().toLowerCase(Locale.ROOT)));
        }
      }
    }
    return out;
  }

  private static Count withQualifier(Sentence s, int number, long value, String unit) {
    int first = number;
    java.util.Set<Integer> parts = new java.util.HashSet<>();
    for (Dependency d : s.children(number)) {
      if (d.relation().equals("compound")) {
        parts.add(d.dependent());
      }
      if (d.dependent() < number) {
        first = Math.min(first, firstOf(s, d.dependent()));
      }
    }
    StringBuilder q = new StringBuilder();
    for (int i = first; i < number; i++) {
      if (parts.contains(i)) {
        continue;
      }
      if (q.length() > 0) {
        q.append(' ');
      }
      q.append(s.token(i).text().toLowerCase(Locale.ROOT));
    }
    return new Count(first, number + 1, value, q.toString(), unit);
  }

  private static int firstOf(Sentence s, int token) {
    int first = token;
    for (Dependency d : s.children(token)) {
      first = Math.min(first, firstOf(s, d.dependent()));
    }
    return first;
  }

  /** The value of a number token and its compound parts ("2.5 million", "250,000", "five"). */
  static Long number(Sentence s, int token) {
    Long v = parse(s.token(token).text());
    if (v == null) {
      return null;
    }
    for (Dependency d : s.children(token)) {
      if (d.relation().equals("compound") && s.token(d.dependent()).pos().equals("CD")) {
        // "2.5 million": the compound is the multiplicand.
        Double m = parseDouble(s.token(d.dependent()).text());
        if (m != null) {
          return Math.round(m * v);
        }
      }
    }
    return v;
  }

  private static Long parse(String text) {
    String t = text.toLowerCase(Locale.ROOT).replace(",", "");
    if (WORDS.containsKey(t)) {
      return WORDS.get(t);
    }
    Double d = parseDouble(t);
    return d == null ? null : Math.round(d);
  }

  private static Double parseDouble(String text) {
    String t = text.replace(",", "");
    if (!t.matches("\\d+(\\.\\d+)?")) {
      Long w = WORDS.get(t.toLowerCase(Locale.ROOT));
      return w == null ? null : w.doubleValue();
    }
    return Double.parseDouble(t);
  }

  private static boolean hasOf(Sentence s, int head) {
    for (Dependency d : s.children(head)) {
      if (d.relation().equals("case") && s.token(d.dependent()).lemma().equalsIgnoreCase("of")) {
        return true;
      }
    }
    return false;
  }
}
