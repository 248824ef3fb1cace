package org.dyad.io;

/**
 * An input record that could not be read: the file, the line (0 when the whole file is at fault)
 * and what is wrong.
 *
 * @param file the file name, or {@code -} for standard input
 * @param line the line number, from 1; 0 for the whole file
 * @param message what is wrong
 */
public record InputProblem(String file, int line, String message) {
  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
  }
}
