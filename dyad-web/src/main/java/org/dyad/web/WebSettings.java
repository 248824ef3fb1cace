package org.dyad.web;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@code dyad serve} runs, fixed when it starts.
 *
 * @param db the database file (created when missing: the server starts on an empty store)
 * @param host the address to listen on; 127.0.0.1 keeps the server on this machine
 * @param port the port, 0 for any free one
 * @param ingestToken the token POST /api/ingest requires, or null to refuse every ingest
 * @param maxCodeChars the longest text POST /api/code codes
 * @param maxBodyBytes the largest request body
 * @param codeTimeout how long a POST /api/code may take before it is answered 503
 */
public record WebSettings(
    Path db,
    String host,
    int port,
    String ingestToken,
    int maxCodeChars,
    long maxBodyBytes,
    Duration codeTimeout) {
  public WebSettings {
    Objects.requireNonNull(db, "db");
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    if (ingestToken != null && ingestToken.length() < 16) {
      throw new IllegalArgumentException("the ingest token must have at least 16 characters");
    }
    if (maxCodeChars < 1 || maxBodyBytes < maxCodeChars) {
      throw new IllegalArgumentException("size limits must be positive, body >= code text");
    }
    Objects.requireNonNull(codeTimeout, "codeTimeout");
  }

  public static Builder builder(Path db) {
    return new Builder(db);
  }

  /** Builds settings; the defaults suit one analyst on one machine. */
  public static final class Builder {
    private final Path db;
    private String host = "127.0.0.1";
    private int port = 8080;
    private String ingestToken;
    private int maxCodeChars = 100_000;
    private long maxBodyBytes = 20L * 1024 * 1024;
    private Duration codeTimeout = Duration.ofSeconds(60);

    private Builder(Path db) {
      this.db = db;
    }

    public Builder host(String v) {
      host = v;
      return this;
    }

    public Builder port(int v) {
      port = v;
      return this;
    }

    public Builder ingestToken(String v) {
      ingestToken = v;
      return this;
    }

    public Builder maxCodeChars(int v) {
      maxCodeChars = v;
      return this;
    }

    public Builder maxBodyBytes(long v) {
      maxBodyBytes = v;
      return this;
    }

    public Builder codeTimeout(Duration v) {
      codeTimeout = v;
      return this;
    }

    public WebSettings build() {
      return new WebSettings(db, host, port, ingestToken, maxCodeChars, maxBodyBytes, codeTimeout);
    }
  }
}
