package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.DictionaryProblem;
import picocli.CommandLine.Option;

/** Which actor dictionaries a command uses: Dyad's own, Phoenix-format files, or both. */
final class DictionaryOptions {
  /** How Phoenix-format files combine with Dyad's own dictionaries. */
  enum Mode {
    merge,
    replace
  }

  @Option(
      names = "--phoenix-actors",
      paramLabel = "FILE",
      description = "A Phoenix/PETRARCH actors file to load (repeatable).")
  List<Path> phoenixActors = new ArrayList<>();

  @Option(
      names = "--phoenix-agents",
      paramLabel = "FILE",
      description = "A Phoenix/PETRARCH agents file to load (repeatable).")
  List<Path> phoenixAgents = new ArrayList<>();

  @Option(
      names = "--dictionaries",
      paramLabel = "MODE",
      description =
          "With Phoenix files: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). merge adds"
              + " them to Dyad's own (Dyad's entries win a clash); replace uses them alone.",
      defaultValue = "merge")
  Mode mode;

  boolean usesPhoenix() {
    return !phoenixActors.isEmpty() || !phoenixAgents.isEmpty();
  }

  /** The dictionary; problems in Phoenix files are summarised on {@code err}. */
  ActorDictionary dictionary(PrintWriter err) throws IOException {
    if (!usesPhoenix()) {
      return ActorDictionary.standard();
    }
    ActorDictionary.Builder b = ActorDictionary.builder();
    if (mode == Mode.merge) {
      b.addBundled();
    }
    for (Path p : phoenixActors) {
      try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
        b.addPhoenixActors(p.toString(), r);
      }
    }
    for (Path p : phoenixAgents) {
      try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
        b.addPhoenixAgents(p.toString(), r);
      }
    }
    ActorDictionary d = b.build();
    if (d.problemCount() > 0) {
      err.printf(
          "dyad: %d dictionary line(s) not used (duplicates and malformed records); first ones:%n",
          d.problemCount());
      for (DictionaryProblem p : d.problems().subList(0, Math.min(5, d.problems().size()))) {
        err.println("  " + p);
      }
    }
    return d;
  }
}
