package org.dyad.nlp;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The analyzer's settings, typed and immutable. Build one with {@link #builder()}, or read one from
 * key/value settings with {@link #parse(Map)}, which rejects keys it does not know rather than
 * silently ignoring a misspelt one.
 *
 * @param ner the NER model
 * @param maxSentenceTokens sentences longer than this are tagged but not parsed (parsing time grows
 *     with length and such "sentences" are mostly tables and lists)
 * @param parse whether to run the dependency parser at all
 */
public record AnalyzerConfig(NerModel ner, int maxSentenceTokens, boolean parse) {
  private static final Set<String> KEYS = Set.of("ner", "max-sentence-tokens", "parse");

  public AnalyzerConfig {
    if (ner == null) {
      throw new IllegalArgumentException("ner model is required");
    }
    if (maxSentenceTokens < 1) {
      throw new IllegalArgumentException("max-sentence-tokens must be >= 1: " + maxSentenceTokens);
    }
  }

  public static AnalyzerConfig defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads settings such as {@code ner=conll_4class, max-sentence-tokens=80, parse=true}.
   *
   * @throws IllegalArgumentException naming every unknown key, or a bad value
   */
  public static AnalyzerConfig parse(Map<String, String> settings) {
    Set<String> unknown = new TreeSet<>(settings.keySet());
    unknown.removeAll(KEYS);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "unknown analyzer setting(s) " + unknown + "; known: " + new TreeSet<>(KEYS));
    }
    Builder b = builder();
    String ner = settings.get("ner");
    if (ner != null) {
      try {
        b.ner(NerModel.valueOf(ner.trim().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown ner model '" + ner + "'", e);
      }
    }
    String max = settings.get("max-sentence-tokens");
    if (max != null) {
      try {
        b.maxSentenceTokens(Integer.parseInt(max.trim()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("max-sentence-tokens is not a number: '" + max + "'", e);
      }
    }
    String parse = settings.get("parse");
    if (parse != null) {
      String p = parse.trim().toLowerCase(Locale.ROOT);
      if (!p.equals("true") && !p.equals("false")) {
        throw new IllegalArgumentException("parse must be true or false: '" + parse + "'");
      }
      b.parse(p.equals("true"));
    }
    return b.build();
  }

  /** Builds an {@link AnalyzerConfig}; every setting has a default. */
  public static final class Builder {
    // No NER by default: the accuracy figures are the same without it (docs/performance.md).
    private NerModel ner = NerModel.NONE;
    private int maxSentenceTokens = 120;
    private boolean parse = true;

    private Builder() {}

    public Builder ner(NerModel ner) {
      this.ner = ner;
      return this;
    }

    public Builder maxSentenceTokens(int max) {
      this.maxSentenceTokens = max;
      return this;
    }

    public Builder parse(boolean parse) {
      this.parse = parse;
      return this;
    }

    public AnalyzerConfig build() {
      return new AnalyzerConfig(ner, maxSentenceTokens, parse);
    }
  }
}
