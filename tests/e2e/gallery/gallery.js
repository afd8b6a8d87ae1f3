// Builds the gallery from the query string; the feeds are the committed seed fixtures.
const query = new URLSearchParams(location.search);
const lang = query.get("lang") ?? "vi";
const theme = query.get("theme") ?? "light";
document.documentElement.lang = lang;
document.body.classList.toggle("ioc", theme === "ioc");

const WIDGETS = [
  ["chiso-gauge", { src: "/feeds/bac-giang-2023-02.json", indicator: "dvc-online" }, ""],
  ["chiso-funnel", { src: "/feeds/nghe-an-2023-07.json", indicator: "eid" }, "wide"],
  [
    "chiso-status-panel",
    { src: "/feeds/nghe-an-2023-07.json", indicator: "ioc", layout: "list" },
    "",
  ],
  [
    "chiso-choropleth",
    {
      src: "/feeds/bac-giang-2023-02.json",
      indicator: "dvc-online-district",
      boundaries: "/boundaries/vn-districts-2023-bac-giang.topo.json",
      scale: "target",
    },
    "wide",
  ],
  [
    "chiso-service-board",
    { src: "/feeds/bac-giang-2023-02.json", indicator: "dvc-online" },
    "full",
  ],
];

const gallery = document.getElementById("gallery");
for (const [tag, attributes, span] of WIDGETS) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries({ ...attributes, theme }))
    element.setAttribute(name, value);
  if (span) element.className = span;
  gallery.append(element);
}
