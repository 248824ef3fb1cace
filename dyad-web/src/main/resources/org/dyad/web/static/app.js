// Shared helpers of the Dyad pages. Every piece of data reaches the page through textContent or
// a text node, never as markup: article text cannot inject anything.
"use strict";

const Dyad = {
  async get(path) {
    const r = await fetch(path, { headers: { Accept: "application/json" } });
    const body = await r.json();
    if (!r.ok) throw new Error(body.error || r.statusText);
    return body;
  },

  async post(path, data) {
    const r = await fetch(path, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(data),
    });
    const body = await r.json();
    if (!r.ok) throw new Error(body.error || r.statusText);
    return body;
  },

  el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  },

  /** A table of rows (objects) with the given columns: [key, heading, kind]. */
  table(rows, columns, onRow) {
    const t = Dyad.el("table");
    const head = t.createTHead().insertRow();
    for (const [, heading] of columns) head.appendChild(Dyad.el("th", heading));
    const body = t.createTBody();
    for (const row of rows) {
      const tr = body.insertRow();
      for (const [key, , kind] of columns) {
        const td = tr.insertCell();
        const v = typeof key === "function" ? key(row) : row[key];
        if (v instanceof Node) td.appendChild(v);
        else td.textContent = v === null || v === undefined ? "" : String(v);
        if (kind === "num") td.className = "num";
      }
      if (onRow) onRow(tr, row);
    }
    return t;
  },

  link(href, text) {
    const a = Dyad.el("a", text);
    a.href = href;
    return a;
  },

  /**
   * The text with marked spans: [{begin, end, cls, title}]. Overlapping spans keep the first
   * (sources, then targets, then triggers are given in that order).
   */
  highlight(container, text, spans) {
    container.textContent = "";
    const sorted = spans
      .filter((s) => s && s.end > s.begin && s.begin >= 0 && s.end <= text.length)
      .sort((a, b) => a.begin - b.begin || b.end - a.end);
    let at = 0;
    for (const s of sorted) {
      if (s.begin < at) continue;
      container.appendChild(document.createTextNode(text.slice(at, s.begin)));
      const m = Dyad.el("mark", text.slice(s.begin, s.end), s.cls);
      if (s.title) m.title = s.title;
      container.appendChild(m);
      at = s.end;
    }
    container.appendChild(document.createTextNode(text.slice(at)));
  },

  /** Evidence spans of events as coded by `dyad code`. */
  spansOf(events) {
    const spans = [];
    for (const e of events) {
      const ev = e.evidence || {};
      const label = `${e.source} ${e.cameo_code} ${e.target}: ${e.cameo_name}`;
      if (ev.source) spans.push({ ...ev.source, cls: "source", title: `source ${e.source} (${label})` });
      if (ev.target) spans.push({ ...ev.target, cls: "target", title: `target ${e.target} (${label})` });
      if (ev.trigger) spans.push({ ...ev.trigger, cls: "trigger", title: label });
    }
    return spans;
  },

  eventColumns: [
    ["date", "Date"],
    ["source", "Source"],
    ["target", "Target"],
    ["cameo_code", "Code"],
    ["cameo_name", "Event"],
    ["goldstein", "Goldstein", "num"],
    [(e) => (e.location ? e.location.name : ""), "Place"],
    [(e) => (e.evidence ? `${e.evidence.source.text} | ${e.evidence.trigger.text} | ${e.evidence.target.text}` : ""), "Evidence"],
    ["confidence", "Conf.", "num"],
  ],

  /** Columns of the stored events of /api/events, each sentence opening its article. */
  storedEventColumns: [
    ["date", "Date"],
    ["source", "Source"],
    ["target", "Target"],
    ["code", "Code"],
    ["name", "Event"],
    ["goldstein", "Goldstein", "num"],
    ["place", "Place"],
    ["mentions", "Mentions", "num"],
    [(e) => Dyad.link("article.html?id=" + encodeURIComponent(e.article_ref), e.sentence), "Sentence (opens the article)"],
  ],

  params(form) {
    const p = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (String(v).trim() !== "") p.set(k, String(v).trim());
    return p;
  },

  showError(where, err) {
    where.textContent = "";
    where.appendChild(Dyad.el("p", err.message || String(err), "error"));
  },

  quadNames: ["", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"],
  quadColors: ["", "#5fa8f5", "#2f6db3", "#f0a35e", "#c2412d"],

  /** A colour for a mean Goldstein value, -10 red to +10 blue. */
  goldsteinColor(g) {
    const t = Math.max(-1, Math.min(1, g / 10));
    if (t >= 0) return `rgb(${Math.round(200 - 160 * t)}, ${Math.round(200 - 90 * t)}, 220)`;
    return `rgb(220, ${Math.round(200 + 150 * t)}, ${Math.round(200 + 160 * t)})`;
  },
};

// Every page shows how much the store holds.
Dyad.get("/api/stats")
  .then((s) => {
    const e = document.getElementById("stats");
    if (e) e.textContent = `${s.articles} articles · ${s.clusters} events · ${s.events} mentions`;
  })
  .catch(() => {});
