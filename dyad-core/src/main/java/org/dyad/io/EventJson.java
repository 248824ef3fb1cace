package org.dyad.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dyad.model.Actor;
import org.dyad.model.Event;
import org.dyad.model.Span;
import org.dyad.ontology.Codebook;

/** Writes an event as one JSON object: the output format documented in the README. */
public final class EventJson {
  private final ObjectMapper mapper = new ObjectMapper();
  private final Codebook codebook = Codebook.standard();

  public String write(Event e, String sentenceText) {
    ObjectNode o = mapper.createObjectNode();
    o.put("article_id", e.articleId());
    o.put("sentence_index", e.sentenceIndex());
    o.put("source", e.source().code());
    o.set("source_actor", actor(e.source()));
    o.put("target", e.target().code());
    o.set("target_actor", actor(e.target()));
    o.put("cameo_code", e.cameoCode());
    o.put("cameo_name", codebook.get(e.cameoCode()).name());
    o.put("cameo_root", e.root());
    o.put("plover_category", e.ploverCategory());
    o.put("plover_mode", e.ploverMode());
    o.put("goldstein", e.goldstein());
    o.put("quad_class", e.quadClass());
    if (e.date() == null) {
      o.putNull("date");
      o.putNull("date_precision");
      o.putNull("date_basis");
    } else {
      o.put("date", e.date().date().toString());
      o.put("date_precision", e.date().precision().name().toLowerCase(java.util.Locale.ROOT));
      o.put("date_basis", e.date().basis().name().toLowerCase(java.util.Locale.ROOT));
    }
    if (e.date() == null || e.date().expression() == null) {
      o.putNull("date_expression");
    } else {
      o.set("date_expression", span(e.date().expression()));
    }
    o.put("historical", e.date() != null && e.date().historical());
    if (e.location() == null) {
      o.putNull("location");
    } else {
      ObjectNode l = o.putObject("location");
      l.put("name", e.location().name());
      l.put("lat", e.location().latitude());
      l.put("lon", e.location().longitude());
      l.put("country", e.location().country());
      l.put("admin1", e.location().admin1());
      l.put("precision", e.location().precision().name().toLowerCase(java.util.Locale.ROOT));
      if (e.location().span() != null) {
        l.set("span", span(e.location().span()));
      }
    }
    ArrayNode quantities = o.putArray("quantities");
    for (var q : e.quantities()) {
      ObjectNode n = quantities.addObject();
      n.put("value", q.value());
      n.put("qualifier", q.qualifier());
      n.put("unit", q.unit());
      n.set("span", span(q.span()));
    }
    o.put("confidence", Math.round(e.confidence() * 1000) / 1000.0);
    ObjectNode ev = o.putObject("evidence");
    ev.put("sentence", sentenceText);
    ev.set("trigger", span(e.evidence().trigger()));
    ev.set("source", span(e.evidence().source()));
    ev.set("target", span(e.evidence().target()));
    ev.put("rule", e.evidence().ruleId());
    if (e.evidence().reportedBy() == null) {
      ev.putNull("reported_by");
    } else {
      ev.set("reported_by", span(e.evidence().reportedBy()));
    }
    ArrayNode entries = ev.putArray("entries");
    e.evidence().dictionaryEntries().forEach(entries::add);
    return o.toString();
  }

  private ObjectNode actor(Actor a) {
    ObjectNode o = mapper.createObjectNode();
    o.put("country", a.country());
    ArrayNode s = o.putArray("sectors");
    a.sectors().forEach(s::add);
    o.put("name", a.name());
    o.put("kind", a.kind().name().toLowerCase(java.util.Locale.ROOT));
    return o;
  }

  private ObjectNode span(Span s) {
    ObjectNode o = mapper.createObjectNode();
    o.put("begin", s.begin());
    o.put("end", s.end());
    o.put("text", s.text());
    return o;
  }
}
