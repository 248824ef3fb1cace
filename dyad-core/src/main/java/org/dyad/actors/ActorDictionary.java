package org.dyad.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dyad.model.Token;

/**
 * The actor knowledge base as a phrase matcher: countries (names, demonyms, capitals and seats of
 * power) and agents (nouns and titles with their sector). Built once, then shared by all threads.
 *
 * <p>A bad line never stops loading: it becomes a {@link DictionaryProblem} naming the file and
 * line, and the rest of the file is read. The first phrase for a surface form wins.
 */
public final class ActorDictionary {
  private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{3}");
  private static final int MAX_PROBLEMS = 200;
  private static final String RESOURCES = "/org/dyad/dictionaries/";

  private final PhraseMatcher matcher;
  private final Map<String, String> countryNames;
  private final List<DictionaryProblem> problems;
  private final int problemCount;

  private ActorDictionary(Builder b) {
    this.matcher = b.matcher;
    this.countryNames = Collections.unmodifiableMap(new HashMap<>(b.countryNames));
    this.problems = List.copyOf(b.problems);
    this.problemCount = b.problemCount;
  }

  /** Dyad's own dictionaries, read from the jar. */
  public static ActorDictionary standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final ActorDictionary STANDARD = loadStandard();
  }

  private static ActorDictionary loadStandard() {
    Builder b = builder();
    b.addCountries("countries.tsv", resource("countries.tsv"));
    b.addAgents("agents.tsv", resource("agents.tsv"));
    ActorDictionary d = b.build();
    if (!d.problems().isEmpty()) {
      // Dyad's own files are tested to load cleanly, so a problem here is a packaging bug.
      throw new IllegalStateException("bundled dictionaries have problems: " + d.problems());
    }
    return d;
  }

  private static Reader resource(String name) {
    InputStream in = ActorDictionary.class.getResourceAsStream(RESOURCES + name);
    if (in == null) {
      throw new IllegalStateException("missing bundled dictionary " + name);
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The dictionary phrases in a sentence's tokens, left to right, longest first. */
  public List<PhraseMatch> match(List<Token> tokens) {
    return matcher.match(tokens);
  }

  /** The common name of a country code, if the dictionary has it. */
  public Optional<String> countryName(String code) {
    return Optional.ofNullable(countryNames.get(code));
  }

  public int phraseCount() {
    return matcher.size();
  }

  /** Up to 200 problems found while loading. */
  public List<DictionaryProblem> problems() {
    return problems;
  }

  /** How many problems were found, including those past the first 200. */
  public int problemCount() {
    return problemCount;
  }

  /** Reads dictionary files into one dictionary. */
  public static final class Builder {
    private final PhraseMatcher matcher = new PhraseMatcher();
    private final Map<String, String> countryNames = new HashMap<>();
    private final List<DictionaryProblem> problems = new ArrayList<>();
    private int problemCount;

    private Builder() {}

    /**
     * Reads a countries file: {@code code name aliases adjectives capitals seats}, tab-separated,
     * lists separated by {@code |}, {@code -} for none.
     */
    public Builder addCountries(String file, Reader reader) {
      for (Line line : lines(file, reader, 6)) {
        List<String> f = line.fields;
        String code = f.get(0).trim();
        if (!COUNTRY_CODE.matcher(code).matches()) {
          problem(file, line.number, "country code must be 3 capital letters: '" + code + "'");
          continue;
        }
        String name = f.get(1).trim();
        if (name.isEmpty() || name.equals("-")) {
          problem(file, line.number, "country " + code + " has no name");
          continue;
        }
        if (countryNames.putIfAbsent(code, name) != null) {
          problem(file, line.number, "country " + code + " is listed twice");
          continue;
        }
        String id = "countries:" + code;
        add(
            file,
            line.number,
            name,
            new DictionaryEntry(id, EntryType.COUNTRY, code, List.of(), name));
        for (String alias : list(f.get(2))) {
          add(
              file,
              line.number,
              alias,
              new DictionaryEntry(id, EntryType.COUNTRY, code, List.of(), name));
        }
        for (String adj : list(f.get(3))) {
          add(
              file,
              line.number,
              adj,
              new DictionaryEntry(id, EntryType.DEMONYM, code, List.of(), name));
        }
        for (String seat : concat(list(f.get(4)), list(f.get(5)))) {
          add(
              file,
              line.number,
              seat,
              new DictionaryEntry(id, EntryType.CAPITAL, code, List.of("GOV"), seat));
        }
      }
      return this;
    }

    /** Reads an agents file: {@code phrase sector}, tab-separated. */
    public Builder addAgents(String file, Reader reader) {
      for (Line line : lines(file, reader, 2)) {
        String phrase = line.fields.get(0).trim();
        String sector = line.fields.get(1).trim();
        if (!Sectors.KNOWN.contains(sector)) {
          problem(file, line.number, "unknown sector code '" + sector + "'");
          continue;
        }
        add(
            file,
            line.number,
            phrase,
            new DictionaryEntry(
                "agents:" + phrase, EntryType.AGENT, null, List.of(sector), phrase));
      }
      return this;
    }

    public ActorDictionary build() {
      return new ActorDictionary(this);
    }

    private void add(String file, int line, String phrase, DictionaryEntry entry) {
      if (PhraseKey.words(phrase).isEmpty()) {
        problem(file, line, "empty phrase");
        return;
      }
      DictionaryEntry old = matcher.add(phrase, entry);
      if (old != null && !old.id().equals(entry.id())) {
        problem(file, line, "'" + phrase + "' already names " + old.id() + "; kept that");
      }
    }

    private void problem(String file, int line, String message) {
      problemCount++;
      if (problems.size() < MAX_PROBLEMS) {
        problems.add(new DictionaryProblem(file, line, message));
      }
    }

    private record Line(int number, List<String> fields) {}

    private List<Line> lines(String file, Reader reader, int columns) {
      List<Line> out = new ArrayList<>();
      boolean header = true;
      try (BufferedReader r = new BufferedReader(reader)) {
        String s;
        int n = 0;
        while ((s = r.readLine()) != null) {
          n++;
          if (n == 1 && s.startsWith("\uFEFF")) {
            s = s.substring(1);
          }
          if (s.isBlank() || s.startsWith("#")) {
            continue;
          }
          if (header) {
            // The first non-comment line names the columns.
            header = false;
            continue;
          }
          List<String> fields = List.of(s.split("\t", -1));
          if (fields.size() != columns) {
            problem(
                file, n, "expected " + columns + " tab-separated columns, found " + fields.size());
            continue;
          }
          out.add(new Line(n, fields));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("reading " + file, e);
      }
      return out;
    }

    private static List<String> list(String field) {
      List<String> out = new ArrayList<>();
      for (String s : field.split("\\|")) {
        String t = s.trim();
        if (!t.isEmpty() && !t.equals("-")) {
          out.add(t);
        }
      }
      return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
      List<String> out = new ArrayList<>(a);
      out.addAll(b);
      return out;
    }
  }
}
