"use strict";
(() => {
  const form = document.getElementById("dyad-form");
  const status = document.getElementById("status");
  const chart = echarts.init(document.getElementById("chart"));
  const events = document.getElementById("events");
  let current = null;

  const initial = new URLSearchParams(location.search);
  for (const k of ["a", "b", "by"]) if (initial.get(k)) form.elements[k].value = initial.get(k);

  function periodEnd(start, by) {
    const d = new Date(start + "T00:00:00Z");
    if (by === "day") return start;
    if (by === "week") d.setUTCDate(d.getUTCDate() + 6);
    if (by === "month") { d.setUTCMonth(d.getUTCMonth() + 1); d.setUTCDate(0); }
    if (by === "year") { d.setUTCFullYear(d.getUTCFullYear() + 1); d.setUTCDate(0); }
    return d.toISOString().slice(0, 10);
  }

  function periodStart(label, by) {
    if (by === "month") return label + "-01";
    if (by === "year") return label + "-01-01";
    return label;
  }

  /** Every period from the first to the last, empty ones too: a time axis, not a list. */
  function fillPeriods(seen, by) {
    if (seen.length < 2) return seen;
    const out = [];
    const label = (d) =>
      by === "year" ? d.toISOString().slice(0, 4) : by === "month" ? d.toISOString().slice(0, 7) : d.toISOString().slice(0, 10);
    const d = new Date(periodStart(seen[0], by) + "T00:00:00Z");
    const last = seen[seen.length - 1];
    while (out.length < 2000) {
      const l = label(d);
      out.push(l);
      if (l >= last) break;
      if (by === "day") d.setUTCDate(d.getUTCDate() + 1);
      else if (by === "week") d.setUTCDate(d.getUTCDate() + 7);
      else if (by === "month") d.setUTCMonth(d.getUTCMonth() + 1);
      else d.setUTCFullYear(d.getUTCFullYear() + 1);
    }
    return out.length < 2000 ? out : seen;
  }

  async function show() {
    const a = form.elements.a.value.trim().toUpperCase();
    const b = form.elements.b.value.trim().toUpperCase();
    const by = form.elements.by.value;
    status.textContent = "loading…";
    try {
      const r = await Dyad.get(`/api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}/series?by=${by}`);
      current = { a, b, by };
      const periods = fillPeriods([...new Set(r.series.map((s) => s.period))].sort(), by);
      const dirs = [`${a}->${b}`, `${b}->${a}`];
      const cell = (dir, p) => r.series.find((s) => s.direction === dir && s.period === p);
      const keys = ["verbal_coop", "material_coop", "verbal_conflict", "material_conflict"];
      const series = [];
      for (const dir of dirs) {
        keys.forEach((k, i) => {
          series.push({
            name: `${dir} ${Dyad.quadNames[i + 1]}`,
            type: "bar",
            stack: dir,
            itemStyle: { color: Dyad.quadColors[i + 1], opacity: dir === dirs[0] ? 1 : 0.55 },
            data: periods.map((p) => (cell(dir, p) ? cell(dir, p)[k] : 0)),
          });
        });
        series.push({
          name: `${dir} mean Goldstein`,
          type: "line",
          yAxisIndex: 1,
          lineStyle: { type: dir === dirs[0] ? "solid" : "dashed" },
          connectNulls: false,
          showAllSymbol: true,
          data: periods.map((p) => (cell(dir, p) ? cell(dir, p).mean_goldstein : null)),
        });
      }
      chart.setOption(
        {
          tooltip: { trigger: "axis" },
          legend: { type: "scroll", top: 0 },
          grid: { top: 60, left: 50, right: 50, bottom: 40 },
          xAxis: { type: "category", data: periods },
          yAxis: [
            { type: "value", name: "events", minInterval: 1 },
            { type: "value", name: "Goldstein", min: -10, max: 10 },
          ],
          series,
        },
        true
      );
      status.textContent = r.series.length ? `${periods.length} period(s)` : "no events between these actors";
      document.body.dataset.periods = String(periods.length);
    } catch (e) {
      status.textContent = e.message;
    }
  }

  chart.on("click", async (p) => {
    if (!current) return;
    const from = periodStart(p.name, current.by);
    const to = periodEnd(from, current.by);
    document.getElementById("period-title").textContent = `Events ${from} to ${to}`;
    try {
      const q = (s, t) => Dyad.get(`/api/events?source=${s}&target=${t}&from=${from}&to=${to}&limit=200`);
      const [ab, ba] = await Promise.all([q(current.a, current.b), q(current.b, current.a)]);
      const rows = ab.events.concat(ba.events);
      events.textContent = "";
      events.appendChild(
        Dyad.table(rows, Dyad.storedEventColumns)
      );
    } catch (e) {
      Dyad.showError(events, e);
    }
  });

  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    show();
  });
  window.addEventListener("resize", () => chart.resize());
  show();
})();
