package org.dyad.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.model.Token;

/**
 * Finds dictionary phrases in a token sequence: a trie over words, one left-to-right pass, the
 * longest phrase wins at each position and matches do not overlap. Each token is tried as written
 * and as its lemma, so a dictionary lists "rebel" once for "rebels" too.
 */
final class PhraseMatcher {
  private static final class Node {
    final Map<String, Node> next = new HashMap<>(4);
    // Usually one; several only for people who share a name at different times ("Bush").
    List<DictionaryEntry> entries = List.of();
  }

  private final Node root = new Node();
  private int size;

  /**
   * Adds a phrase. Returns {@code null} when it was added (or already named this entry), else the
   * entry that already names it at some same date, which is kept.
   */
  DictionaryEntry add(String phrase, DictionaryEntry entry) {
    List<String> words = PhraseKey.words(phrase);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("empty phrase");
    }
    Node n = root;
    for (String w : words) {
      n = n.next.computeIfAbsent(w, k -> new Node());
    }
    for (DictionaryEntry old : n.entries) {
      if (old.id().equals(entry.id())) {
        return null;
      }
      if (old.overlapsInTime(entry)) {
        return old;
      }
    }
    List<DictionaryEntry> list = new ArrayList<>(n.entries);
    list.add(entry);
    n.entries = List.copyOf(list);
    size++;
    return null;
  }

  int size() {
    return size;
  }

  /** A token as the matcher sees it: its lower-case form, its lemma and its acronym form. */
  private record Word(String text, String lemma, String acronym, int token) {}

  /** The phrases in a token sequence; a name several people share picks who held office then. */
  List<PhraseMatch> match(List<Token> tokens, LocalDate date) {
    List<Word> words = new ArrayList<>(tokens.size() + 4);
    for (Token t : tokens) {
      List<String> parts = new ArrayList<>(1);
      String text = t.text();
      if (PhraseKey.isAcronym(text)) {
        // "US" is tried as the acronym and as the word "us"; a dictionary acronym needs capitals.
        PhraseKey.split(text, parts);
        if (parts.size() == 1) {
          words.add(new Word(PhraseKey.normalise(text), null, parts.get(0), t.index()));
          continue;
        }
        parts.clear();
      }
      splitLower(text, parts);
      if (parts.size() == 1) {
        String lemma = PhraseKey.normalise(t.lemma());
        words.add(
            new Word(parts.get(0), lemma.equals(parts.get(0)) ? null : lemma, null, t.index()));
      } else {
        for (String p : parts) {
          words.add(new Word(p, null, null, t.index()));
        }
      }
    }
    List<PhraseMatch> out = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      boolean tokenStart = i == 0 || words.get(i - 1).token() != words.get(i).token();
      int[] bestEnd = {-1};
      List<DictionaryEntry>[] best = newBest();
      if (tokenStart) {
        walk(root, words, i, bestEnd, best);
      }
      if (best[0] != null) {
        int first = words.get(i).token();
        int lastToken = words.get(bestEnd[0] - 1).token();
        out.add(new PhraseMatch(first, lastToken + 1, pick(best[0], date)));
        i = bestEnd[0];
      } else {
        i++;
      }
    }
    return out;
  }

  private static void splitLower(String token, List<String> out) {
    List<String> raw = new ArrayList<>(2);
    PhraseKey.split(token.toLowerCase(java.util.Locale.ROOT), raw);
    out.addAll(raw);
  }

  @SuppressWarnings("unchecked")
  private static List<DictionaryEntry>[] newBest() {
    return (List<DictionaryEntry>[]) new List<?>[] {null};
  }

  private static DictionaryEntry pick(List<DictionaryEntry> entries, LocalDate date) {
    if (entries.size() == 1 || date == null) {
      return entries.get(0);
    }
    for (DictionaryEntry e : entries) {
      if (e.roleAt(date) != null) {
        return e;
      }
    }
    return entries.get(0);
  }

  private static void walk(
      Node node, List<Word> words, int i, int[] bestEnd, List<DictionaryEntry>[] best) {
    if (!node.entries.isEmpty() && i > 0) {
      boolean tokenEnd = i == words.size() || words.get(i).token() != words.get(i - 1).token();
      if (tokenEnd && i > bestEnd[0]) {
        bestEnd[0] = i;
        best[0] = node.entries;
      }
    }
    if (i == words.size()) {
      return;
    }
    Word w = words.get(i);
    Node n = node.next.get(w.text());
    if (n != null) {
      walk(n, words, i + 1, bestEnd, best);
    }
    if (w.acronym() != null) {
      Node a = node.next.get(w.acronym());
      if (a != null) {
        walk(a, words, i + 1, bestEnd, best);
      }
    }
    if (w.lemma() != null) {
      Node m = node.next.get(w.lemma());
      if (m != null) {
        walk(m, words, i + 1, bestEnd, best);
      }
    }
  }
}
