package org.dyad.store.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.dyad.io.ArticleReader;
import org.dyad.io.InputProblem;
import org.dyad.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Reads a corpus: files, directories (recursively), globs and standard input, in any of the {@link
 * InputFormat}s, optionally gzipped. Whatever cannot be read (a missing, empty, binary or oversized
 * file, broken UTF-8, a malformed record) becomes an {@link InputProblem} naming the file and line,
 * and reading goes on.
 */
public final class CorpusReader {
  /** Standard input's name in paths and problems. */
  public static final String STDIN = "-";

  private final LocalDate defaultDate;
  private final CsvColumns csvColumns;
  private final long maxDocumentBytes;
  private final ArticleReader articleReader;

  /**
   * @param defaultDate the date of articles whose input gives none, or null
   * @param csvColumns where CSV files keep each field
   * @param maxDocumentBytes the largest one-article file (text, HTML) or feed read whole; line
   *     formats (JSON Lines, CSV) stream and have no file limit
   */
  public CorpusReader(LocalDate defaultDate, CsvColumns csvColumns, long maxDocumentBytes) {
    this.defaultDate = defaultDate;
    this.csvColumns = Objects.requireNonNull(csvColumns, "csvColumns");
    if (maxDocumentBytes < 1) {
      throw new IllegalArgumentException("maxDocumentBytes < 1");
    }
    this.maxDocumentBytes = maxDocumentBytes;
    this.articleReader = new ArticleReader(defaultDate);
  }

  /**
   * The files a list of paths names, in a stable order: a directory gives every file of a known
   * format under it (sorted), a glob ({@code news/*.jsonl}, {@code data/**.html}) the files it
   * matches, {@code -} standard input. A path that names nothing is a problem.
   */
  public List<String> expand(List<String> paths, Consumer<InputProblem> problems) {
    List<String> out = new ArrayList<>();
    for (String p : paths) {
      if (p.equals(STDIN)) {
        out.add(STDIN);
      } else if (isGlob(p)) {
        List<String> matched = glob(p, problems);
        if (matched.isEmpty()) {
          problems.accept(new InputProblem(p, 0, "no file matches this pattern"));
        }
        out.addAll(matched);
      } else {
        Path path = Path.of(p);
        if (Files.isDirectory(path)) {
          List<String> found = walk(path, problems);
          if (found.isEmpty()) {
            problems.accept(
                new InputProblem(p, 0, "no .txt, .jsonl, .csv, .html, .rss or .atom file here"));
          }
          out.addAll(found);
        } else if (Files.exists(path)) {
          out.add(p);
        } else {
          problems.accept(new InputProblem(p, 0, "no such file or directory"));
        }
      }
    }
    return out;
  }

  private static boolean isGlob(String p) {
    return p.contains("*") || p.contains("?") || p.contains("[") || p.contains("{");
  }

