package org.dyad.nlp;

import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.dyad.model.Dependency;

/**
 * CoreNLP's nndep dependency parser (Chen and Manning's transition parser: arc-standard system, 48
 * features, one cube-activated hidden layer) with the network's arithmetic laid out for the JIT.
 * The model, its features and its transition system are CoreNLP's own, read from the loaded parser.
 * CoreNLP's scorer spends most of its time in single running sums ({@code dotProduct}: one
 * dependent addition after another) and in boxed map look-ups; a profile of {@code dyad bench} put
 * 65% of all time there. Here every number is computed with the same operations in the same order,
 * so the parses are the same (a test compares them), but many independent sums run side by side:
 * the hidden layer by rows of a transposed first-layer matrix, the output layer by rows of a
 * transposed second-layer matrix. Thread-safe: the weights are only read, and each parse has its
 * own scratch arrays.
 */
final class NndepParser {
  // CoreNLP's feature count for its standard templates: 18 words, 18 tags, 12 labels.
  private static final int FEATURES = 48;

  private final DependencyParser parser;
  private final ArcStandard system;
  private final List<String> transitions;
  private final int hidden;
  private final int embedding;
  // The first layer's weights, transposed: row f * embedding + k holds the weight of that input
  // for every hidden unit, so that one input updates all units in one pass.
  private final float[][] w1ByInput;
  private final float[] bias;
  // The output layer's weights, transposed: row j holds hidden unit j's weight for every
  // transition, so that one unit updates all scores in one pass.
  private final float[][] w2ByUnit;
  private final float[][] embeddings;
  private final double[][] saved;
  private final PrecomputedIndex precomputed;

  private NndepParser(DependencyParser parser) {
    this.parser = parser;
    try {
      ParsingSystem ps = (ParsingSystem) field(DependencyParser.class, "system").get(parser);
      if (!(ps instanceof ArcStandard)) {
        throw new IllegalStateException("unsupported transition system " + ps.getClass());
      }
      this.system = (ArcStandard) ps;
      @SuppressWarnings("unchecked")
      List<String> t = (List<String>) field(ParsingSystem.class, "transitions").get(ps);
      this.transitions = List.copyOf(t);
      Classifier c = (Classifier) field(DependencyParser.class, "classifier").get(parser);
      float[][] w1 = c.getW1();
      this.bias = c.getb1();
      float[][] w2 = c.getW2();
      this.embeddings = c.getE();
      this.saved = (double[][]) field(Classifier.class, "saved").get(c);
      @SuppressWarnings("unchecked")
      Map<Integer, Integer> preMap =
          (Map<Integer, Integer>) field(Classifier.class, "preMap").get(c);
      this.precomputed = new PrecomputedIndex(preMap);
      this.hidden = w1.length;
      this.embedding = embeddings[0].length;
      if (w1[0].length != FEATURES * embedding || w2[0].length != hidden) {
        throw new IllegalStateException("unexpected nndep model shape");
      }
      this.w2ByUnit = new float[hidden][w2.length];
      for (int move = 0; move < w2.length; move++) {
        for (int j = 0; j < hidden; j++) {
          w2ByUnit[j][move] = w2[move][j];
        }
      }
      this.w1ByInput = new float[w1[0].length][hidden];
      for (int j = 0; j < hidden; j++) {
        for (int i = 0; i < w1[j].length; i++) {
          w1ByInput[i][j] = w1[j][i];
        }
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("this CoreNLP's nndep parser is not the one Dyad knows", e);
    }
  }

  private static Field field(Class<?> type, String name) throws NoSuchFieldException {
    Field f = type.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  /** The English Universal Dependencies model, loaded once per JVM. */
  static NndepParser english() {
    return English.PARSER;
  }

  private static final class English {
    private static final NndepParser PARSER =
        new NndepParser(
            DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties()));
  }

  /** CoreNLP's own parser over the same model, for comparison. */
  DependencyParser coreNlp() {
    return parser;
  }

  /**
   * Parses a tagged sentence: basic dependencies, sorted by dependent then governor, the root edge
   * with governor {@link Dependency#ROOT}.
   */
  List<Dependency> parse(CoreMap sentence) {
    Configuration c = system.initialConfiguration(sentence);
    int[] features = new int[FEATURES];
    double[] layer = new double[hidden];
    double[] slice = new double[hidden];
    double[] scores = new double[transitions.size()];
    while (!system.isTerminal(c)) {
      List<Integer> f = parser.getFeatures(c);
      for (int i = 0; i < FEATURES; i++) {
        features[i] = f.get(i);
      }
      score(features, layer, slice, scores);
      double best = Double.NEGATIVE_INFINITY;
      String move = null;
      for (int j = 0; j < scores.length; j++) {
        if (scores[j] > best && system.canApply(c, transitions.get(j))) {
          best = scores[j];
          move = transitions.get(j);
        }
      }
      if (move == null) {
        throw new IllegalStateException("no transition applies");
      }
      system.apply(c, move);
    }
    int n = c.getSentenceSize();
    int[] heads = new int[n];
    String[] labels = new String[n];
    boolean[] passive = new boolean[n + 1];
    for (int i = 1; i <= n; i++) {
      heads[i - 1] = c.getHead(i);
      labels[i - 1] = c.getLabel(i);
      if (labels[i - 1].equals("aux:pass")) {
        passive[heads[i - 1]] = true;
      }
    }
    List<Dependency> deps = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String label = labels[i];
      // As CoreNLP's grammatical structure corrects them: the subject of a verb with a passive
      // auxiliary is a passive subject, whatever the parser predicted.
      if (passive[heads[i]] && (label.equals("nsubj") || label.equals("csubj"))) {
        label = label + ":pass";
      }
      deps.add(new Dependency(heads[i] == 0 ? Dependency.ROOT : heads[i] - 1, label, i));
    }
    return deps;
  }

