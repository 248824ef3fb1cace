package org.dyad.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One analysed sentence: its tokens and its basic Universal Dependencies tree.
 *
 * @param index position in the article, from 0
 * @param begin character offset of the sentence in the article text
 * @param end character offset just past the sentence
 * @param tokens tokens in order; token {@code i} has index {@code i}
 * @param dependencies the tree's edges (empty when the sentence was not parsed)
 */
public record Sentence(
    int index, int begin, int end, List<Token> tokens, List<Dependency> dependencies) {
  public Sentence {
    if (index < 0 || begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad sentence " + index + " [" + begin + ", " + end + ")");
    }
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).index() != i) {
        throw new IllegalArgumentException("token " + i + " has index " + tokens.get(i).index());
      }
    }
    for (Dependency d : dependencies) {
      if (d.dependent() >= tokens.size() || d.governor() >= tokens.size()) {
        throw new IllegalArgumentException("edge outside the sentence: " + d);
      }
    }
    Objects.requireNonNull(tokens);
  }

  /** The edges whose governor is {@code token}, in dependent order. */
  public List<Dependency> children(int token) {
    List<Dependency> out = new ArrayList<>(2);
    for (Dependency d : dependencies) {
      if (d.governor() == token) {
        out.add(d);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The edge that attaches {@code token} to its head, or {@code null} for a token outside the tree.
   */
  public Dependency head(int token) {
    for (Dependency d : dependencies) {
      if (d.dependent() == token) {
        return d;
      }
    }
    return null;
  }

  public Token token(int index) {
    return tokens.get(index);
  }

  public boolean isParsed() {
    return !dependencies.isEmpty();
  }
}
