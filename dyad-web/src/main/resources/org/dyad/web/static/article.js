"use strict";
(async () => {
  const id = new URLSearchParams(location.search).get("id");
  const events = document.getElementById("events");
  try {
    const a = await Dyad.get("/api/articles/" + encodeURIComponent(id || ""));
    document.getElementById("title").textContent = a.title || a.input_id;
    const meta = document.getElementById("meta");
    meta.textContent = [a.published, a.publisher, a.input_id].filter(Boolean).join(" · ") + " ";
    if (a.url && /^https?:\/\//.test(a.url)) meta.appendChild(Dyad.link(a.url, "source"));
    Dyad.highlight(document.getElementById("highlighted"), a.text, Dyad.spansOf(a.events));
    events.appendChild(Dyad.table(a.events, Dyad.eventColumns));
    document.body.dataset.loaded = String(a.events.length);
  } catch (e) {
    Dyad.showError(events, e);
  }
})();
