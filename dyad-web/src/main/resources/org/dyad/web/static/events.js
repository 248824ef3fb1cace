"use strict";
(() => {
  const form = document.getElementById("filters");
  const out = document.getElementById("events");
  const page = document.getElementById("page");
  const size = 50;
  let offset = 0;

  // Filters from the address (events.html?actor=RUS) fill the form.
  const initial = new URLSearchParams(location.search);
  for (const [k, v] of initial) if (form.elements[k]) form.elements[k].value = v;

  async function load() {
    const p = Dyad.params(form);
    p.set("limit", size);
    p.set("offset", offset);
    try {
      const r = await Dyad.get("/api/events?" + p);
      out.textContent = "";
      out.appendChild(
        Dyad.table(r.events, Dyad.storedEventColumns)
      );
      page.textContent = r.events.length ? `events ${offset + 1}–${offset + r.events.length}` : "no events";
      document.getElementById("prev").disabled = offset === 0;
      document.getElementById("next").disabled = r.events.length < size;
      document.body.dataset.loaded = String(r.events.length);
    } catch (e) {
      Dyad.showError(out, e);
    }
  }

  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    offset = 0;
    load();
  });
  document.getElementById("prev").addEventListener("click", () => {
    offset = Math.max(0, offset - size);
    load();
  });
  document.getElementById("next").addEventListener("click", () => {
    offset += size;
    load();
  });
  load();
})();