  private List<String> glob(String pattern, Consumer<InputProblem> problems) {
    String norm = pattern.replace('\\', '/');
    int firstMeta = firstMeta(norm);
    int slash = norm.lastIndexOf('/', firstMeta);
    Path base = slash < 0 ? Path.of(".") : Path.of(slash == 0 ? "/" : norm.substring(0, slash));
    String rest = slash < 0 ? norm : norm.substring(slash + 1);
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + rest);
    if (!Files.isDirectory(base)) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(base)) {
      s.filter(Files::isRegularFile)
          .filter(f -> matcher.matches(base.relativize(f)))
          .map(f -> slash < 0 ? base.relativize(f).toString() : f.toString())
          .sorted()
          .forEach(out::add);
    } catch (IOException | java.io.UncheckedIOException e) {
      problems.accept(new InputProblem(pattern, 0, "cannot list: " + e.getMessage()));
    }
    return out;
  }

  private static int firstMeta(String p) {
    int i = p.length();
    for (char c : new char[] {'*', '?', '[', '{'}) {
      int k = p.indexOf(c);
      if (k >= 0) {
        i = Math.min(i, k);
      }
    }
    return i;
  }

  private List<String> walk(Path dir, Consumer<InputProblem> problems) {
    List<String> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(dir)) {
      s.filter(Files::isRegularFile)
          .filter(f -> InputFormat.of(f.getFileName().toString()).isPresent())
          .map(Path::toString)
          .sorted()
          .forEach(out::add);
    } catch (IOException | java.io.UncheckedIOException e) {
      problems.accept(new InputProblem(dir.toString(), 0, "cannot list: " + e.getMessage()));
    }
    return out;
  }

  /**
   * About how many articles a file holds, for a progress estimate: lines of JSON Lines, records of
   * CSV, items of a feed, 1 for a page; -1 for standard input.
   */
  public long estimate(String file) {
    if (file.equals(STDIN)) {
      return -1;
    }
    InputFormat f = InputFormat.of(file).orElse(InputFormat.TEXT);
    if (f == InputFormat.TEXT || f == InputFormat.HTML) {
      return 1;
    }
    long n = 0;
    try (InputStream in = open(file, null)) {
      byte[] buf = new byte[1 << 16];
      int r;
      byte prev = '\n';
      while ((r = in.read(buf)) > 0) {
        for (int i = 0; i < r; i++) {
          if (f == InputFormat.FEED) {
            // Counts "<item" and "<entry" openings roughly: enough for an estimate.
            if (buf[i] == '<' && i + 1 < r && (buf[i + 1] == 'i' || buf[i + 1] == 'e')) {
              n++;
            }
          } else if (buf[i] == '\n' && prev != '\n') {
            n++;
          }
          prev = buf[i];
        }
      }
    } catch (IOException e) {
      return 0;
    }
    return f == InputFormat.CSV ? Math.max(0, n - 1) : n;
  }

  /** Reads the articles of one file ({@code -}: of {@code stdin}). */
  public void read(
      String file, InputStream stdin, Consumer<Article> articles, Consumer<InputProblem> problems) {
    String label = file.equals(STDIN) ? "stdin" : file;
    try (InputStream raw = new BufferedInputStream(open(file, stdin), 1 << 16)) {
      InputFormat format;
      if (file.equals(STDIN)) {
        raw.mark(4096);
        byte[] head = raw.readNBytes(4096);
        raw.reset();
        format = InputFormat.sniff(new String(head, StandardCharsets.UTF_8));
      } else {
        format = InputFormat.of(file).orElse(InputFormat.TEXT);
      }
      switch (format) {
        case JSONL -> articleReader.readJsonLines(label, utf8(raw), articles, problems);
        case CSV ->
            CsvArticles.read(
                label,
                utf8(raw),
                file.toLowerCase(java.util.Locale.ROOT).contains(".tsv") ? '\t' : ',',
                csvColumns,
                defaultDate,
                articles,
                problems);
        case TEXT, HTML, FEED -> {
          byte[] bytes =
              raw.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxDocumentBytes + 1));
          if (bytes.length > maxDocumentBytes) {
            problems.accept(
                new InputProblem(
                    label,
                    0,
                    "larger than "
                        + maxDocumentBytes
                        + " bytes: skipped (raise --max-file-size, or split it)"));
            return;
          }
          readDocument(label, format, bytes, articles, problems);
        }
      }
    } catch (NoSuchFileException e) {
      problems.accept(new InputProblem(label, 0, "no such file"));
    } catch (CharacterCodingException e) {
      problems.accept(new InputProblem(label, 0, "not valid UTF-8"));
    } catch (java.util.zip.ZipException e) {
      problems.accept(new InputProblem(label, 0, "not a gzip file: " + e.getMessage()));
    } catch (IOException e) {
      problems.accept(new InputProblem(label, 0, "cannot read: " + e.getMessage()));
    }
  }

  private void readDocument(
      String label,
      InputFormat format,
      byte[] bytes,
      Consumer<Article> articles,
      Consumer<InputProblem> problems)
      throws IOException {
    if (bytes.length == 0) {
      problems.accept(new InputProblem(label, 0, "empty file"));
      return;
    }
    for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
      if (bytes[i] == 0) {
        problems.accept(new InputProblem(label, 0, "binary content (NUL bytes), not text"));
        return;
      }
    }
    switch (format) {
      case TEXT ->
          articleReader.readText(label, utf8(new ByteArrayInputStream(bytes)), articles, problems);
      case HTML -> {
        Document doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        HtmlArticles.Page page = HtmlArticles.read(doc);
        if (page.text().isBlank()) {
          problems.accept(new InputProblem(label, 0, "no article text in the page"));
          return;
        }
        LocalDate date = LooseDates.parse(page.date());
        articles.accept(
            new Article(
                ArticleReader.idFromFileName(label),
                page.title(),
                page.text(),
                date != null ? date : defaultDate,
                page.url(),
                page.source()));
      }
      case FEED -> {
        Parser xml = Parser.xmlParser().setTrackPosition(true);
        Document feed = Jsoup.parse(new ByteArrayInputStream(bytes), null, "", xml);
        FeedArticles.read(label, feed, defaultDate, articles, problems);
      }
      default -> throw new IllegalStateException("not a document format: " + format);
    }
  }

  private static InputStream open(String file, InputStream stdin) throws IOException {
    InputStream in = file.equals(STDIN) ? stdin : Files.newInputStream(Path.of(file));
    if (file.toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
      return new GZIPInputStream(in, 1 << 16);
    }
    return in;
  }

  private static BufferedReader utf8(InputStream in) {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    return new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
  }
}
