package org.dyad.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores predicted events against gold events the way {@code shared/eval/score.py} does: per
 * record, sets of (source country, target country, CAMEO root) and of (source, target, full code)
 * are compared; precision, recall and F1 are micro-averaged over all records.
 */
public final class Scorer {
  private int docs;
  private int tpRoot;
  private int fpRoot;
  private int fnRoot;
  private int tpCode;
  private int fpCode;
  private int fnCode;
  private int withGold;
  private int rootHit;
  private int anyPred;
  private int noGold;
  private int noGoldClean;
  private final Map<String, int[]> perRoot = new TreeMap<>();

  /** Adds one record's gold and predicted events. */
  public void add(List<Triple> gold, List<Triple> predicted) {
    List<Triple> pred = predicted.stream().filter(p -> !p.code().isEmpty()).toList();
    Set<Triple> gr = new HashSet<>();
    Set<Triple> gc = new HashSet<>(gold);
    Set<String> groots = new HashSet<>();
    for (Triple g : gold) {
      gr.add(g.atRoot());
      groots.add(g.root());
    }
    Set<Triple> pr = new HashSet<>();
    Set<Triple> pc = new HashSet<>(pred);
    Set<String> proots = new HashSet<>();
    for (Triple p : pred) {
      pr.add(p.atRoot());
      proots.add(p.root());
    }
    docs++;
    Set<Triple> hitRoot = intersection(gr, pr);
    tpRoot += hitRoot.size();
    fpRoot += pr.size() - hitRoot.size();
    fnRoot += gr.size() - hitRoot.size();
    int hitCode = intersection(gc, pc).size();
    tpCode += hitCode;
    fpCode += pc.size() - hitCode;
    fnCode += gc.size() - hitCode;
    if (!groots.isEmpty()) {
      withGold++;
      groots.retainAll(proots);
      Set<String> matched = new HashSet<>();
      for (Triple t : hitRoot) {
        matched.add(t.code());
      }
      rootHit += groots.isEmpty() ? 0 : 1;
      anyPred += pred.isEmpty() ? 0 : 1;
      for (Triple g : gold) {
        // score.py counts each distinct gold root once per record
        perRoot.computeIfAbsent(g.root(), k -> new int[2]);
      }
      Set<String> distinct = new HashSet<>();
      for (Triple g : gold) {
        if (distinct.add(g.root())) {
          int[] c = perRoot.get(g.root());
          c[0]++;
          c[1] += matched.contains(g.root()) ? 1 : 0;
        }
      }
    } else {
      noGold++;
      noGoldClean += pred.isEmpty() ? 1 : 0;
    }
  }

  private static Set<Triple> intersection(Set<Triple> a, Set<Triple> b) {
    Set<Triple> out = new HashSet<>(a);
    out.retainAll(b);
    return out;
  }

  /** The figures so far. */
  public Score score() {
    return new Score(
        docs,
        Prf.of(tpRoot, fpRoot, fnRoot),
        Prf.of(tpCode, fpCode, fnCode),
        withGold == 0 ? null : (double) rootHit / withGold,
        withGold == 0 ? null : (double) anyPred / withGold,
        noGold == 0 ? null : (double) noGoldClean / noGold,
        perRootView());
  }

  private Map<String, String> perRootView() {
    Map<String, String> out = new TreeMap<>();
    perRoot.forEach((k, v) -> out.put(k, v[1] + "/" + v[0]));
    return out;
  }

  /**
   * Precision, recall and F1.
   *
   * @param precision tp / (tp + fp)
   * @param recall tp / (tp + fn)
   * @param f1 their harmonic mean
   */
  public record Prf(double precision, double recall, double f1) {
    static Prf of(int tp, int fp, int fn) {
      double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
      double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
      double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
      return new Prf(p, r, f);
    }
  }

  /**
   * The figures score.py prints.
   *
   * @param docs records scored
   * @param dyadRoot (source, target, root) P/R/F1
   * @param dyadCode (source, target, full code) P/R/F1
   * @param rootRecallAnyActor share of records with gold events whose root was predicted with any
   *     actors
   * @param coverage share of records with gold events that got any prediction
   * @param noEventClean share of records without gold events that got no prediction
   * @param perRootDyadRecall per gold root, records where the dyad and root were found / records
   */
  public record Score(
      int docs,
      Prf dyadRoot,
      Prf dyadCode,
      Double rootRecallAnyActor,
      Double coverage,
      Double noEventClean,
      Map<String, String> perRootDyadRecall) {
    /** The summary line, as score.py prints it. */
    public String line(String name) {
      return String.format(
          java.util.Locale.ROOT,
          "%s docs=%d dyad+root P=%s R=%s F1=%s | dyad+code P=%s R=%s F1=%s |"
              + " root-recall(any actor)=%s coverage=%s no-event-clean=%s",
          name,
          docs,
          fixed(dyadRoot.precision()),
          fixed(dyadRoot.recall()),
          fixed(dyadRoot.f1()),
          fixed(dyadCode.precision()),
          fixed(dyadCode.recall()),
          fixed(dyadCode.f1()),
          round(rootRecallAnyActor),
          round(coverage),
          round(noEventClean));
    }

    // Python rounds the exact binary value half to even ("%.3f" and round()); so must we, or
    // 0.3125 prints 0.313 here and 0.312 in score.py.
    private static java.math.BigDecimal exact(double d) {
      return new java.math.BigDecimal(d).setScale(3, java.math.RoundingMode.HALF_EVEN);
    }

    private static String fixed(double d) {
      return exact(d).toPlainString();
    }

    private static String round(Double d) {
      if (d == null) {
        return "None";
      }
      return Double.toString(exact(d).doubleValue());
    }
  }
}
