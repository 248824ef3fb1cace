package org.dyad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the database is: every command that reads or writes the store takes {@code --db}. */
final class StoreOptions {
  @Option(
      names = "--db",
      paramLabel = "PATH",
      description = "The DuckDB database file (default: ${DEFAULT-VALUE}).",
      defaultValue = "dyad.duckdb")
  Path db;

  /** For commands that only read: a missing database is the user's mistake, not an empty one. */
  String missing() {
    return Files.exists(db) ? null : "no database at " + db + ": run 'dyad ingest' first";
  }
}
