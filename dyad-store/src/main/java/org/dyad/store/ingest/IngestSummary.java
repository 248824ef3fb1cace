package org.dyad.store.ingest;

import java.util.Locale;

/**
 * What an ingest run did.
 *
 * @param inserted new articles stored
 * @param replaced stored articles whose content changed, stored anew
 * @param unchanged articles already stored with the same content: not coded again
 * @param skipped input problems: records or files that could not be read
 * @param failed articles that could not be coded or stored
 * @param sentences sentences of the stored articles
 * @param events events of the stored articles
 */
public record IngestSummary(
    int inserted,
    int replaced,
    int unchanged,
    int skipped,
    int failed,
    long sentences,
    long events) {
  /** One line for people: "ingested 293, replaced 0, unchanged 0, skipped 1, failed 0 ...". */
  public String line() {
    return String.format(
        Locale.ROOT,
        "ingested %d, replaced %d, unchanged %d, skipped %d, failed %d (%d sentences, %d events)",
        inserted,
        replaced,
        unchanged,
        skipped,
        failed,
        sentences,
        events);
  }
}
