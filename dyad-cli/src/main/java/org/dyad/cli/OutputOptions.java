package org.dyad.cli;

import java.io.PrintWriter;
import org.dyad.store.ResultTable;
import picocli.CommandLine.Option;

/** How a query's table is printed. */
final class OutputOptions {
  /** Output formats of the query commands. */
  enum Output {
    table,
    csv,
    json
  }

  @Option(
      names = "--output",
      paramLabel = "FORMAT",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "table")
  Output output;

  @Option(
      names = "--mentions",
      description = "Count every report of an event, not each deduplicated event once.")
  boolean mentions;

  void print(ResultTable t, PrintWriter out) {
    switch (output) {
      case table -> out.print(t.toText());
      case csv -> out.print(t.toCsv());
      case json -> out.println(t.toJson());
    }
    out.flush();
  }
}
