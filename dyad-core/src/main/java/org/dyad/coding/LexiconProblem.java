package org.dyad.coding;

/**
 * A lexicon line that could not be used.
 *
 * @param file the lexicon file
 * @param line line number, from 1
 * @param message what is wrong
 */
public record LexiconProblem(String file, int line, String message) {
  @Override
  public String toString() {
    return file + ":" + line + ": " + message;
  }
}
