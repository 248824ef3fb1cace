package org.dyad.cli;

/** The exit codes of every dyad command. */
public final class ExitCodes {
  /** Everything that could be read was processed (some records may have been reported bad). */
  public static final int OK = 0;

  /** Nothing could be processed: no readable input record. */
  public static final int NOTHING_PROCESSED = 1;

  /** The command line was wrong (picocli's usage error). */
  public static final int USAGE = 2;

  /** The database or an output file could not be opened, read or written. */
  public static final int IO = 74;

  /** Dyad failed: a bug or an I/O error it cannot work around. */
  public static final int SOFTWARE = 70;

  private ExitCodes() {}
}
