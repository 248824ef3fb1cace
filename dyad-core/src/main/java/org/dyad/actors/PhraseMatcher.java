package org.dyad.actors;

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
    DictionaryEntry entry;
  }

  private final Node root = new Node();
  private int size;

  /** Adds a phrase; returns the entry it already had, if any, and keeps that one. */
  DictionaryEntry add(String phrase, DictionaryEntry entry) {
    List<String> words = PhraseKey.words(phrase);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("empty phrase");
    }
    Node n = root;
    for (String w : words) {
      n = n.next.computeIfAbsent(w, k -> new Node());
    }
    if (n.entry != null) {
      return n.entry;
    }
    n.entry = entry;
    size++;
    return null;
  }

  int size() {
    return size;
  }

  private record Word(String text, String lemma, int token) {}

  List<PhraseMatch> match(List<Token> tokens) {
    List<Word> words = new ArrayList<>(tokens.size() + 4);
    for (Token t : tokens) {
      List<String> parts = new ArrayList<>(1);
      PhraseKey.split(t.text(), parts);
      if (parts.size() == 1) {
        String lemma = PhraseKey.normalise(t.lemma());
        words.add(new Word(parts.get(0), lemma.equals(parts.get(0)) ? null : lemma, t.index()));
      } else {
        for (String p : parts) {
          words.add(new Word(p, null, t.index()));
        }
      }
    }
    List<PhraseMatch> out = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      boolean tokenStart = i == 0 || words.get(i - 1).token() != words.get(i).token();
      int[] bestEnd = {-1};
      DictionaryEntry[] best = {null};
      if (tokenStart) {
        walk(root, words, i, bestEnd, best);
      }
      if (best[0] != null) {
        int first = words.get(i).token();
        int lastToken = words.get(bestEnd[0] - 1).token();
        out.add(new PhraseMatch(first, lastToken + 1, best[0]));
        i = bestEnd[0];
      } else {
        i++;
      }
    }
    return out;
  }

  private static void walk(
      Node node, List<Word> words, int i, int[] bestEnd, DictionaryEntry[] best) {
    if (node.entry != null && i > 0) {
      boolean tokenEnd = i == words.size() || words.get(i).token() != words.get(i - 1).token();
      if (tokenEnd && i > bestEnd[0]) {
        bestEnd[0] = i;
        best[0] = node.entry;
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
    if (w.lemma() != null) {
      Node m = node.next.get(w.lemma());
      if (m != null) {
        walk(m, words, i + 1, bestEnd, best);
      }
    }
  }
}
