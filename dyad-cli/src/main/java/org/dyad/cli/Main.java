package org.dyad.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point of the {@code dyad} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(System.in, out, err, args));
  }

  /** Runs a command line with the given streams; returns its exit code. */
  public static int run(InputStream in, PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = commandLine(in, out, err);
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  static CommandLine commandLine(InputStream in, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new DyadCommand(out));
    cl.addSubcommand(new CodeCommand(in, out, err));
    cl.addSubcommand(new EvalCommand(out, err));
    cl.addSubcommand(new AnalyzeCommand(in, out, err));
    cl.addSubcommand(new ActorsCommand(out, err));
    cl.addSubcommand(new BenchCommand(in, out, err));
    cl.addSubcommand(new IngestCommand(in, out, err));
    cl.addSubcommand(new ExportCommand(out, err));
    cl.addSubcommand(new QueryCommands.DyadSeries(out, err));
    cl.addSubcommand(new QueryCommands.Partners(out, err));
    cl.addSubcommand(new QueryCommands.Events(out, err));
    cl.addSubcommand(new ServeCommand(out, err, System.getenv()));
    cl.addSubcommand(new SparkCommand(out, err));
    cl.addSubcommand(new ImportCommand(out, err));
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          err.println("dyad: internal error: " + e);
          return ExitCodes.SOFTWARE;
        });
    return cl;
  }
}
