"use strict";
(async () => {
  const form = document.getElementById("filters");
  const status = document.getElementById("status");
  const chart = echarts.init(document.getElementById("chart"));
  const world = await (await fetch("world.json")).json();
  echarts.registerMap("world", world);

  async function show() {
    status.textContent = "loading…";
    try {
      const r = await Dyad.get("/api/places?" + Dyad.params(form));
      const max = Math.max(1, ...r.places.map((p) => p.events));
      chart.setOption(
        {
          tooltip: {
            formatter: (p) =>
              p.seriesType === "scatter"
                ? `${p.data.place}: ${p.data.events} event(s), mean Goldstein ${p.data.goldstein}`
                : p.name,
          },
          geo: {
            map: "world",
            roam: true,
            itemStyle: { areaColor: "#e4e8ec", borderColor: "#9aa7b4" },
            emphasis: { itemStyle: { areaColor: "#cfd6dd" }, label: { show: false } },
          },
          series: [
            {
              type: "scatter",
              coordinateSystem: "geo",
              data: r.places.map((p) => ({
                value: [p.lon, p.lat, p.events],
                place: p.place,
                events: p.events,
                goldstein: p.mean_goldstein,
                symbolSize: 6 + 24 * Math.sqrt(p.events / max),
                itemStyle: { color: Dyad.goldsteinColor(p.mean_goldstein), borderColor: "#333", borderWidth: 0.5 },
              })),
            },
          ],
        },
        true
      );
      status.textContent = `${r.places.length} place(s)`;
      document.body.dataset.places = String(r.places.length);
    } catch (e) {
      status.textContent = e.message;
    }
  }

  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    show();
  });
  window.addEventListener("resize", () => chart.resize());
  show();
})();
