package org.dyad.cli;

import java.time.LocalDate;
import org.dyad.store.EventFilter;
import picocli.CommandLine.Option;

/** Which events a query or export covers. */
final class FilterOptions {
  @Option(
      names = "--actor",
      paramLabel = "CODE",
      description = "Either side is this actor (a prefix: RUS matches RUSGOV).")
  String actor;

  @Option(names = "--source", paramLabel = "CODE", description = "The source is this actor.")
  String source;

  @Option(names = "--target", paramLabel = "CODE", description = "The target is this actor.")
  String target;

  @Option(
      names = "--code",
      paramLabel = "CAMEO",
      description = "The CAMEO code starts with this: a root (19) or a code (190).")
  String code;

  @Option(
      names = "--quad",
      paramLabel = "N",
      description =
          "QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,"
              + " 4 material conflict.",
      defaultValue = "0")
  int quad;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Events on or after.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Events on or before.")
  LocalDate to;

  @Option(
      names = "--place",
      paramLabel = "ISO3",
      description = "The event happened in this country (ISO 3166 alpha-3).")
  String place;

  @Option(
      names = "--cluster",
      paramLabel = "ID",
      description = "The events of one cluster: with --mentions, every report of one happening.",
      defaultValue = "0")
  long cluster;

  /**
   * @throws IllegalArgumentException when a value is not a code, a range is inverted
   */
  EventFilter filter() {
    return EventFilter.builder()
        .actor(actor)
        .source(source)
        .target(target)
        .code(code)
        .quadClass(quad)
        .from(from)
        .to(to)
        .placeCountry(place)
        .cluster(cluster)
        .build();
  }
}
