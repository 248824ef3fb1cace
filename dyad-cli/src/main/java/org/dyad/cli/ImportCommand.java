package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dyad.store.EventStore;
import org.dyad.store.ImportSummary;
import org.dyad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code dyad import}: a Spark job's output into the database. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description =
        "Loads the Parquet output of 'dyad spark' into the database, each article once and whole,"
            + " clustered by the same rule as 'dyad ingest'.")
final class ImportCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DIR", description = "The output directory of 'dyad spark'.")
  Path dir;

  @Mixin StoreOptions store;

  private final PrintWriter out;
  private final PrintWriter err;

  ImportCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    try (EventStore db = EventStore.open(store.db)) {
      ImportSummary s = db.importSpark(dir);
      out.printf(
          "dyad import: inserted %d, replaced %d, unchanged %d, not coded %d (%d events) into %s%n",
          s.inserted(), s.replaced(), s.unchanged(), s.failed(), s.events(), store.db);
      return s.inserted() + s.replaced() + s.unchanged() == 0
          ? ExitCodes.NOTHING_PROCESSED
          : ExitCodes.OK;
    } catch (StoreException e) {
      err.println("dyad import: " + e.getMessage());
      return ExitCodes.IO;
    }
  }
}
