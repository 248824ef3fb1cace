package org.dyad.ontology;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the ontology's tab-separated resources: {@code #} lines are comments or the version. */
final class TsvResource {
  record Row(int line, List<String> fields) {}

  final String name;
  final String version;
  final List<Row> rows;

  private TsvResource(String name, String version, List<Row> rows) {
    this.name = name;
    this.version = version;
    this.rows = rows;
  }

  static TsvResource read(String resource, int columns) {
    InputStream in = TsvResource.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    String version = null;
    List<Row> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.startsWith("# version\t")) {
          version = line.substring("# version\t".length()).trim();
          continue;
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> fields = List.of(line.split("\t", -1));
        if (fields.size() != columns) {
          throw new OntologyFormatException(
              resource, n, "expected " + columns + " columns, found " + fields.size());
        }
        rows.add(new Row(n, fields));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
    if (version == null) {
      throw new OntologyFormatException(resource, 1, "no '# version' line");
    }
    return new TsvResource(resource, version, List.copyOf(rows));
  }

  static double number(String resource, Row row, int column) {
    try {
      return Double.parseDouble(row.fields().get(column));
    } catch (NumberFormatException e) {
      throw new OntologyFormatException(
          resource, row.line(), "not a number: '" + row.fields().get(column) + "'");
    }
  }
}
