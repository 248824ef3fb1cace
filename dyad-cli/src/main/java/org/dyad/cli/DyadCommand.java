package org.dyad.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code dyad} command: prints its usage; the work is in its subcommands. */
@Command(
    name = "dyad",
    mixinStandardHelpOptions = true,
    version = "dyad 0.1.0",
    description = "Codes political events in news text: who did what to whom, when and where.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:nothing could be processed",
      "2:usage error",
      "70:internal error",
      "74:the database or an output file could not be opened or written"
    })
public final class DyadCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  private final PrintWriter out;

  DyadCommand(PrintWriter out) {
    this.out = out;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(out);
    return ExitCodes.USAGE;
  }
}
