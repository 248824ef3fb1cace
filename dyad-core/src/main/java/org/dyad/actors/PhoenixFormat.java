package org.dyad.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the actor and agent dictionaries of the Phoenix/PETRARCH (TABARI) format, so a user with
 * their own dictionaries in that format can use them with Dyad.
 *
 * <p>Actors: a name line ({@code VLADIMIR_PUTIN_}, words joined by {@code _}), optionally with its
 * code ({@code UN_ [IGOUNO]}); name lines in a row without codes name one actor; synonym lines
 * starting with {@code +}; code lines starting with white space: {@code [CODE]} (the default),
 * {@code [CODE >YYMMDD]} (from), {@code [CODE <YYMMDD]} (until), {@code [CODE YYMMDD-YYMMDD]}.
 * Dates have 6 digits (years up to 30 are 20xx) or 8. Agents: {@code PHRASE {PLURAL} [~SECTORS]},
 * where {@code {}} means no plural and no braces means the regular plural in -S; macros {@code
 * !NAME! = A, B} expand inside phrases.
 */
final class PhoenixFormat {
  private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");
  private static final Pattern MACRO = Pattern.compile("^(![A-Z]+!)\\s*=\\s*(.+)$");

  /** One actor: its names, its default code and its dated codes. */
  record Actor(int line, List<String> names, String defaultCode, List<Role> roles) {}

  /** One dated code of an actor, dates inclusive, either open. */
  record Role(String code, LocalDate from, LocalDate to) {}

  private PhoenixFormat() {}

