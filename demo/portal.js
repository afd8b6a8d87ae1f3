// Portal demo: switching reports only changes attributes of plain HTML elements.
// What each slot shows, per report (ids from fixtures/feeds/README.md): every report shows its
// own figures. Where a report gives no all-services figure, the gauges show its groups or a
// service it reports (Quảng Ngãi: 11 dịch vụ của Bộ Công an 95,91 %, 14 của các bộ, ngành 22,83 %).
const REPORTS = {
  "bac-giang-2023-02": {
    second: { indicator: "dvc-online-district" },
    funnel: "bhyt-chip-lookup",
    map: "vn-districts-2023-bac-giang",
  },
  "nghe-an-2023-07": { second: { indicator: "dvc-online-all-procedures" }, funnel: "eid" },
  "binh-long-2023-09": {
    second: { indicator: "dvc-online-text", service: "thuong-tru" },
    funnel: "eid-campaign",
  },
  "dak-nong-2023-12": {
    overall: { indicator: "dvc-online", service: "nhom-cong-an" },
    second: { indicator: "dvc-online-police" },
    funnel: "eid",
  },
  "quang-ngai-2023-07": {
    overall: { indicator: "dvc-online", service: "nhom-cong-an" },
    second: { indicator: "dvc-online", service: "nhom-bo-nganh" },
    funnel: "eid",
  },
};

const select = document.getElementById("report");

/** Sets an attribute, or removes it when the report has no value for it. */
function set(element, name, value) {
  if (value) element.setAttribute(name, value);
  else element.removeAttribute(name);
}

function show(report) {
  const config = REPORTS[report];
  const src = `/fixtures/feeds/${report}.json`;
  for (const element of document.querySelectorAll("[data-role]")) {
    const role = element.dataset.role;
    // A map without district figures is not loaded at all.
    set(element, "src", role !== "map" || config.map ? src : null);
    const gauge =
      role === "overall" ? (config.overall ?? { indicator: "dvc-online" }) : config.second;
    if (role === "overall" || role === "second") {
      set(element, "indicator", gauge.indicator);
      set(element, "service", gauge.service);
    }
    if (role === "funnel") element.setAttribute("indicator", config.funnel);
  }
  // A report without district figures has no map card at all (not an empty one).
  const map = document.querySelector('[data-role="map"]');
  map.closest("article").hidden = !config.map;
  if (config.map) map.setAttribute("boundaries", `/fixtures/boundaries/${config.map}.topo.json`);
  const url = new URL(location.href);
  url.searchParams.set("report", report);
  history.replaceState(null, "", url);
}

const initial = new URL(location.href).searchParams.get("report");
if (initial && REPORTS[initial]) select.value = initial;
select.addEventListener("change", () => show(select.value));
show(select.value);
