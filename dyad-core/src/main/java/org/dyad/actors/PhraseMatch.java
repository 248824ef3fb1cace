package org.dyad.actors;

import java.util.Objects;

/**
 * A dictionary phrase found in a sentence.
 *
 * @param firstToken index of its first token
 * @param endToken index just past its last token
 * @param entry what the phrase names
 */
public record PhraseMatch(int firstToken, int endToken, DictionaryEntry entry) {
  public PhraseMatch {
    if (firstToken < 0 || endToken <= firstToken) {
      throw new IllegalArgumentException("bad match [" + firstToken + ", " + endToken + ")");
    }
    Objects.requireNonNull(entry, "entry");
  }

  public boolean covers(int token) {
    return token >= firstToken && token < endToken;
  }

  /** The match's last token, where a noun phrase has its head. */
  public int lastToken() {
    return endToken - 1;
  }
}
