package org.dyad.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A query's answer: named columns and rows of values (strings, numbers or null), printable as an
 * aligned table, CSV or JSON.
 */
public record ResultTable(List<String> columns, List<List<Object>> rows) {
  public ResultTable {
    columns = List.copyOf(columns);
    List<List<Object>> copy = new ArrayList<>();
    for (List<Object> r : rows) {
      if (r.size() != columns.size()) {
        throw new IllegalArgumentException(
            "row has " + r.size() + " cells for " + columns.size() + " columns");
      }
      copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(r)));
    }
    rows = List.copyOf(copy);
  }

  /** Columns padded to their widest cell; numbers right-aligned. */
  public String toText() {
    int[] width = new int[columns.size()];
    for (int i = 0; i < columns.size(); i++) {
      width[i] = columns.get(i).length();
      for (List<Object> r : rows) {
        width[i] = Math.max(width[i], cell(r.get(i)).length());
      }
    }
    StringBuilder sb = new StringBuilder();
    line(sb, new ArrayList<>(columns), width, false);
    for (List<Object> r : rows) {
      line(sb, r, width, true);
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, List<?> cells, int[] width, boolean align) {
    StringBuilder l = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String c = cell(cells.get(i));
      if (i > 0) {
        l.append("  ");
      }
      if (align && cells.get(i) instanceof Number) {
        l.append(" ".repeat(width[i] - c.length())).append(c);
      } else {
        l.append(c).append(" ".repeat(width[i] - c.length()));
      }
    }
    sb.append(l.toString().stripTrailing()).append('\n');
  }

  /** RFC 4180 CSV with a header line. */
  public String toCsv() {
    StringBuilder sb = new StringBuilder();
    csvLine(sb, new ArrayList<>(columns));
    for (List<Object> r : rows) {
      csvLine(sb, r);
    }
    return sb.toString();
  }

  private static void csvLine(StringBuilder sb, List<?> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      String c = cells.get(i) == null ? "" : cell(cells.get(i));
      if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
        c = '"' + c.replace("\"", "\"\"") + '"';
      }
      sb.append(c);
    }
    sb.append("\r\n");
  }

  /** A JSON array of objects, one a row. */
  public String toJson() {
    ObjectMapper m = new ObjectMapper();
    ArrayNode a = m.createArrayNode();
    for (List<Object> r : rows) {
      ObjectNode o = a.addObject();
      for (int i = 0; i < columns.size(); i++) {
        o.set(columns.get(i), m.valueToTree(r.get(i)));
      }
    }
    return a.toString();
  }

  static String cell(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Double d) {
      return String.format(Locale.ROOT, "%.2f", d);
    }
    return Objects.toString(v);
  }
}
