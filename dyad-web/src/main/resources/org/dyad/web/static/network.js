"use strict";
(() => {
  const form = document.getElementById("filters");
  const status = document.getElementById("status");
  const chart = echarts.init(document.getElementById("chart"));

  async function draw() {
    status.textContent = "loading…";
    try {
      const r = await Dyad.get("/api/network?" + Dyad.params(form));
      const nodes = new Map();
      for (const e of r.edges) {
        for (const [code, name] of [[e.source, e.source_name], [e.target, e.target_name]]) {
          const n = nodes.get(code) || { id: code, name: code, fullName: name || code, value: 0 };
          n.value += e.events;
          nodes.set(code, n);
        }
      }
      const max = Math.max(1, ...[...nodes.values()].map((n) => n.value));
      const maxEdge = Math.max(1, ...r.edges.map((e) => e.events));
      chart.setOption(
        {
          tooltip: {
            formatter: (p) =>
              p.dataType === "edge"
                ? `${p.data.source} → ${p.data.target}: ${p.data.value} event(s), mean Goldstein ${p.data.goldstein}`
                : `${p.data.fullName}: ${p.data.value} event(s)`,
          },
          series: [
            {
              type: "graph",
              layout: "force",
              roam: true,
              draggable: true,
              force: { repulsion: 220, edgeLength: [60, 180] },
              edgeSymbol: ["none", "arrow"],
              edgeSymbolSize: 6,
              label: { show: true, position: "right" },
              data: [...nodes.values()].map((n) => ({
                ...n,
                symbolSize: 8 + 32 * Math.sqrt(n.value / max),
                itemStyle: { color: "#4a6d8c" },
              })),
              links: r.edges
                .filter((e) => e.source !== e.target)
                .map((e) => ({
                  source: e.source,
                  target: e.target,
                  value: e.events,
                  goldstein: e.mean_goldstein,
                  lineStyle: {
                    width: 1 + 7 * (e.events / maxEdge),
                    color: Dyad.goldsteinColor(e.mean_goldstein),
                    curveness: 0.15,
                    opacity: 0.85,
                  },
                })),
            },
          ],
        },
        true
      );
      status.textContent = `${nodes.size} actors, ${r.edges.length} edges`;
      document.body.dataset.nodes = String(nodes.size);
    } catch (e) {
      status.textContent = e.message;
    }
  }

  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    draw();
  });
  window.addEventListener("resize", () => chart.resize());
  draw();
})();
