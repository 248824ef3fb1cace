package org.dyad.ontology;

/** A codebook or mapping resource that does not read: names the resource and the line. */
public final class OntologyFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  OntologyFormatException(String resource, int line, String message) {
    super(resource + ":" + line + ": " + message);
  }
}
