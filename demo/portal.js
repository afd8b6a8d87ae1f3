// Portal demo: switching reports only changes attributes of plain HTML elements.
// Which indicator each slot shows, per report (ids from fixtures/feeds/README.md).
const REPORTS = {
  "bac-giang-2023-02": {
    second: "dvc-online-district",
    funnel: "bhyt-chip-lookup",
    map: "vn-districts-2023-bac-giang",
  },
  "nghe-an-2023-07": { second: "dvc-online-all-procedures", funnel: "eid" },
  "binh-long-2023-09": { second: "dvc-online-text", funnel: "eid-campaign" },
  "dak-nong-2023-12": { second: "dvc-online-police", funnel: "eid" },
  "quang-ngai-2023-07": { second: "dvc-online-services", funnel: "eid" },
};

const select = document.getElementById("report");

function show(report) {
  const config = REPORTS[report];
  const src = `/fixtures/feeds/${report}.json`;
  for (const element of document.querySelectorAll("[data-role]")) {
    element.setAttribute("src", src);
    const role = element.dataset.role;
    if (role === "second") element.setAttribute("indicator", config.second);
    if (role === "funnel") element.setAttribute("indicator", config.funnel);
  }
  const map = document.querySelector('[data-role="map"]');
  map.hidden = !config.map;
  document.querySelector(".map-missing").hidden = Boolean(config.map);
  if (config.map) map.setAttribute("boundaries", `/fixtures/boundaries/${config.map}.topo.json`);
  const url = new URL(location.href);
  url.searchParams.set("report", report);
  history.replaceState(null, "", url);
}

const initial = new URL(location.href).searchParams.get("report");
if (initial && REPORTS[initial]) select.value = initial;
select.addEventListener("change", () => show(select.value));
show(select.value);