  static List<Actor> readActors(String file, Reader reader, BiConsumer<Integer, String> problems) {
    List<Actor> out = new ArrayList<>();
    int[] start = {0};
    List<String> names = new ArrayList<>();
    String[] defaultCode = {null};
    List<Role> roles = new ArrayList<>();
    boolean[] codeSeen = {false};
    Runnable flush =
        () -> {
          if (!names.isEmpty()) {
            if (defaultCode[0] == null && roles.isEmpty()) {
              if (!codeSeen[0]) {
                problems.accept(start[0], "actor '" + names.get(0) + "' has no code");
              }
            } else {
              out.add(new Actor(start[0], List.copyOf(names), defaultCode[0], List.copyOf(roles)));
            }
          }
          names.clear();
          roles.clear();
          defaultCode[0] = null;
          codeSeen[0] = false;
        };
    try (BufferedReader r = new BufferedReader(reader)) {
      String raw;
      int n = 0;
      while ((raw = r.readLine()) != null) {
        n++;
        String line = stripComment(raw);
        if (line.isBlank()) {
          continue;
        }
        boolean indented = Character.isWhitespace(line.charAt(0));
        String body = line.trim();
        if (body.startsWith("+")) {
          if (names.isEmpty()) {
            problems.accept(n, "synonym before any actor");
          } else {
            names.add(words(body.substring(1)));
          }
          continue;
        }
        if (indented || body.startsWith("[")) {
          if (names.isEmpty()) {
            problems.accept(n, "code line before any actor");
            continue;
          }
          Matcher m = CODE.matcher(body);
          if (!m.find()) {
            problems.accept(n, "expected [CODE ...]: '" + body + "'");
            continue;
          }
          codeSeen[0] = true;
          code(n, m.group(1).trim(), defaultCode, roles, problems);
          continue;
        }
        Matcher m = CODE.matcher(body);
        boolean codeOnLine = m.find(0);
        if (!names.isEmpty() && !codeSeen[0] && !codeOnLine) {
          // Name lines in a row share the code lines that follow them.
          names.add(words(body));
          continue;
        }
        flush.run();
        start[0] = n;
        String name = codeOnLine ? body.substring(0, m.start()) : body;
        names.add(words(name));
        if (codeOnLine) {
          codeSeen[0] = true;
          code(n, m.group(1).trim(), defaultCode, roles, problems);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + file, e);
    }
    flush.run();
    return out;
  }

  private static void code(
      int line,
      String text,
      String[] defaultCode,
      List<Role> roles,
      BiConsumer<Integer, String> problems) {
    String[] parts = text.split("\\s+", 2);
    String code = parts[0];
    if (!code.matches("([A-Z0-9]{3})+")) {
      problems.accept(line, "not an actor code: '" + code + "'");
      return;
    }
    if (parts.length == 1) {
      if (defaultCode[0] == null) {
        defaultCode[0] = code;
      }
      return;
    }
    String d = parts[1].trim();
    try {
      if (d.startsWith(">")) {
        roles.add(new Role(code, date(d.substring(1)), null));
      } else if (d.startsWith("<")) {
        roles.add(new Role(code, null, date(d.substring(1))));
      } else if (d.contains("-")) {
        String[] span = d.split("-", 2);
        LocalDate from = date(span[0]);
        LocalDate to = date(span[1]);
        if (to.isBefore(from)) {
          problems.accept(line, "date range ends before it starts: '" + d + "'");
          return;
        }
        roles.add(new Role(code, from, to));
      } else {
        problems.accept(line, "bad date restriction: '" + d + "'");
      }
    } catch (IllegalArgumentException e) {
      problems.accept(line, e.getMessage());
    }
  }

  static LocalDate date(String text) {
    String t = text.trim();
    try {
      if (t.length() == 6) {
        int yy = Integer.parseInt(t.substring(0, 2));
        int year = yy <= 30 ? 2000 + yy : 1900 + yy;
        return LocalDate.of(
            year, Integer.parseInt(t.substring(2, 4)), Integer.parseInt(t.substring(4, 6)));
      }
      if (t.length() == 8) {
        return LocalDate.of(
            Integer.parseInt(t.substring(0, 4)),
            Integer.parseInt(t.substring(4, 6)),
            Integer.parseInt(t.substring(6, 8)));
      }
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a date: '" + text + "'", e);
    }
    throw new IllegalArgumentException("not a date (YYMMDD or YYYYMMDD): '" + text + "'");
  }

  /** One agent phrase (and its plural) with its sector codes. */
  record Agent(int line, String phrase, List<String> sectors) {}

  static List<Agent> readAgents(String file, Reader reader, BiConsumer<Integer, String> problems) {
    List<Agent> out = new ArrayList<>();
    Map<String, List<String>> macros = new LinkedHashMap<>();
    try (BufferedReader r = new BufferedReader(reader)) {
      String raw;
      int n = 0;
      while ((raw = r.readLine()) != null) {
        n++;
        String line = stripComment(raw).trim();
        if (line.isEmpty()) {
          continue;
        }
        Matcher macro = MACRO.matcher(line);
        if (macro.matches()) {
          List<String> values = new ArrayList<>();
          for (String v : macro.group(2).split(",")) {
            values.add(v.trim());
          }
          macros.put(macro.group(1), values);
          continue;
        }
        Matcher m = CODE.matcher(line);
        if (!m.find()) {
          problems.accept(n, "expected PHRASE [~CODE]: '" + line + "'");
          continue;
        }
        String code = m.group(1).trim();
        if (!code.matches("~([A-Z]{3})+")) {
          problems.accept(n, "not an agent code: '" + code + "'");
          continue;
        }
        List<String> sectors = new ArrayList<>();
        for (int i = 1; i < code.length(); i += 3) {
          sectors.add(code.substring(i, i + 3));
        }
        String head = line.substring(0, m.start()).trim();
        String plural = null;
        boolean noPlural = false;
        int brace = head.indexOf('{');
        if (brace >= 0) {
          int close = head.indexOf('}', brace);
          if (close < 0) {
            problems.accept(n, "unclosed {");
            continue;
          }
          String p = head.substring(brace + 1, close).trim();
          noPlural = p.isEmpty();
          plural = p.isEmpty() ? null : p;
          head = head.substring(0, brace).trim();
        }
        List<String> forms = new ArrayList<>();
        forms.add(head);
        if (plural != null) {
          forms.add(plural);
        } else if (!noPlural && !head.contains("!")) {
          forms.add(head.replaceAll("_+$", "") + "S");
        }
        for (String f : forms) {
          for (String expanded : expand(f, macros)) {
            out.add(new Agent(n, words(expanded), List.copyOf(sectors)));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + file, e);
    }
    return out;
  }

  private static List<String> expand(String phrase, Map<String, List<String>> macros) {
    for (Map.Entry<String, List<String>> e : macros.entrySet()) {
      int at = phrase.indexOf(e.getKey());
      if (at >= 0) {
        List<String> out = new ArrayList<>();
        for (String v : e.getValue()) {
          out.addAll(
              expand(
                  phrase.substring(0, at) + v + phrase.substring(at + e.getKey().length()),
                  macros));
        }
        return out;
      }
    }
    return List.of(phrase);
  }

  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    return hash < 0 ? line : line.substring(0, hash);
  }

  /** {@code VLADIMIR_PUTIN_} as {@code VLADIMIR PUTIN}. */
  static String words(String name) {
    return name.trim().replace('_', ' ').trim().replaceAll("\\s+", " ");
  }
}
