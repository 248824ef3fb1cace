package org.dyad.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.model.ActorKind;
import org.dyad.model.Token;

/**
 * The actor knowledge base as a phrase matcher: countries (names, demonyms, capitals and seats of
 * power), agents (nouns and titles with their sector), people with dated roles and organisations.
 * Built once, then shared by all threads.
 *
 * <p>A bad line never stops loading: it becomes a {@link DictionaryProblem} naming the file and
 * line, and the rest of the file is read. The first entry for a surface form wins, except that
 * people who share a name at different times ("Bush") are told apart by the article's date.
 */
public final class ActorDictionary {
  private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{3}");
  private static final Set<String> INTERNATIONAL = Set.of("IGO", "NGO", "IMG", "MNC");
  private static final int MAX_PROBLEMS = 200;
  private static final String RESOURCES = "/org/dyad/dictionaries/";
  private static final Map<String, ActorKind> ORGANISATION_KINDS =
      Map.of(
          "igo", ActorKind.IGO,
          "ngo", ActorKind.NGO,
          "armed_group", ActorKind.ARMED_GROUP,
          "institution", ActorKind.INSTITUTION,
          "company", ActorKind.COMPANY,
          "party", ActorKind.PARTY,
          "media", ActorKind.MEDIA);

  private final PhraseMatcher matcher;
  private final Map<String, String> countryNames;
  private final Map<String, DictionaryEntry> entries;
  private final List<DictionaryProblem> problems;
  private final int problemCount;

