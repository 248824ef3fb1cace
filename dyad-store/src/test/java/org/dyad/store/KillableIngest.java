package org.dyad.store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.io.InputProblem;
import org.dyad.model.Article;
import org.dyad.store.ingest.CorpusReader;
import org.dyad.store.ingest.CsvColumns;
import org.dyad.store.ingest.Ingester;

/**
 * The ingest a test kills: {@code KillableIngest DB INPUT DELAY_MS} ingests INPUT with the test
 * coder and prints "stored N" after each article, so the test knows when to kill it.
 */
public final class KillableIngest {
  private KillableIngest() {}

  public static void main(String[] args) {
    try (EventStore store = EventStore.open(Path.of(args[0]))) {
      CorpusReader reader =
          new CorpusReader(LocalDate.of(2020, 1, 1), CsvColumns.defaults(), 1 << 20);
      long delay = Long.parseLong(args[2]);
      int[] n = {0};
      IngestSummaryPrinter.print(
          new Ingester(store, reader, () -> new TestCoder(delay), 2, false)
              .ingest(
                  List.of(args[1]),
                  System.in,
                  new Ingester.Listener() {
                    @Override
                    public void problem(InputProblem p) {
                      System.out.println("problem " + p);
                    }

                    @Override
                    public void article(
                        Article a, EventStore.Outcome o, int sentences, int events) {
                      System.out.println("stored " + ++n[0] + " " + o);
                      System.out.flush();
                    }
                  }));
    }
  }

  private static final class IngestSummaryPrinter {
    static void print(org.dyad.store.ingest.IngestSummary s) {
      System.out.println("summary " + s.line());
    }
  }
}
