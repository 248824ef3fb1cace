package org.dyad.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.store.EventFilter;
import org.dyad.store.EventStore;
import org.dyad.store.Exporter;
import org.dyad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad export}: writes the stored events in another tool's format. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the stored events as GDELT 2.0 event rows (61 tab-separated columns), PLOVER JSON"
          + " lines, CSV, JSON Lines (with evidence) or Parquet.",
      "Rows are deduplicated events with their mention counts; --mentions writes every report"
          + " instead (CSV, JSON Lines, Parquet)."
    })
final class ExportCommand implements Callable<Integer> {
  /** Export formats. */
  enum Format {
    gdelt,
    plover,
    csv,
    jsonl,
    parquet
  }

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      description = "${COMPLETION-CANDIDATES}.")
  Format format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write to FILE (default: standard output; Parquet needs a file).")
  Path file;

  @Option(
      names = "--mentions",
      description = "Every report of an event, not each deduplicated event once.")
  boolean mentions;

  @Mixin StoreOptions store;
  @Mixin FilterOptions filters;

  private final PrintWriter out;
  private final PrintWriter err;

  ExportCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    EventFilter filter;
    try {
      filter = filters.filter();
    } catch (IllegalArgumentException e) {
      err.println("dyad export: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    if (format == Format.parquet && file == null) {
      err.println("dyad export: Parquet is binary: give --out FILE");
      return ExitCodes.USAGE;
    }
    if ((format == Format.gdelt || format == Format.plover) && mentions) {
      err.println("dyad export: --mentions applies to csv, jsonl and parquet only");
      return ExitCodes.USAGE;
    }
    if (store.missing() != null) {
      err.println("dyad export: " + store.missing());
      return ExitCodes.IO;
    }
    long rows;
    try (EventStore db = EventStore.open(store.db)) {
      Exporter exporter = new Exporter(db);
      if (format == Format.parquet) {
        rows = exporter.writeParquet(filter, mentions, file);
      } else if (file == null) {
        rows =
            exporter.write(
                Exporter.Format.valueOf(format.name().toUpperCase(Locale.ROOT)),
                filter,
                mentions,
                out);
      } else {
        try (Writer w =
            new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
          rows =
              exporter.write(
                  Exporter.Format.valueOf(format.name().toUpperCase(Locale.ROOT)),
                  filter,
                  mentions,
                  w);
        }
      }
    } catch (StoreException e) {
      err.println("dyad export: " + e.getMessage());
      return ExitCodes.IO;
    } catch (IOException e) {
      err.println(
          "dyad export: cannot write "
              + (file == null ? "the output" : file)
              + ": "
              + e.getMessage());
      return ExitCodes.IO;
    }
    err.printf(
        Locale.ROOT,
        "dyad export: %d %s row(s)%s%n",
        rows,
        format,
        file == null ? "" : " to " + file);
    return ExitCodes.OK;
  }
}
