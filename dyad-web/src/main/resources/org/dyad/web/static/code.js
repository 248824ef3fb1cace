"use strict";
(() => {
  const form = document.getElementById("code-form");
  const text = document.getElementById("text");
  const date = document.getElementById("date");
  const status = document.getElementById("status");
  const button = document.getElementById("code-button");
  const highlighted = document.getElementById("highlighted");
  const events = document.getElementById("events");

  document.getElementById("file").addEventListener("change", async (ev) => {
    const f = ev.target.files[0];
    if (f) text.value = await f.text();
  });

  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    if (!text.value.trim()) return;
    button.disabled = true;
    status.textContent = "coding…";
    try {
      const r = await Dyad.post("/api/code", { text: text.value, date: date.value || null });
      Dyad.highlight(highlighted, r.text, Dyad.spansOf(r.events));
      events.textContent = "";
      events.appendChild(Dyad.table(r.events, Dyad.eventColumns));
      status.textContent = `${r.events.length} event(s)`;
      document.body.dataset.coded = String(r.events.length);
    } catch (e) {
      Dyad.showError(events, e);
      status.textContent = "";
    } finally {
      button.disabled = false;
    }
  });
})();
