package org.dyad.io;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.Article;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * CoNLL-U, the Universal Dependencies format: Dyad writes an analysis in it ({@code dyad analyze})
 * and reads it back, so the coder can be tested and run on parses made elsewhere. Columns used: ID,
 * FORM, LEMMA, XPOS, HEAD, DEPREL; NER goes in MISC as {@code NER=...}, with the character offsets
 * as {@code Offsets=begin:end}. Reading rebuilds the text from the {@code # text = ...} comments
 * (sentences joined by a space) and finds each token in its sentence's text; a sentence without
 * that comment is its tokens joined by spaces.
 */
public final class Conllu {
  private Conllu() {}

  /** The analysis in CoNLL-U, one block a sentence. */
  public static String write(AnalyzedArticle a) {
    StringBuilder sb = new StringBuilder();
    String text = a.article().text();
    for (Sentence s : a.sentences()) {
      sb.append("# sent_id = ").append(s.index()).append('\n');
      sb.append("# text = ")
          .append(text.substring(s.begin(), s.end()).replace('\n', ' '))
          .append('\n');
      for (Token t : s.tokens()) {
        Dependency head = s.head(t.index());
        sb.append(t.index() + 1)
            .append('\t')
            .append(t.text())
            .append('\t')
            .append(t.lemma())
            .append("\t_\t")
            .append(t.pos().isEmpty() ? "_" : t.pos())
            .append("\t_\t")
            .append(head == null ? "_" : Integer.toString(head.governor() + 1))
            .append('\t')
            .append(head == null ? "_" : head.relation())
            .append("\t_\t")
            .append("NER=")
            .append(t.ner())
            .append("|Offsets=")
            .append(t.begin())
            .append(':')
            .append(t.end())
            .append('\n');
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /**
   * Reads CoNLL-U sentences into an analysed article whose text is the sentences' texts joined by a
   * space.
   *
   * @throws IllegalArgumentException naming the line of a malformed token row
   */
  public static AnalyzedArticle read(String id, String conllu) {
    List<List<String[]>> blocks = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<String[]> current = new ArrayList<>();
    String currentText = null;
    String[] lines = conllu.split("\r?\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      if (line.isBlank()) {
        if (!current.isEmpty()) {
          blocks.add(current);
          texts.add(currentText);
          current = new ArrayList<>();
          currentText = null;
        }
        continue;
      }
      if (line.startsWith("#")) {
        if (line.startsWith("# text = ")) {
          currentText = line.substring("# text = ".length());
        }
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 10) {
        throw new IllegalArgumentException(
            "line " + (n + 1) + ": expected 10 tab-separated columns, found " + f.length);
      }
      if (f[0].contains("-") || f[0].contains(".")) {
        continue; // multiword and empty nodes carry no tokens of their own
      }
      current.add(f);
    }
    if (!current.isEmpty()) {
      blocks.add(current);
      texts.add(currentText);
    }
    StringBuilder text = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      if (text.length() > 0) {
        text.append(' ');
      }
      int sentenceStart = text.length();
      List<Token> tokens = new ArrayList<>();
      List<Dependency> deps = new ArrayList<>();
      String sentenceText = texts.get(i);
      int cursor = 0;
      int base = -1;
      for (String[] f : blocks.get(i)) {
        int index = tokens.size();
        String form = f[1];
        String ner = "O";
        int[] offsets = null;
        for (String misc : f[9].split("\\|")) {
          if (misc.startsWith("NER=")) {
            ner = misc.substring(4);
          } else if (misc.startsWith("Offsets=")) {
            offsets = offsets(misc.substring("Offsets=".length()));
          }
        }
        int local;
        int localEnd;
        if (sentenceText != null && offsets != null) {
          // Offsets into the article: the sentence's text starts at its first token. They hold
          // where the tokenizer changed a form ("--" for a dash) or repeated a period.
          if (base < 0) {
            base = offsets[0];
          }
          local = offsets[0] - base;
          localEnd = offsets[1] - base;
          if (local < 0 || localEnd < local || localEnd > sentenceText.length()) {
            throw new IllegalArgumentException(
                "sentence " + (i + 1) + ": token '" + form + "' has offsets outside its # text");
          }
        } else if (sentenceText != null) {
          local = sentenceText.indexOf(form, cursor);
          if (local < 0 && !tokens.isEmpty() && cursor > 0) {
            // The tokenizer repeats a sentence's last period after an abbreviation ("D.C." then
            // "."): the repeated token lies inside the one before it.
            int inside = sentenceText.lastIndexOf(form, cursor - 1);
            local = inside >= cursor - tokens.get(index - 1).text().length() ? inside : -1;
          }
          if (local < 0) {
            throw new IllegalArgumentException(
                "sentence " + (i + 1) + ": token '" + form + "' not found in its # text");
          }
          localEnd = local + form.length();
        } else {
          local = cursor + (cursor == 0 ? 0 : 1);
          localEnd = local + form.length();
        }
        cursor = Math.max(cursor, localEnd);
        String pos = !f[4].equals("_") ? f[4] : f[3];
        tokens.add(
            new Token(
                index,
                form,
                f[2].equals("_") ? form : f[2],
                pos,
                ner,
                sentenceStart + local,
                sentenceStart + localEnd));
        if (!f[6].equals("_")) {
          int head = Integer.parseInt(f[6]) - 1;
          deps.add(new Dependency(head < 0 ? Dependency.ROOT : head, f[7], index));
        }
      }
      String st = sentenceText != null ? sentenceText : joinForms(tokens);
      text.append(st);
      sentences.add(new Sentence(i, sentenceStart, sentenceStart + st.length(), tokens, deps));
    }
    return new AnalyzedArticle(new Article(id, "", text.toString(), null, null, null), sentences);
  }

  private static int[] offsets(String value) {
    int colon = value.indexOf(':');
    try {
      return colon < 0
          ? null
          : new int[] {
            Integer.parseInt(value.substring(0, colon)),
            Integer.parseInt(value.substring(colon + 1))
          };
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String joinForms(List<Token> tokens) {
    StringBuilder sb = new StringBuilder();
    for (Token t : tokens) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(t.text());
    }
    return sb.toString();
  }
}
