package org.dyad.actors;

/**
 * A dictionary line that could not be used: the file, the line and what is wrong with it.
 *
 * @param file the dictionary file or resource
 * @param line the line number, from 1
 * @param message what is wrong
 */
public record DictionaryProblem(String file, int line, String message) {
  @Override
  public String toString() {
    return file + ":" + line + ": " + message;
  }
}
