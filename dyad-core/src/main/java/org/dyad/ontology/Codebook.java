package org.dyad.ontology;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The complete CAMEO event codebook: every root, 3-digit and 4-digit code. Immutable. */
public final class Codebook {
  static final String RESOURCE = "/org/dyad/ontology/cameo-codebook.tsv";
  private static final Codebook DEFAULT = load();

  private final String version;
  private final Map<String, CameoCode> codes;

  private Codebook(String version, Map<String, CameoCode> codes) {
    this.version = version;
    this.codes = Collections.unmodifiableMap(codes);
  }

  /** The codebook that ships with Dyad. */
  public static Codebook standard() {
    return DEFAULT;
  }

  private static Codebook load() {
    TsvResource tsv = TsvResource.read(RESOURCE, 5);
    Map<String, CameoCode> codes = new LinkedHashMap<>();
    for (TsvResource.Row row : tsv.rows) {
      CameoCode code;
      try {
        code =
            new CameoCode(
                row.fields().get(0),
                row.fields().get(4),
                TsvResource.number(RESOURCE, row, 2),
                TsvResource.number(RESOURCE, row, 3),
                (int) TsvResource.number(RESOURCE, row, 1));
      } catch (IllegalArgumentException e) {
        throw new OntologyFormatException(RESOURCE, row.line(), e.getMessage());
      }
      if (codes.putIfAbsent(code.code(), code) != null) {
        throw new OntologyFormatException(RESOURCE, row.line(), "duplicate code " + code.code());
      }
    }
    return new Codebook(tsv.version, codes);
  }

  public String version() {
    return version;
  }

  public Optional<CameoCode> find(String code) {
    return Optional.ofNullable(codes.get(code));
  }

  /** The code, or an exception naming it: for codes that come from Dyad's own lexicon. */
  public CameoCode get(String code) {
    CameoCode c = codes.get(code);
    if (c == null) {
      throw new IllegalArgumentException("not a CAMEO code: " + code);
    }
    return c;
  }

  public boolean contains(String code) {
    return codes.containsKey(code);
  }

  /** Every code in codebook order. */
  public Collection<CameoCode> codes() {
    return codes.values();
  }
}