  private ActorDictionary(Builder b) {
    this.matcher = b.matcher;
    this.countryNames = Collections.unmodifiableMap(new HashMap<>(b.countryNames));
    this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(b.entries));
    this.problems = List.copyOf(b.problems);
    this.problemCount = b.problemCount;
  }

  /** Dyad's own dictionaries, read from the jar as {@code dictionaries/index.txt} lists them. */
  public static ActorDictionary standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final ActorDictionary STANDARD = loadStandard();
  }

  private static ActorDictionary loadStandard() {
    ActorDictionary d = builder().addBundled().build();
    if (!d.problems().isEmpty()) {
      // Dyad's own files are tested to load cleanly, so a problem here is a packaging bug.
      throw new IllegalStateException("bundled dictionaries have problems: " + d.problems());
    }
    return d;
  }

  /** The bundled files, as {@code index.txt} lists them: {@code kind path} a line. */
  static List<String[]> bundledIndex() {
    List<String[]> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(resource("index.txt"))) {
      String line;
      while ((line = r.readLine()) != null) {
        line = line.trim();
        if (!line.isEmpty() && !line.startsWith("#")) {
          out.add(line.split("\\s+", 2));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
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
  public List<PhraseMatch> match(List<Token> tokens, LocalDate date) {
    return matcher.match(tokens, date);
  }

  /** The same, for an unknown date. */
  public List<PhraseMatch> match(List<Token> tokens) {
    return matcher.match(tokens, null);
  }

  /** The common name of a country code, if the dictionary has it. */
  public Optional<String> countryName(String code) {
    return Optional.ofNullable(countryNames.get(code));
  }

  /** Every entry by id (a person or organisation once, a country once), in load order. */
  public Map<String, DictionaryEntry> entries() {
    return entries;
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
    private final Map<String, DictionaryEntry> entries = new LinkedHashMap<>();
    private final List<DictionaryProblem> problems = new ArrayList<>();
    private int problemCount;

    private Builder() {}

    /** Adds Dyad's own files. */
    public Builder addBundled() {
      for (String[] item : bundledIndex()) {
        String kind = item[0];
        String path = item[1];
        switch (kind) {
          case "countries" -> addCountries(path, resource(path));
          case "world-regions" -> addWorldRegions(path, resource(path));
          case "agents" -> addAgents(path, resource(path));
          case "religions" -> addReligions(path, resource(path));
          case "people" -> addPeople(path, resource(path));
          case "organisations" -> addOrganisations(path, resource(path));
          case "regions" -> {
            // first-level divisions: places for the gazetteer, not actors
          }
          default -> throw new IllegalStateException("index.txt: unknown kind " + kind);
        }
      }
      return this;
    }

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
        DictionaryEntry country = new DictionaryEntry(id, EntryType.COUNTRY, code, List.of(), name);
        entries.put(id, country);
        add(file, line.number, name, country);
        for (String alias : list(f.get(2))) {
          add(file, line.number, alias, country);
        }
        DictionaryEntry demonym = new DictionaryEntry(id, EntryType.DEMONYM, code, List.of(), name);
        for (String adj : list(f.get(3))) {
          add(file, line.number, adj, demonym);
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

    /**
     * Reads a world regions file: {@code code name aliases adjectives}, tab-separated, lists
     * separated by {@code |}, {@code -} for none. Codes are CAMEO's region codes and must not be a
     * country's.
     */
    public Builder addWorldRegions(String file, Reader reader) {
      for (Line line : lines(file, reader, 4)) {
        List<String> f = line.fields;
        String code = f.get(0).trim();
        if (!COUNTRY_CODE.matcher(code).matches()) {
          problem(file, line.number, "region code must be 3 capital letters: '" + code + "'");
          continue;
        }
        String name = f.get(1).trim();
        if (name.isEmpty() || name.equals("-")) {
          problem(file, line.number, "region " + code + " has no name");
          continue;
        }
        if (countryNames.putIfAbsent(code, name) != null) {
          problem(file, line.number, "region " + code + " is listed twice or is a country's code");
          continue;
        }
        String id = "world-regions:" + code;
        DictionaryEntry region = new DictionaryEntry(id, EntryType.REGION, code, List.of(), name);
        entries.put(id, region);
        add(file, line.number, name, region);
        for (String phrase : concat(list(f.get(2)), list(f.get(3)))) {
          add(file, line.number, phrase, region);
        }
      }
      return this;
    }

    /**
     * Reads a religions file: {@code code name words}, tab-separated; {@code code} a faith or a
     * faith and its branch ({@code MOS}, {@code MOSSHI}), {@code words} the nouns and adjectives
     * that name its people ("Shiites", "Shiite"). They are agents whose sectors are the religion's
     * codes.
     */
    public Builder addReligions(String file, Reader reader) {
      for (Line line : lines(file, reader, 3)) {
        String code = line.fields.get(0).trim();
        if (!Religions.isCode(code)) {
          problem(file, line.number, "unknown religion code '" + code + "'");
          continue;
        }
        List<String> sectors =
            code.length() == 3 ? List.of(code) : List.of(code.substring(0, 3), code.substring(3));
        String name = line.fields.get(1).trim();
        for (String word : list(line.fields.get(2))) {
          String id = "religions:" + word.toLowerCase(Locale.ROOT);
          DictionaryEntry group = new DictionaryEntry(id, EntryType.AGENT, null, sectors, name);
          entries.putIfAbsent(id, group);
          add(file, line.number, word, group);
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
        String id = "agents:" + phrase.toLowerCase(Locale.ROOT);
        DictionaryEntry agent =
            new DictionaryEntry(id, EntryType.AGENT, null, List.of(sector), phrase);
        entries.putIfAbsent(id, agent);
        add(file, line.number, phrase, agent);
      }
      return this;
    }

    /**
     * Reads a people file: {@code name aliases base roles}; roles are {@code ;}-separated {@code
     * CODE FROM..TO title}.
     */
    public Builder addPeople(String file, Reader reader) {
      for (Line line : lines(file, reader, 4)) {
        List<String> f = line.fields;
        String name = f.get(0).trim();
        if (name.isEmpty() || name.equals("-")) {
          problem(file, line.number, "person without a name");
          continue;
        }
        ActorCode base = code(file, line.number, f.get(2).trim());
        if (base == null) {
          continue;
        }
        List<DatedRole> roles = new ArrayList<>();
        boolean ok = true;
        for (String r : f.get(3).split(";")) {
          if (r.isBlank() || r.trim().equals("-")) {
            continue;
          }
          DatedRole role = role(file, line.number, r.trim());
          if (role != null && !knownOrganisation(role.code())) {
            problem(file, line.number, "unknown organisation code " + role.code());
            role = null;
          }
          if (role == null) {
            ok = false;
            break;
          }
          for (DatedRole other : roles) {
            if (other.code().equals(role.code())
                && other.title().equalsIgnoreCase(role.title())
                && overlap(other, role)) {
              problem(file, line.number, "overlapping roles: '" + r.trim() + "'");
              ok = false;
            }
          }
          roles.add(role);
        }
        if (!ok) {
          continue;
        }
        String id = "people:" + name;
        if (entries.containsKey(id)) {
          problem(file, line.number, "person '" + name + "' is listed twice");
          continue;
        }
        DictionaryEntry person =
            new DictionaryEntry(
                id,
                EntryType.PERSON,
                base.country(),
                base.sectors(),
                name,
                ActorKind.PERSON,
                roles);
        register(file, line.number, person, name, list(f.get(1)));
      }
      return this;
    }

    /** Reads an organisations file: {@code code kind name aliases countries}. */
    public Builder addOrganisations(String file, Reader reader) {
      for (Line line : lines(file, reader, 5)) {
        List<String> f = line.fields;
        ActorCode code = code(file, line.number, f.get(0).trim());
        if (code == null) {
          continue;
        }
        ActorKind kind = ORGANISATION_KINDS.get(f.get(1).trim());
        if (kind == null) {
          problem(
              file,
              line.number,
              "unknown kind '" + f.get(1).trim() + "'; known: " + ORGANISATION_KINDS.keySet());
          continue;
        }
        String name = f.get(2).trim();
        if (name.isEmpty() || name.equals("-")) {
          problem(file, line.number, "organisation without a name");
          continue;
        }
        boolean countriesOk = true;
        for (String c : list(f.get(4))) {
          if (!countryNames.containsKey(c)) {
            problem(file, line.number, "unknown country code '" + c + "'");
            countriesOk = false;
          }
        }
        if (!countriesOk) {
          continue;
        }
        String id = "organisations:" + code;
        if (entries.containsKey(id)) {
          problem(file, line.number, "organisation code " + code + " is listed twice");
          continue;
        }
        DictionaryEntry org =
            new DictionaryEntry(
                id, EntryType.ORGANISATION, code.country(), code.sectors(), name, kind, List.of());
        register(file, line.number, org, name, list(f.get(3)));
      }
      return this;
    }

    /**
     * Reads a Phoenix/PETRARCH actors file ({@code Phoenix.Countries.actors.txt} and the like). Its
     * codes are taken as written (Phoenix uses some non-ISO country codes); an actor with dated
     * codes is coded like a person, one whose code is a bare country like a country name.
     */
    public Builder addPhoenixActors(String file, Reader reader) {
      String tag = "phoenix:" + shortName(file);
      for (PhoenixFormat.Actor a :
          PhoenixFormat.readActors(file, reader, (line, msg) -> problem(file, line, msg))) {
        List<DatedRole> roles = new ArrayList<>();
        boolean ok = true;
        for (PhoenixFormat.Role r : a.roles()) {
          ActorCode code = phoenixCode(file, a.line(), r.code());
          if (code == null) {
            ok = false;
            break;
          }
          roles.add(new DatedRole(code, r.from(), r.to(), ""));
        }
        String baseText = a.defaultCode() != null ? a.defaultCode() : a.roles().get(0).code();
        ActorCode base = phoenixCode(file, a.line(), baseText);
        if (!ok || base == null) {
          continue;
        }
        String id = tag + ":" + a.line();
        String name = a.names().get(0);
        DictionaryEntry entry;
        if (!roles.isEmpty()) {
          entry =
              new DictionaryEntry(
                  id,
                  EntryType.PERSON,
                  base.country(),
                  base.sectors(),
                  name,
                  ActorKind.PERSON,
                  roles);
        } else if (base.sectors().isEmpty()) {
          entry = new DictionaryEntry(id, EntryType.COUNTRY, base.country(), List.of(), name);
        } else {
          ActorKind kind =
              base.country().equals("IGO")
                  ? ActorKind.IGO
                  : base.country().equals("NGO") ? ActorKind.NGO : ActorKind.STATE;
          entry =
              new DictionaryEntry(
                  id,
                  EntryType.ORGANISATION,
                  base.country(),
                  base.sectors(),
                  name,
                  kind,
                  List.of());
        }
        entries.put(id, entry);
        for (String n : a.names()) {
          // Phoenix writes every name in capitals: they are words, not acronyms.
          add(file, a.line(), n.toLowerCase(Locale.ROOT), entry);
        }
      }
      return this;
    }

    /** Reads a Phoenix/PETRARCH agents file ({@code Phoenix.agents.txt}). */
    public Builder addPhoenixAgents(String file, Reader reader) {
      String tag = "phoenix:" + shortName(file);
      for (PhoenixFormat.Agent a :
          PhoenixFormat.readAgents(file, reader, (line, msg) -> problem(file, line, msg))) {
        String id = tag + ":" + a.phrase().toLowerCase(Locale.ROOT);
        DictionaryEntry agent =
            new DictionaryEntry(id, EntryType.AGENT, null, a.sectors(), a.phrase());
        entries.putIfAbsent(id, agent);
        add(file, a.line(), a.phrase().toLowerCase(Locale.ROOT), agent);
      }
      return this;
    }

    private ActorCode phoenixCode(String file, int line, String text) {
      try {
        return ActorCode.parse(text);
      } catch (IllegalArgumentException e) {
        problem(file, line, e.getMessage());
        return null;
      }
    }

    private static String shortName(String file) {
      String n = file.replace('\\', '/');
      return n.substring(n.lastIndexOf('/') + 1);
    }

    public ActorDictionary build() {
      return new ActorDictionary(this);
    }

    /** An actor code whose first group is a known country or an international code. */
    private ActorCode code(String file, int line, String text) {
      ActorCode code;
      try {
        code = ActorCode.parse(text);
      } catch (IllegalArgumentException e) {
        problem(file, line, e.getMessage());
        return null;
      }
      if (!countryNames.containsKey(code.country()) && !INTERNATIONAL.contains(code.country())) {
        problem(file, line, "unknown country code '" + code.country() + "' in " + text);
        return null;
      }
      if (countryNames.containsKey(code.country())
          && !code.sectors().isEmpty()
          && !Sectors.KNOWN.contains(code.sectors().get(0))) {
        problem(file, line, "unknown sector code '" + code.sectors().get(0) + "' in " + text);
        return null;
      }
      return code;
    }

    /**
     * An international code in a person's role must name a loaded organisation, or lie under one
     * ({@code IGOUNOSEC} under {@code IGOUNO}): otherwise a typo silently makes a new actor.
     */
    private boolean knownOrganisation(ActorCode code) {
      if (!INTERNATIONAL.contains(code.country())) {
        return true;
      }
      String text = code.toString();
      for (int len = text.length(); len >= 6; len -= 3) {
        if (entries.containsKey("organisations:" + text.substring(0, len))) {
          return true;
        }
      }
      return false;
    }

    private DatedRole role(String file, int line, String text) {
      String[] parts = text.split("\\s+", 3);
      if (parts.length < 2 || !parts[1].contains("..")) {
        problem(file, line, "role must be 'CODE FROM..TO title': '" + text + "'");
        return null;
      }
      ActorCode code = code(file, line, parts[0]);
      if (code == null) {
        return null;
      }
      String[] span = parts[1].split("\\.\\.", -1);
      try {
        LocalDate from = span[0].isEmpty() ? null : RoleDates.start(span[0]);
        LocalDate to = span[1].isEmpty() ? null : RoleDates.end(span[1]);
        return new DatedRole(code, from, to, parts.length > 2 ? parts[2].trim() : "");
      } catch (IllegalArgumentException e) {
        problem(file, line, e.getMessage() + " in '" + text + "'");
        return null;
      }
    }

    private static boolean overlap(DatedRole a, DatedRole b) {
      boolean disjoint =
          (a.to() != null && b.from() != null && a.to().isBefore(b.from()))
              || (b.to() != null && a.from() != null && b.to().isBefore(a.from()));
      return !disjoint;
    }

    /** Keeps an entry and adds its name and aliases to the matcher. */
    private void register(
        String file, int line, DictionaryEntry entry, String name, List<String> aliases) {
      entries.put(entry.id(), entry);
      add(file, line, name, entry);
      for (String alias : aliases) {
        add(file, line, alias, entry);
      }
    }

    private void add(String file, int line, String phrase, DictionaryEntry entry) {
      if (PhraseKey.words(phrase).isEmpty()) {
        problem(file, line, "empty phrase");
        return;
      }
      DictionaryEntry old = matcher.add(phrase, entry);
      if (old != null) {
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
