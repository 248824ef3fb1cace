package org.dyad.spark;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dyad.io.EventJson;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.Mention;
import org.dyad.model.Quantity;
import org.dyad.model.Sentence;
import org.dyad.pipeline.CodedArticle;

/** A coded article as one Spark row: the article, its events and its actor mentions. */
final class CodedRows {
  static final StructType EVENT =
      new StructType()
          .add("event_index", DataTypes.IntegerType, false)
          .add("sentence_idx", DataTypes.IntegerType, false)
          .add("source_code", DataTypes.StringType, false)
          .add("source_country", DataTypes.StringType, false)
          .add("source_name", DataTypes.StringType, false)
          .add("target_code", DataTypes.StringType, false)
          .add("target_country", DataTypes.StringType, false)
          .add("target_name", DataTypes.StringType, false)
          .add("cameo_code", DataTypes.StringType, false)
          .add("root", DataTypes.StringType, false)
          .add("plover_category", DataTypes.StringType, true)
          .add("plover_mode", DataTypes.StringType, true)
          .add("goldstein", DataTypes.DoubleType, false)
          .add("quad_class", DataTypes.IntegerType, false)
          .add("event_date", DataTypes.DateType, true)
          .add("date_precision", DataTypes.StringType, true)
          .add("place_name", DataTypes.StringType, true)
          .add("latitude", DataTypes.DoubleType, true)
          .add("longitude", DataTypes.DoubleType, true)
          .add("place_country", DataTypes.StringType, true)
          .add("trigger_text", DataTypes.StringType, false)
          .add("source_text", DataTypes.StringType, false)
          .add("target_text", DataTypes.StringType, false)
          .add("rule_id", DataTypes.StringType, false)
          .add("confidence", DataTypes.DoubleType, false)
          .add("quantity", DataTypes.LongType, true)
          .add("sentence_text", DataTypes.StringType, false)
          .add("json", DataTypes.StringType, false);

  static final StructType MENTION =
      new StructType()
          .add("sentence_idx", DataTypes.IntegerType, false)
          .add("begin_offset", DataTypes.IntegerType, false)
          .add("end_offset", DataTypes.IntegerType, false)
          .add("text", DataTypes.StringType, false)
          .add("actor_code", DataTypes.StringType, false)
          .add("entries", DataTypes.StringType, false);

  static final StructType SENTENCE =
      new StructType()
          .add("idx", DataTypes.IntegerType, false)
          .add("begin_offset", DataTypes.IntegerType, false)
          .add("end_offset", DataTypes.IntegerType, false)
          .add("parsed", DataTypes.BooleanType, false);

  static final StructType ARTICLE =
      new StructType()
          .add("article_seq", DataTypes.LongType, false)
          .add("id", DataTypes.StringType, false)
          .add("title", DataTypes.StringType, false)
          .add("text", DataTypes.StringType, false)
          .add("published", DataTypes.DateType, true)
          .add("url", DataTypes.StringType, true)
          .add("source", DataTypes.StringType, true)
          .add("sentence_count", DataTypes.IntegerType, false)
          .add("parsed_count", DataTypes.IntegerType, false)
          .add("error", DataTypes.StringType, true)
          .add("sentences", DataTypes.createArrayType(SENTENCE, false), false)
          .add("events", DataTypes.createArrayType(EVENT, false), false)
          .add("mentions", DataTypes.createArrayType(MENTION, false), false);

  private CodedRows() {}

  static Row of(long seq, CodedArticle c, EventJson json) {
    Article a = c.analysis().article();
    String text = a.text();
    List<Row> events = new ArrayList<>();
    int i = 0;
    for (Event e : c.events()) {
      Sentence s = c.analysis().sentences().get(e.sentenceIndex());
      String sentence = text.substring(s.begin(), s.end());
      Long quantity = e.quantities().stream().map(Quantity::value).max(Long::compare).orElse(null);
      events.add(
          RowFactory.create(
              i++,
              e.sentenceIndex(),
              e.source().code(),
              e.source().country(),
              e.source().name(),
              e.target().code(),
              e.target().country(),
              e.target().name(),
              e.cameoCode(),
              e.root(),
              e.ploverCategory(),
              e.ploverMode(),
              e.goldstein(),
              e.quadClass(),
              e.date() == null ? null : date(e.date().date()),
              e.date() == null
                  ? null
                  : e.date().precision().name().toLowerCase(java.util.Locale.ROOT),
              e.location() == null ? null : e.location().name(),
              e.location() == null ? null : e.location().latitude(),
              e.location() == null ? null : e.location().longitude(),
              e.location() == null ? null : e.location().country(),
              e.evidence().trigger().text(),
              e.evidence().source().text(),
              e.evidence().target().text(),
              e.evidence().ruleId(),
              e.confidence(),
              quantity,
              sentence,
              json.write(e, sentence)));
    }
    List<Row> sentences = new ArrayList<>();
    for (Sentence s : c.analysis().sentences()) {
      sentences.add(RowFactory.create(s.index(), s.begin(), s.end(), s.isParsed()));
    }
    List<Row> mentions = new ArrayList<>();
    for (Mention m : c.mentions()) {
      mentions.add(
          RowFactory.create(
              m.sentence(),
              m.span().begin(),
              m.span().end(),
              m.span().text(),
              m.actor().code(),
              String.join(" ", m.entries())));
    }
    return RowFactory.create(
        seq,
        a.id(),
        a.title(),
        text,
        a.published() == null ? null : date(a.published()),
        a.url(),
        a.source(),
        c.analysis().sentences().size(),
        (int) c.analysis().sentences().stream().filter(Sentence::isParsed).count(),
        null,
        seq(sentences),
        seq(events),
        seq(mentions));
  }

  /** Spark's rows hold arrays as Scala sequences. */
  private static scala.collection.Seq<Row> seq(List<Row> rows) {
    return scala.jdk.javaapi.CollectionConverters.asScala(rows).toSeq();
  }

  /** An article that could not be coded: kept, with the reason, and no events. */
  static Row failed(long seq, Article a, String error) {
    return RowFactory.create(
        seq,
        a.id(),
        a.title(),
        a.text(),
        a.published() == null ? null : date(a.published()),
        a.url(),
        a.source(),
        0,
        0,
        error,
        seq(List.of()),
        seq(List.of()),
        seq(List.of()));
  }

  private static Date date(LocalDate d) {
    return Date.valueOf(d);
  }
}
