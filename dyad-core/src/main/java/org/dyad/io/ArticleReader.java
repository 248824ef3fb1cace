package org.dyad.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Article;

/**
 * Reads articles from plain text or JSON Lines. A record that cannot be read is reported as an
 * {@link InputProblem} with its file and line, and reading goes on with the next one.
 *
 * <p>Plain text: when the text has more than one non-empty line, the first is the title; a line
 * {@code Date: YYYY-MM-DD} among the first three lines gives the publication date and is not part
 * of the text. JSON Lines: one object a line, {@code {"id", "title"?, "text", "date"?, "url"?,
 * "source"?}}.
 */
public final class ArticleReader {
  private static final Pattern DATE_LINE =
      Pattern.compile("(?i)^\\s*date:\\s*(\\d{4}-\\d{2}-\\d{2})\\s*$");
  private static final int MAX_LINE_CHARS = 10_000_000;

  private final ObjectMapper json = new ObjectMapper();
  private final LocalDate defaultDate;

  /**
   * @param defaultDate the date for articles whose input gives none, or {@code null}
   */
  public ArticleReader(LocalDate defaultDate) {
    this.defaultDate = defaultDate;
  }

  /** The format of a file by its name: {@code .jsonl}/{@code .json} are JSON Lines, else text. */
  public static boolean isJsonLines(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    return n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json");
  }

  /** Reads one plain-text article; the id is the file name without its extension. */
  public void readText(
      String file, BufferedReader in, Consumer<Article> articles, Consumer<InputProblem> problems)
      throws IOException {
    String content;
    try {
      StringBuilder sb = new StringBuilder();
      char[] buf = new char[8192];
      int n;
      while ((n = in.read(buf)) > 0) {
        sb.append(buf, 0, n);
      }
      content = sb.toString();
    } catch (CharacterCodingException e) {
      problems.accept(new InputProblem(file, 0, "not valid UTF-8 text"));
      return;
    }
    if (content.indexOf('\0') >= 0) {
      problems.accept(new InputProblem(file, 0, "binary content (NUL bytes), not text"));
      return;
    }
    List<String> lines = new ArrayList<>(List.of(content.split("\r?\n", -1)));
    LocalDate date = defaultDate;
    for (int i = 0; i < Math.min(3, lines.size()); i++) {
      Matcher m = DATE_LINE.matcher(lines.get(i));
      if (m.matches()) {
        try {
          date = LocalDate.parse(m.group(1));
        } catch (DateTimeParseException e) {
          problems.accept(new InputProblem(file, i + 1, "not a date: '" + m.group(1) + "'"));
          return;
        }
        lines.set(i, "");
        break;
      }
    }
    long nonEmpty = lines.stream().filter(l -> !l.isBlank()).count();
    if (nonEmpty == 0) {
      problems.accept(new InputProblem(file, 0, "empty: no text to code"));
      return;
    }
    String title = "";
    if (nonEmpty > 1) {
      for (int i = 0; i < lines.size(); i++) {
        if (!lines.get(i).isBlank()) {
          title = lines.get(i).trim();
          lines.set(i, "");
          break;
        }
      }
    }
    String text = String.join("\n", lines).strip();
    articles.accept(new Article(idFromFileName(file), title, text, date, null, null));
  }

  /** Reads JSON Lines, one article a line. */
  public void readJsonLines(
      String file, BufferedReader in, Consumer<Article> articles, Consumer<InputProblem> problems)
      throws IOException {
    String line;
    int n = 0;
    while (true) {
      try {
        line = in.readLine();
      } catch (CharacterCodingException e) {
        problems.accept(new InputProblem(file, n + 1, "not valid UTF-8; rest of file skipped"));
        return;
      }
      if (line == null) {
        return;
      }
      n++;
      if (line.isBlank()) {
        continue;
      }
      if (line.length() > MAX_LINE_CHARS) {
        problems.accept(new InputProblem(file, n, "line longer than 10M characters"));
        continue;
      }
      Article a = parseJson(file, n, line, problems);
      if (a != null) {
        articles.accept(a);
      }
    }
  }

  private Article parseJson(String file, int n, String line, Consumer<InputProblem> problems) {
    JsonNode node;
    try {
      node = json.readTree(line);
    } catch (JsonProcessingException e) {
      problems.accept(new InputProblem(file, n, "malformed JSON: " + e.getOriginalMessage()));
      return null;
    }
    if (node == null || !node.isObject()) {
      problems.accept(new InputProblem(file, n, "not a JSON object"));
      return null;
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual() || text.asText().isBlank()) {
      problems.accept(new InputProblem(file, n, "no \"text\" string"));
      return null;
    }
    String id = string(node, "id");
    if (id == null || id.isBlank()) {
      id = idFromFileName(file) + ":" + n;
    }
    LocalDate date = defaultDate;
    String d = string(node, "date");
    if (d != null && !d.isBlank()) {
      try {
        date = LocalDate.parse(d.length() > 10 ? d.substring(0, 10) : d);
      } catch (DateTimeParseException e) {
        problems.accept(new InputProblem(file, n, "not a YYYY-MM-DD date: '" + d + "'"));
        return null;
      }
    }
    return new Article(
        id,
        string(node, "title"),
        text.asText(),
        date,
        string(node, "url"),
        string(node, "source"));
  }

  private static String string(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    return v.isValueNode() ? v.asText() : v.toString();
  }

  /** An article id from a file name: the name without directory and extension. */
  public static String idFromFileName(String file) {
    String name = file.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name.isEmpty() ? "stdin" : name;
  }
}
