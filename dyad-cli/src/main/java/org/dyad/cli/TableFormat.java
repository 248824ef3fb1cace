package org.dyad.cli;

import java.util.Locale;
import org.dyad.model.Event;
import org.dyad.ontology.Codebook;

/** The {@code --format table} layout: one event a line, columns aligned for reading. */
final class TableFormat {
  private static final String ROW = "%-10s  %-10s  %-10s  %-5s  %-34s  %6s  %s";

  private TableFormat() {}

  static String header() {
    return String.format(
        Locale.ROOT, ROW, "DATE", "SOURCE", "TARGET", "CODE", "EVENT", "GOLD", "EVIDENCE");
  }

  static String row(Event e, Codebook codebook) {
    String name = codebook.get(e.cameoCode()).name();
    if (name.length() > 34) {
      name = name.substring(0, 33) + "…";
    }
    String evidence =
        e.evidence().source().text()
            + " | "
            + e.evidence().trigger().text()
            + " | "
            + e.evidence().target().text();
    return String.format(
        Locale.ROOT,
        ROW,
        e.date() == null ? "-" : e.date().date().toString(),
        e.source().code(),
        e.target().code(),
        e.cameoCode(),
        name,
        String.format(Locale.ROOT, "%.1f", e.goldstein()),
        evidence);
  }
}
