package org.dyad.coding;

import java.util.Map;
import org.dyad.ontology.Codebook;

/**
 * Whether a clause reports an act, or an intention, threat or refusal to act. "Russia cooperated
 * with Iran" is material cooperation (06); "Russia agreed to cooperate with Iran" is an intent to
 * cooperate (031); "threatened to attack" a threat (1384); "refused to meet" a rejection (125).
 */
enum Mood {
  /** The act happened. */
  FACT,
  /** Someone agreed, promised, offered or means to do it ("will", "agreed to", "pledged to"). */
  INTENT,
  /**
   * Someone got ready to do it ("prepared to resume shelling"): readiness to use force is a show of
   * military posture (15); any other act prepared for is an intention.
   */
  PREPARATION,
  /**
   * Someone decided or announced they will do it ("decided to cut ties", "announced it would
   * suspend aid"): a measure that reduces relations (16) or yields (08: "decided to allow the
   * candidate to run") is taken by deciding it; any other act decided on is an intention (a
   * conflictual one a threat).
   */
  DECISION,
  /** Someone threatened or warned they would do it. */
  THREAT,
  /** Someone refused or declined to do it. */
  REFUSAL;

  private static final Map<String, String> INTENT_CODES =
      Map.ofEntries(
          Map.entry("061", "0311"),
          Map.entry("062", "0312"),
          Map.entry("063", "0313"),
          Map.entry("064", "0314"),
          Map.entry("071", "0331"),
          Map.entry("072", "0332"),
          Map.entry("073", "0333"),
          Map.entry("074", "0334"),
          Map.entry("081", "0351"),
          Map.entry("082", "0352"),
          Map.entry("084", "0353"),
          Map.entry("085", "0354"),
          Map.entry("086", "0355"),
          Map.entry("087", "0356"),
          Map.entry("0831", "0341"),
          Map.entry("0832", "0342"),
          Map.entry("0833", "0343"),
          Map.entry("0834", "0344"));
  private static final Map<String, String> INTENT_ROOTS =
      Map.of("03", "030", "04", "036", "05", "032", "06", "031", "07", "033", "08", "035");
  private static final Map<String, String> THREAT_CODES =
      Map.ofEntries(
          Map.entry("161", "1313"),
          Map.entry("162", "1311"),
          Map.entry("163", "1312"),
          Map.entry("164", "134"),
          Map.entry("165", "135"),
          Map.entry("166", "136"),
          Map.entry("172", "132"),
          Map.entry("1721", "1321"),
          Map.entry("1722", "1322"),
          Map.entry("1723", "1323"),
          Map.entry("1724", "1324"),
          Map.entry("191", "1381"),
          Map.entry("192", "1382"),
          Map.entry("204", "1385"));
  private static final Map<String, String> THREAT_ROOTS =
      Map.ofEntries(
          Map.entry("14", "133"),
          Map.entry("15", "138"),
          Map.entry("16", "131"),
          Map.entry("17", "137"),
          Map.entry("18", "1383"),
          Map.entry("19", "1384"),
          Map.entry("20", "1385"));
  private static final Map<String, String> REFUSAL_CODES =
      Map.ofEntries(
          // refusing to commit to aid is refusing aid asked for
          Map.entry("033", "122"),
          Map.entry("0331", "1221"),
          Map.entry("0332", "1222"),
          Map.entry("0333", "1223"),
          Map.entry("061", "1211"),
          Map.entry("062", "1212"),
          Map.entry("081", "1241"),
          Map.entry("082", "1242"),
          Map.entry("084", "1243"),
          Map.entry("085", "1244"),
          Map.entry("086", "1245"),
          Map.entry("087", "1246"),
          Map.entry("0831", "1231"),
          Map.entry("0832", "1232"),
          Map.entry("0833", "1233"),
          Map.entry("0834", "1234"));
  private static final Map<String, String> REFUSAL_ROOTS =
      Map.of(
          "01", "011", "03", "120", "04", "125", "05", "120", "06", "121", "07", "122", "08",
          "124");

  /**
   * The code of an act in this mood, or {@code null} when the mood leaves nothing to code (a threat
   * to cooperate, an intention to attack: speculation, not an event).
   */
  String transform(String code) {
    if (this == FACT) {
      return code;
    }
    String root = code.substring(0, 2);
    String three = code.substring(0, 3);
    boolean conflict = Integer.parseInt(root) >= 9;
    if (this == DECISION) {
      return root.equals("16") || root.equals("08") ? code : INTENT.transform(code);
    }
    if (this == PREPARATION) {
      int r = Integer.parseInt(root);
      return r >= 18 ? "150" : INTENT.transform(code);
    }
    if (this == INTENT && conflict) {
      // A stated intention to act against someone is a threat ("will retaliate against Israel").
      return THREAT.transform(code);
    }
    String out =
        switch (this) {
          case INTENT -> pick(INTENT_CODES, INTENT_ROOTS, code, three, root);
          case THREAT -> pick(THREAT_CODES, THREAT_ROOTS, code, three, root);
          case REFUSAL -> pick(REFUSAL_CODES, REFUSAL_ROOTS, code, three, root);
          case FACT, PREPARATION, DECISION -> code;
        };
    if (out != null && !Codebook.standard().contains(out)) {
      out = out.substring(0, 3);
    }
    return out;
  }

  private static String pick(
      Map<String, String> codes,
      Map<String, String> roots,
      String code,
      String three,
      String root) {
    if (root.equals("03") && roots.containsKey("03") && roots == INTENT_ROOTS) {
      return code;
    }
    String c = codes.getOrDefault(code, codes.get(three));
    return c != null ? c : roots.get(root);
  }
}
