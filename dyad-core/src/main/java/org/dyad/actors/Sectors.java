package org.dyad.actors;

import java.util.Set;

/** The CAMEO sector codes an agent may carry. */
final class Sectors {
  static final Set<String> KNOWN =
      Set.of(
          "GOV", "MIL", "REB", "OPP", "COP", "JUD", "LEG", "BUS", "MED", "CVL", "EDU", "REL", "HLH",
          "REF", "NGO", "IGO", "SPY", "UAF", "INS", "CRM", "LAB", "ELI", "AGR", "ENV", "MOD", "RAD",
          "PTY", "IMG", "NGM", "SEP");

  private Sectors() {}
}
