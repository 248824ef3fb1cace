package org.dyad.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.dyad.store.EventFilter;
import org.dyad.store.EventStore;
import org.dyad.store.Queries;
import org.dyad.store.ResultTable;
import org.dyad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The commands that ask the database a question and print a table. */
final class QueryCommands {
  private QueryCommands() {}

  /** Opens the store, runs the question, prints the answer; errors become exit codes. */
  private static int run(
      String name,
      StoreOptions store,
      OutputOptions output,
      PrintWriter out,
      PrintWriter err,
      Function<Queries, ResultTable> question) {
    if (store.missing() != null) {
      err.println("dyad " + name + ": " + store.missing());
      return ExitCodes.IO;
    }
    try (EventStore db = EventStore.open(store.db)) {
      ResultTable t = question.apply(new Queries(db, output.mentions));
      output.print(t, out);
      if (t.rows().isEmpty()) {
        err.println("dyad " + name + ": no events match");
      }
      return ExitCodes.OK;
    } catch (IllegalArgumentException e) {
      err.println("dyad " + name + ": " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (StoreException e) {
      err.println("dyad " + name + ": " + e.getMessage());
      return ExitCodes.IO;
    }
  }

  /** {@code dyad dyad A B}: how two actors' relations moved over time. */
  @Command(
      name = "dyad",
      mixinStandardHelpOptions = true,
      description =
          "Per period, both directions: events by QuadClass, mean Goldstein and the commonest"
              + " CAMEO codes between two actors (prefixes: RUS matches RUSGOV).")
  static final class DyadSeries implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "A", description = "One actor (RUS).")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "The other actor (IRN).")
    String b;

    @Option(
        names = "--by",
        paramLabel = "PERIOD",
        description = "day, week, month or year (default: ${DEFAULT-VALUE}).",
        defaultValue = "month")
    String by;

    @Mixin StoreOptions store;
    @Mixin OutputOptions output;
    @Mixin FilterOptions filters;

    private final PrintWriter out;
    private final PrintWriter err;

    DyadSeries(PrintWriter out, PrintWriter err) {
      this.out = out;
      this.err = err;
    }

    @Override
    public Integer call() {
      Queries.Period period;
      try {
        period = Queries.Period.valueOf(by.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        err.println("dyad dyad: --by must be day, week, month or year: " + by);
        return ExitCodes.USAGE;
      }
      return run("dyad", store, output, out, err, q -> q.dyad(a, b, period, filters.filter()));
    }
  }

  /** {@code dyad partners A}: whom an actor deals with. */
  @Command(
      name = "partners",
      mixinStandardHelpOptions = true,
      description =
          "An actor's partners (countries on the other side) by event volume or mean Goldstein.")
  static final class Partners implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ACTOR", description = "The actor (RUS, RUSGOV).")
    String actor;

    @Option(
        names = "--sort",
        paramLabel = "ORDER",
        description =
            "volume (most events first), cooperation (highest mean Goldstein first) or conflict"
                + " (lowest first) (default: ${DEFAULT-VALUE}).",
        defaultValue = "volume")
    String sort;

    @Option(
        names = "--min-events",
        paramLabel = "N",
        description = "Leave out partners with fewer events (default: ${DEFAULT-VALUE}).",
        defaultValue = "1")
    int minEvents;

    @Option(
        names = "--limit",
        paramLabel = "N",
        description = "At most N partners (default: ${DEFAULT-VALUE}).",
        defaultValue = "20")
    int limit;

    @Mixin StoreOptions store;
    @Mixin OutputOptions output;
    @Mixin FilterOptions filters;

    private final PrintWriter out;
    private final PrintWriter err;

    Partners(PrintWriter out, PrintWriter err) {
      this.out = out;
      this.err = err;
    }

    @Override
    public Integer call() {
      Queries.PartnerOrder order;
      try {
        order = Queries.PartnerOrder.valueOf(sort.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        err.println("dyad partners: --sort must be volume, cooperation or conflict: " + sort);
        return ExitCodes.USAGE;
      }
      return run(
          "partners",
          store,
          output,
          out,
          err,
          q -> q.partners(actor, order, minEvents, limit, filters.filter()));
    }
  }

  /** {@code dyad events}: the stored events that pass a filter. */
  @Command(
      name = "events",
      mixinStandardHelpOptions = true,
      description = "Lists stored events, newest first, with the sentence that states each.")
  static final class Events implements Callable<Integer> {
    @Option(
        names = "--limit",
        paramLabel = "N",
        description = "At most N events (default: ${DEFAULT-VALUE}).",
        defaultValue = "50")
    int limit;

    @Option(
        names = "--offset",
        paramLabel = "N",
        description = "Skip the first N (default: ${DEFAULT-VALUE}).",
        defaultValue = "0")
    int offset;

    @Mixin StoreOptions store;
    @Mixin OutputOptions output;
    @Mixin FilterOptions filters;

    private final PrintWriter out;
    private final PrintWriter err;

    Events(PrintWriter out, PrintWriter err) {
      this.out = out;
      this.err = err;
    }

    @Override
    public Integer call() {
      if (limit < 1 || offset < 0) {
        err.println("dyad events: --limit must be at least 1 and --offset at least 0");
        return ExitCodes.USAGE;
      }
      EventFilter f;
      try {
        f = filters.filter();
      } catch (IllegalArgumentException e) {
        err.println("dyad events: " + e.getMessage());
        return ExitCodes.USAGE;
      }
      return run("events", store, output, out, err, q -> q.events(f, limit, offset));
    }
  }
}
