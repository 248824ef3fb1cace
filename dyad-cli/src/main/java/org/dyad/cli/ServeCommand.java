package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dyad.actors.ActorDictionary;
import org.dyad.store.StoreException;
import org.dyad.web.WebServer;
import org.dyad.web.WebSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad serve}: the API and the pages over the database, until interrupted. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the HTTP API (described at /openapi.json) and the pages (code an article, events,"
          + " dyad explorer, network, map) over the database, until interrupted.",
      "POST /api/ingest is refused unless a token is set, from the environment variable"
          + " DYAD_INGEST_TOKEN or --ingest-token-file (at least 16 characters)."
    })
final class ServeCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Option(
      names = "--port",
      paramLabel = "N",
      description = "Port (default: ${DEFAULT-VALUE}; 0 for any free one).",
      defaultValue = "8080")
  int port;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      description =
          "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all).",
      defaultValue = "127.0.0.1")
  String host;

  @Option(
      names = "--ingest-token-file",
      paramLabel = "FILE",
      description = "A file holding the token POST /api/ingest requires.")
  Path tokenFile;

  @Mixin AnalyzerOptions analyzer;

  private final PrintWriter out;
  private final PrintWriter err;
  private final Map<String, String> environment;

  ServeCommand(PrintWriter out, PrintWriter err, Map<String, String> environment) {
    this.out = out;
    this.err = err;
    this.environment = environment;
  }

  @Override
  public Integer call() throws InterruptedException {
    String token = environment.get("DYAD_INGEST_TOKEN");
    if (tokenFile != null) {
      try {
        token = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
      } catch (IOException e) {
        err.println("dyad serve: cannot read " + tokenFile + ": " + e.getMessage());
        return ExitCodes.IO;
      }
    }
    if (token != null && token.isBlank()) {
      token = null;
    }
    WebSettings settings;
    try {
      settings = WebSettings.builder(store.db).host(host).port(port).ingestToken(token).build();
    } catch (IllegalArgumentException e) {
      err.println("dyad serve: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    ActorDictionary[] dictionary = new ActorDictionary[1];
    WebServer server;
    try {
      server =
          WebServer.start(
              settings,
              () -> {
                synchronized (dictionary) {
                  if (dictionary[0] == null) {
                    try {
                      dictionary[0] = analyzer.dictionaries.dictionary(err);
                    } catch (IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  }
                }
                return analyzer.pipeline(dictionary[0])::code;
              });
    } catch (StoreException e) {
      err.println("dyad serve: " + e.getMessage());
      return ExitCodes.IO;
    } catch (RuntimeException e) {
      err.println("dyad serve: cannot start: " + e.getMessage());
      return ExitCodes.IO;
    }
    out.printf(
        "dyad serve: http://%s:%d/ over %s (ingest %s); Ctrl-C stops%n",
        host, server.port(), store.db, token == null ? "disabled" : "enabled");
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              server.close();
              stopped.countDown();
            });
    Runtime.getRuntime().addShutdownHook(hook);
    stopped.await();
    return ExitCodes.OK;
  }
}
