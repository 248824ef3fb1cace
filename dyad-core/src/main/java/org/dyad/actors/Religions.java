package org.dyad.actors;

import java.util.Map;
import java.util.Set;
import org.dyad.model.Actor;

/**
 * CAMEO's religion codes: a faith ({@code MOS}, {@code CHR}...), optionally followed by a branch of
 * it ({@code MOSSHI}, {@code CHRCTH}). A religious group with no country named stands where a
 * country code would ("Sunnis" -> {@code MOSSUN}); with one, it follows the country and sector
 * ("Algerian Muslim civilians" -> {@code DZACVLMOS}).
 */
public final class Religions {
  /** Each faith with the branches that may follow it. */
  private static final Map<String, Set<String>> FAITHS =
      Map.of(
          "MOS", Set.of("SUN", "SHI"),
          "CHR", Set.of("CTH", "PRO"),
          "JEW", Set.of(),
          "HIN", Set.of(),
          "BUD", Set.of(),
          "SIK", Set.of());

  private Religions() {}

  /** Whether the code is a faith that can stand in a country's place. */
  public static boolean isFaith(String code) {
    return FAITHS.containsKey(code);
  }

  /** Whether {@code branch} is a branch of {@code faith} ({@code SHI} of {@code MOS}). */
  public static boolean isBranch(String faith, String branch) {
    return FAITHS.getOrDefault(faith, Set.of()).contains(branch);
  }

  /** Whether the actor is a religious group named without a country ("Shiites": MOSSHI). */
  public static boolean withoutCountry(Actor a) {
    return isFaith(a.country());
  }

  /**
   * Whether a code is a faith, or a faith and one of its branches ({@code MOS}, {@code MOSSHI}).
   */
  static boolean isCode(String code) {
    if (code.length() == 3) {
      return isFaith(code);
    }
    return code.length() == 6
        && isFaith(code.substring(0, 3))
        && FAITHS.get(code.substring(0, 3)).contains(code.substring(3));
  }
}