  // The network: hidden = cube(sum of each feature's contribution + bias); scores = W2 . hidden.
  // Each hidden unit's sum adds the features in order; each contribution not precomputed is a
  // float product summed in double over the embedding and stored as float, as CoreNLP does.
  private final ThreadLocal<SliceCache> caches = ThreadLocal.withInitial(this::newCache);

  private SliceCache newCache() {
    return new SliceCache(hidden);
  }

  private void score(int[] features, double[] layer, double[] slice, double[] scores) {
    SliceCache cache = caches.get();
    java.util.Arrays.fill(layer, 0);
    for (int f = 0; f < FEATURES; f++) {
      int id = features[f];
      int pre = precomputed.get(id * FEATURES + f);
      if (pre >= 0) {
        double[] row = saved[pre];
        for (int j = 0; j < hidden; j++) {
          layer[j] += row[j];
        }
        continue;
      }
      int key = id * FEATURES + f;
      float[] product = cache.get(key);
      if (product == null) {
        product = cache.put(key);
        java.util.Arrays.fill(slice, 0);
        float[] e = embeddings[id];
        int offset = f * embedding;
        for (int k = 0; k < embedding; k++) {
          float ek = e[k];
          float[] w = w1ByInput[offset + k];
          for (int j = 0; j < hidden; j++) {
            slice[j] += (double) (w[j] * ek);
          }
        }
        for (int j = 0; j < hidden; j++) {
          product[j] = (float) slice[j];
        }
      }
      for (int j = 0; j < hidden; j++) {
        layer[j] += product[j];
      }
    }
    for (int j = 0; j < hidden; j++) {
      double v = layer[j] + bias[j];
      layer[j] = v * v * v;
    }
    java.util.Arrays.fill(scores, 0);
    for (int j = 0; j < hidden; j++) {
      double h = layer[j];
      float[] w = w2ByUnit[j];
      for (int t = 0; t < scores.length; t++) {
        scores[t] += h * w[t];
      }
    }
  }

  /**
   * The last products computed for feature keys that are not precomputed, one thread's: a word seen
   * at a position recurs over the transitions of its sentence and often in the next ones.
   * Direct-mapped, so a look-up is one array read.
   */
  private static final class SliceCache {
    private static final int SLOTS = 2048;
    private final int[] keys = new int[SLOTS];
    private final float[][] products;

    SliceCache(int hidden) {
      java.util.Arrays.fill(keys, -1);
      products = new float[SLOTS][];
      for (int i = 0; i < SLOTS; i++) {
        products[i] = new float[hidden];
      }
    }

    float[] get(int key) {
      int slot = PrecomputedIndex.mix(key) & (SLOTS - 1);
      return keys[slot] == key ? products[slot] : null;
    }

    /** The array to fill with the key's product, now holding its slot. */
    float[] put(int key) {
      int slot = PrecomputedIndex.mix(key) & (SLOTS - 1);
      keys[slot] = key;
      return products[slot];
    }
  }

  /** An int-to-int open-addressing table: which precomputed row, if any, a feature key has. */
  private static final class PrecomputedIndex {
    private final int[] keys;
    private final int[] values;
    private final int mask;

    PrecomputedIndex(Map<Integer, Integer> map) {
      int size = Integer.highestOneBit(Math.max(4, map.size() * 3)) << 1;
      keys = new int[size];
      values = new int[size];
      mask = size - 1;
      java.util.Arrays.fill(keys, -1);
      for (Map.Entry<Integer, Integer> e : map.entrySet()) {
        int k = e.getKey();
        if (k < 0) {
          throw new IllegalStateException("negative precomputed key " + k);
        }
        int i = mix(k) & mask;
        while (keys[i] != -1) {
          i = (i + 1) & mask;
        }
        keys[i] = k;
        values[i] = e.getValue();
      }
    }

    int get(int key) {
      int i = mix(key) & mask;
      while (true) {
        int k = keys[i];
        if (k == key) {
          return values[i];
        }
        if (k == -1) {
          return -1;
        }
        i = (i + 1) & mask;
      }
    }

    static int mix(int k) {
      int h = k * 0x9E3779B9;
      return h ^ (h >>> 16);
    }
  }
}
