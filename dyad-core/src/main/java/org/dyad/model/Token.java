package org.dyad.model;

import java.util.Objects;

/**
 * One token of a sentence.
 *
 * @param index position in its sentence, from 0
 * @param text the token as written
 * @param lemma dictionary form
 * @param pos Penn Treebank part-of-speech tag
 * @param ner named-entity tag ({@code O} when none)
 * @param begin character offset in the article text
 * @param end character offset just past the token
 */
public record Token(
    int index, String text, String lemma, String pos, String ner, int begin, int end) {
  public Token {
    if (index < 0) {
      throw new IllegalArgumentException("token index < 0");
    }
    Objects.requireNonNull(text, "text");
    lemma = lemma == null ? text : lemma;
    pos = pos == null ? "" : pos;
    ner = ner == null || ner.isEmpty() ? "O" : ner;
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad token offsets [" + begin + ", " + end + ")");
    }
  }

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isNoun() {
    return pos.startsWith("NN") || pos.startsWith("PRP");
  }
}
