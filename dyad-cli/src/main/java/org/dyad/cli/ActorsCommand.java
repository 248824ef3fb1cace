package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.ActorResolver;
import org.dyad.actors.DatedRole;
import org.dyad.actors.DictionaryEntry;
import org.dyad.actors.DictionaryProblem;
import org.dyad.actors.PhraseMatch;
import org.dyad.actors.ResolvedActor;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.Article;
import org.dyad.model.Sentence;
import org.dyad.nlp.CoreNlpAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad actors}: looks into the actor knowledge base. */
@Command(
    name = "actors",
    mixinStandardHelpOptions = true,
    description = "Looks into the actor knowledge base.",
    subcommands = {ActorsCommand.Stats.class, ActorsCommand.Lookup.class, ActorsCommand.Eval.class})
public final class ActorsCommand implements Callable<Integer> {
  private final PrintWriter out;
  private final PrintWriter err;

  ActorsCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    out.println("Usage: dyad actors stats | dyad actors lookup \"TEXT\" [--date D]");
    return ExitCodes.USAGE;
  }

  /** {@code dyad actors stats}: counts by kind, and any problems in the files. */
  @Command(
      name = "stats",
      mixinStandardHelpOptions = true,
      description = "Prints the knowledge base's counts by kind and any problems in its files.")
  static final class Stats implements Callable<Integer> {
    @Mixin DictionaryOptions dictionaries;
    @picocli.CommandLine.ParentCommand ActorsCommand parent;

    @Override
    public Integer call() throws IOException {
      ActorDictionary d =
          dictionaries.usesPhoenix()
              ? dictionaries.dictionary(parent.err)
              : ActorDictionary.builder().addBundled().build();
      Map<String, Integer> kinds = new TreeMap<>();
      int roles = 0;
      for (DictionaryEntry e : d.entries().values()) {
        String key =
            switch (e.type()) {
              case COUNTRY, DEMONYM, CAPITAL -> "countries";
              case REGION -> "world regions";
              case AGENT -> "agents";
              case PERSON -> "people";
              case ORGANISATION -> "organisations: " + e.kind().name().toLowerCase(Locale.ROOT);
            };
        kinds.merge(key, 1, Integer::sum);
        roles += e.roles().size();
      }
      PrintWriter out = parent.out;
      kinds.forEach((k, v) -> out.printf(Locale.ROOT, "%-30s %7d%n", k, v));
      out.printf(Locale.ROOT, "%-30s %7d%n", "people: role records", roles);
      out.printf(Locale.ROOT, "%-30s %7d%n", "phrases (names and aliases)", d.phraseCount());
      out.printf(Locale.ROOT, "%-30s %7d%n", "problems", d.problemCount());
      for (DictionaryProblem p : d.problems()) {
        out.println("  " + p);
      }
      return ExitCodes.OK;
    }
  }

  /** {@code dyad actors eval}: the share of gold actors whose country resolves right. */
  @Command(
      name = "eval",
      mixinStandardHelpOptions = true,
      description =
          "For every gold actor of a labelled JSONL file (source_actors/target_actors with"
              + " actorText and code, as in shared/eval/plover_gsr), resolves its words in their"
              + " sentence and prints the share whose country is right.")
  static final class Eval implements Callable<Integer> {
    @Parameters(paramLabel = "GOLD", description = "Labelled JSONL file.")
    java.nio.file.Path gold;

    @Option(names = "--verbose", description = "List every miss.")
    boolean verbose;

    @Mixin AnalyzerOptions analyzer;
    @picocli.CommandLine.ParentCommand ActorsCommand parent;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = parent.out;
      var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
      ActorDictionary d = analyzer.dictionaries.dictionary(parent.err);
      CoreNlpAnalyzer a = new CoreNlpAnalyzer(analyzer.config());
      org.dyad.eval.ActorAccuracy accuracy = new org.dyad.eval.ActorAccuracy(d);
      int total = 0;
      int right = 0;
      int absent = 0;
      for (String line : java.nio.file.Files.readAllLines(gold)) {
        if (line.isBlank()) {
          continue;
        }
        var node = mapper.readTree(line);
        java.util.List<org.dyad.eval.ActorAccuracy.GoldActor> actors = new java.util.ArrayList<>();
        for (String field : java.util.List.of("source_actors", "target_actors")) {
          for (var g : node.path(field)) {
            String t = g.path("actorText").asText("");
            String c = g.path("code").asText("");
            if (!t.isEmpty() && !c.isEmpty()) {
              actors.add(new org.dyad.eval.ActorAccuracy.GoldActor(t, c));
            }
          }
        }
        if (actors.isEmpty()) {
          continue;
        }
        String d0 = node.path("date").asText("");
        LocalDate date = d0.length() >= 10 ? LocalDate.parse(d0.substring(0, 10)) : null;
        String text = node.path("text").asText("");
        var analysed =
            a.analyze(new Article(node.path("id").asText("?"), "", text, date, null, null));
        for (var r : accuracy.judge(analysed, actors)) {
          if (!text.contains(r.gold().text())) {
            absent++;
            continue;
          }
          total++;
          right += r.correct() ? 1 : 0;
          if (verbose && !r.correct()) {
            out.printf(
                Locale.ROOT,
                "miss  %-40s gold %-10s got %s%n",
                "\"" + r.gold().text() + "\"",
                r.gold().code(),
                r.found());
          }
        }
      }
      out.printf(
          Locale.ROOT,
          "%s actors=%d country-correct=%d share=%.3f (gold actors whose words are not in their"
              + " text, left out: %d)%n",
          gold.getFileName(),
          total,
          right,
          total == 0 ? 0.0 : (double) right / total,
          absent);
      return ExitCodes.OK;
    }
  }

  /** {@code dyad actors lookup}: how a phrase resolves, and why. */
  @Command(
      name = "lookup",
      mixinStandardHelpOptions = true,
      description =
          "Shows how the actors in TEXT resolve and why: each dictionary match (entry, type,"
              + " code at the date) and each noun phrase's actor with the entries used.")
  static final class Lookup implements Callable<Integer> {
    @Parameters(paramLabel = "TEXT", description = "A phrase or sentence.")
    String text;

    @Option(
        names = "--date",
        paramLabel = "YYYY-MM-DD",
        description = "The article date that decides who held which office.")
    LocalDate date;

    @Mixin AnalyzerOptions analyzer;
    @picocli.CommandLine.ParentCommand ActorsCommand parent;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = parent.out;
      ActorDictionary d = analyzer.dictionaries.dictionary(parent.err);
      CoreNlpAnalyzer a = new CoreNlpAnalyzer(analyzer.config());
      AnalyzedArticle analysed = a.analyze(new Article("lookup", "", text, date, null, null));
      ActorResolver resolver = new ActorResolver(d, date);
      for (Sentence s : analysed.sentences()) {
        ActorResolver.SentenceActors actors = resolver.read(s);
        for (PhraseMatch m : actors.matches()) {
          DictionaryEntry e = m.entry();
          DatedRole role = e.roleAt(date);
          out.printf(
              Locale.ROOT,
              "match  \"%s\" -> %s (%s) code %s%s%n",
              text.substring(s.token(m.firstToken()).begin(), s.token(m.lastToken()).end()),
              e.id(),
              e.type().name().toLowerCase(Locale.ROOT),
              e.codeAt(date),
              role == null
                  ? (e.roles().isEmpty() ? "" : " (base code: no role at that date)")
                  : " (role: " + role.title() + " " + role.from() + ".." + role.to() + ")");
        }
        for (PhraseMatch m : actors.matches()) {
          for (ResolvedActor r : actors.resolve(phraseHead(s, m))) {
            out.printf(
                Locale.ROOT,
                "actor  \"%s\" -> %s  %s  from %s%n",
                text.substring(s.token(r.firstToken()).begin(), s.token(r.endToken() - 1).end()),
                r.actor().code(),
                r.actor().name(),
                r.entries());
          }
        }
      }
      return ExitCodes.OK;
    }

    /** The noun a match belongs to: climb compounds, adjectives and possessives. */
    private static int phraseHead(Sentence s, PhraseMatch m) {
      int t = m.lastToken();
      for (int guard = 0; guard < 10; guard++) {
        var up = s.head(t);
        if (up == null || up.governor() < 0) {
          return t;
        }
        String rel = up.relation();
        if (!(rel.equals("compound")
            || rel.equals("amod")
            || rel.equals("nmod:poss")
            || rel.equals("flat"))) {
          return t;
        }
        t = up.governor();
      }
      return t;
    }
  }
}
