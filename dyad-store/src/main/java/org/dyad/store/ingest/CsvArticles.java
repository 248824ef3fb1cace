package org.dyad.store.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dyad.io.ArticleReader;
import org.dyad.io.InputProblem;
import org.dyad.model.Article;

/** Articles from CSV or TSV, one a record; a header line names the columns. */
final class CsvArticles {
  private CsvArticles() {}

  static void read(
      String file,
      Reader in,
      char delimiter,
      CsvColumns columns,
      LocalDate defaultDate,
      Consumer<Article> articles,
      Consumer<InputProblem> problems)
      throws IOException {
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(delimiter)
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    CSVParser opened;
    try {
      opened = CSVParser.parse(in, format);
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      // An empty or repeated column name, or a broken quote in the header line.
      problems.accept(new InputProblem(file, 1, "malformed CSV header: " + e.getMessage()));
      return;
    }
    try (CSVParser parser = opened) {
      if (!parser.getHeaderMap().containsKey(columns.text())) {
        problems.accept(
            new InputProblem(
                file,
                1,
                "no '"
                    + columns.text()
                    + "' column for the text (header: "
                    + String.join(", ", parser.getHeaderNames())
                    + "); name it with --csv-columns text=COLUMN"));
        return;
      }
      Iterator<CSVRecord> it = parser.iterator();
      while (true) {
        CSVRecord r;
        try {
          if (!it.hasNext()) {
            return;
          }
          r = it.next();
        } catch (UncheckedIOException e) {
          // A broken quote or encoding: the parser cannot find the next record boundary.
          problems.accept(
              new InputProblem(
                  file,
                  (int) parser.getCurrentLineNumber(),
                  "malformed CSV; rest of file skipped: " + e.getCause().getMessage()));
          return;
        }
        int line = (int) r.getParser().getCurrentLineNumber();
        String text = get(r, columns.text());
        if (text == null || text.isBlank()) {
          problems.accept(new InputProblem(file, line, "record without text"));
          continue;
        }
        String id = get(r, columns.id());
        if (id == null || id.isBlank()) {
          id = ArticleReader.idFromFileName(file) + ":" + r.getRecordNumber();
        }
        String d = get(r, columns.date());
        LocalDate date = defaultDate;
        if (d != null && !d.isBlank()) {
          date = LooseDates.parse(d);
          if (date == null) {
            problems.accept(new InputProblem(file, line, "not a date: '" + d + "'"));
            continue;
          }
        }
        articles.accept(
            new Article(
                id,
                get(r, columns.title()),
                text,
                date,
                blankToNull(get(r, columns.url())),
                blankToNull(get(r, columns.source()))));
      }
    }
  }

  private static String get(CSVRecord r, String column) {
    return r.isMapped(column) && r.isSet(column) ? r.get(column) : null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
