package org.dyad.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.model.Token;
import org.dyad.ontology.Codebook;

/**
 * The verb lexicon: patterns by verb lemma, and the noun classes their objects refer to. Read once,
 * immutable, shared by all threads. A bad line becomes a {@link LexiconProblem}; the rest loads.
 */
public final class VerbLexicon {
  private static final Pattern SLOT = Pattern.compile("obj|[a-z]+");
  private static final String RESOURCES = "/org/dyad/dictionaries/";

  private final Map<String, List<VerbPattern>> byLemma;
  private final Map<String, List<VerbPattern>> byNoun;
  private final Map<String, Set<String>> classes;
  private final List<VerbPattern> patterns;
  private final List<LexiconProblem> problems;

  private VerbLexicon(
      Map<String, List<VerbPattern>> byLemma,
      Map<String, List<VerbPattern>> byNoun,
      Map<String, Set<String>> classes,
      List<VerbPattern> patterns,
      List<LexiconProblem> problems) {
    this.byLemma = byLemma;
    this.byNoun = byNoun;
    this.classes = classes;
    this.patterns = patterns;
    this.problems = problems;
  }

  /** Dyad's own lexicon from the jar. */
  public static VerbLexicon standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final VerbLexicon STANDARD = loadStandard();
  }

  private static VerbLexicon loadStandard() {
    VerbLexicon l = read("verbs.tsv", resource("verbs.tsv"), "nouns.tsv", resource("nouns.tsv"));
    if (!l.problems().isEmpty()) {
      throw new IllegalStateException("bundled lexicon has problems: " + l.problems());
    }
    return l;
  }

  private static Reader resource(String name) {
    InputStream in = VerbLexicon.class.getResourceAsStream(RESOURCES + name);
    if (in == null) {
      throw new IllegalStateException("missing bundled lexicon file " + name);
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  /**
   * Reads a verbs file ({@code id code verb object target flags example}) and a noun-classes file
   * ({@code class nouns}), both tab-separated with a header line.
   */
  public static VerbLexicon read(String verbsFile, Reader verbs, String nounsFile, Reader nouns) {
    List<LexiconProblem> problems = new ArrayList<>();
    Map<String, Set<String>> classes = new HashMap<>();
    for (String[] row : rows(nounsFile, nouns, 2, problems)) {
      int line = Integer.parseInt(row[2]);
      String name = row[0].trim();
      Set<String> words = new HashSet<>();
      for (String w : row[1].split("\\|")) {
        if (!w.isBlank()) {
          words.add(w.trim().toLowerCase(Locale.ROOT));
        }
      }
      if (classes.putIfAbsent(name, Collections.unmodifiableSet(words)) != null) {
        problems.add(new LexiconProblem(nounsFile, line, "noun class '" + name + "' twice"));
      }
    }
    Codebook codebook = Codebook.standard();
    Map<String, List<VerbPattern>> byLemma = new LinkedHashMap<>();
    Map<String, List<VerbPattern>> byNoun = new LinkedHashMap<>();
    Set<String> ids = new HashSet<>();
    List<VerbPattern> all = new ArrayList<>();
    for (String[] row : rows(verbsFile, verbs, 7, problems)) {
      int line = Integer.parseInt(row[7]);
      String id = row[0].trim();
      String code = row[1].trim();
      String verb = row[2].trim().toLowerCase(Locale.ROOT);
      String object = row[3].trim();
      String target = row[4].trim();
      String flags = row[5].trim();
      String example = row[6].trim();
      String error = null;
      if (!ids.add(id)) {
        error = "pattern id '" + id + "' twice";
      } else if (!codebook.contains(code) || code.length() < 3) {
        error = "not a 3- or 4-digit CAMEO code: '" + code + "'";
      } else if (verb.isEmpty()) {
        error = "no verb";
      } else if (!object.equals("-")
          && !classes.containsKey(object)
          && !object.equals(OBLIGATION_CLAUSE)
          && !object.equals(VIEW_CLAUSE)
          && !isPhraseClass(object, classes)) {
        error =
            PHRASE.matcher(object).matches()
                ? "unknown noun class '" + object.substring(object.indexOf(':') + 1) + "'"
                : "unknown noun class '" + object + "'";
      } else if (!flags.equals("-") && !flags.equals("recip")) {
        error = "unknown flag '" + flags + "' (known: recip)";
      } else if (example.isEmpty()) {
        error = "no example sentence";
      }
      List<String> slots = target.equals("-") ? List.of() : Arrays.asList(target.split("\\|"));
      for (String s : slots) {
        if (error == null && !SLOT.matcher(s).matches()) {
          error = "bad target slot '" + s + "'";
        }
      }
      if (error != null) {
        problems.add(new LexiconProblem(verbsFile, line, error));
        continue;
      }
      VerbPattern p =
          new VerbPattern(
              id,
              code,
              verb,
              object.equals("-") ? null : object,
              slots,
              flags.equals("recip"),
              example,
              line);
      all.add(p);
      (p.isNoun() ? byNoun : byLemma).computeIfAbsent(p.lemma(), k -> new ArrayList<>()).add(p);
    }
    Map<String, List<VerbPattern>> frozen = new HashMap<>();
    for (Map.Entry<String, List<VerbPattern>> e : byLemma.entrySet()) {
      List<VerbPattern> list = new ArrayList<>(e.getValue());
      // A pattern that demands an object class is more specific than one that does not.
      list.sort(Comparator.comparing(v -> v.objectClass() == null));
      frozen.put(e.getKey(), List.copyOf(list));
    }
    Map<String, List<VerbPattern>> nounTriggers = new HashMap<>();
    byNoun.forEach((k, v) -> nounTriggers.put(k, List.copyOf(v)));
    return new VerbLexicon(
        Collections.unmodifiableMap(frozen),
        Collections.unmodifiableMap(nounTriggers),
        Collections.unmodifiableMap(classes),
        List.copyOf(all),
        List.copyOf(problems));
  }

  private static List<String[]> rows(
      String file, Reader reader, int columns, List<LexiconProblem> problems) {
    List<String[]> out = new ArrayList<>();
    boolean header = true;
    try (BufferedReader r = new BufferedReader(reader)) {
      String s;
      int n = 0;
      while ((s = r.readLine()) != null) {
        n++;
        if (s.isBlank() || s.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] f = s.split("\t", -1);
        if (f.length != columns) {
          problems.add(
              new LexiconProblem(file, n, "expected " + columns + " columns, found " + f.length));
          continue;
        }
        String[] withLine = Arrays.copyOf(f, columns + 1);
        withLine[columns] = Integer.toString(n);
        out.add(withLine);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + file, e);
    }
    return out;
  }

  /** The patterns whose verb has this lemma, most specific (object class) first. */
  public List<VerbPattern> forLemma(String lemma) {
    return byLemma.getOrDefault(lemma, List.of());
  }

  /** The patterns whose trigger is this event noun. */
  public List<VerbPattern> forNoun(String lemma) {
    return byNoun.getOrDefault(lemma, List.of());
  }

  /**
   * Whether the verb codes an event whatever its object: it has a pattern without an object class.
   * "continue" with only "continue a hunger strike" is not one, so "continued to send arms" is
   * coded by "send".
   */
  public boolean hasGenericPattern(String lemma) {
    for (VerbPattern p : byLemma.getOrDefault(lemma, List.of())) {
      if (p.objectClass() == null) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word can trigger an event at all, as a verb or as an event noun. */
  public boolean canTrigger(String lemmaOrWord) {
    return byLemma.containsKey(lemmaOrWord) || byNoun.containsKey(lemmaOrWord);
  }

  /**
   * Whether a tagged token can trigger an event as {@link EventCoder} reads it: a verb's lemma on a
   * verb, or on a noun (a mistagged verb can act as one); an event noun on a noun or a gerund. An
   * untagged token is judged by its words alone.
   */
  public boolean canTrigger(Token t) {
    String pos = t.pos();
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    if (pos.isEmpty()) {
      return canTrigger(lemma) || canTrigger(t.text().toLowerCase(Locale.ROOT));
    }
    boolean noun = pos.startsWith("NN");
    if ((noun || pos.startsWith("VB")) && byLemma.containsKey(lemma)) {
      return true;
    }
    return (noun || pos.equals("VBG"))
        && (byNoun.containsKey(lemma) || byNoun.containsKey(t.text().toLowerCase(Locale.ROOT)));
  }

  /**
   * Whether a tagged token can trigger an event in a sentence with these words (its lower-case
   * words and lemmas): as {@link #canTrigger(Token)}, and a verb whose every pattern needs a phrase
   * ("went on strike", "remained on alert") needs a noun of one of their classes in the sentence.
   */
  public boolean canTrigger(Token t, Set<String> words) {
    if (!canTrigger(t)) {
      return false;
    }
    List<VerbPattern> verbPatterns = byLemma.get(t.lemma().toLowerCase(Locale.ROOT));
    if (verbPatterns == null || byNoun.containsKey(t.lemma().toLowerCase(Locale.ROOT))) {
      return true;
    }
    for (VerbPattern p : verbPatterns) {
      if (p.phraseClass() == null) {
        return true;
      }
      for (String noun : classes.get(p.phraseClass())) {
        if (words.contains(noun.substring(noun.lastIndexOf(' ') + 1))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a word can trigger an event with one actor named: a protest (root 14) or a domestic act
   * ("imposed a curfew"), whose target may be implicit.
   */
  public boolean canActAlone(String lemmaOrWord) {
    for (VerbPattern p : byLemma.getOrDefault(lemmaOrWord, List.of())) {
      if (p.code().startsWith("14") || EventCoder.isDomestic(p.code())) {
        return true;
      }
    }
    for (VerbPattern p : byNoun.getOrDefault(lemmaOrWord, List.of())) {
      if (p.code().startsWith("14")) {
        return true;
      }
    }
    return false;
  }

  public boolean isTrigger(String lemma) {
    return byLemma.containsKey(lemma);
  }

  /**
   * The one object class that is a clause, not a noun: a complement clause that says what its
   * subject must do ("said that Sudan must end the violence", "Japan needs to enact reforms").
   */
  public static final String OBLIGATION_CLAUSE = "clause:must";

  /**
   * A finite complement clause that states a view, not a plan ("agreed that there was an urgent
   * need for progress"; not "agreed that talks would resume", nor "agreed to talk").
   */
  public static final String VIEW_CLAUSE = "clause:that";

  /**
   * A prepositional phrase the verb must have, written {@code PREPOSITION:CLASS}: "held refugees as
   * human shields" ({@code as:shield}), "put its troops on alert" ({@code on:alert}). The direct
   * object stays free to be the target.
   */
  private static final Pattern PHRASE = Pattern.compile("[a-z]+:[a-z_]+");

  private static boolean isPhraseClass(String object, Map<String, Set<String>> classes) {
    return PHRASE.matcher(object).matches()
        && !object.startsWith("clause:")
        && classes.containsKey(object.substring(object.indexOf(':') + 1));
  }

  /** Whether {@code noun} (a lemma) belongs to the named class. */
  public boolean inClass(String className, String noun) {
    Set<String> words = classes.get(className);
    return words != null && words.contains(noun.toLowerCase(Locale.ROOT));
  }

  public Collection<VerbPattern> patterns() {
    return patterns;
  }

  public List<LexiconProblem> problems() {
    return problems;
  }
}
