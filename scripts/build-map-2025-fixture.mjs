// Writes fixtures/maps-2025/dvc-online-2025-11.json: an ILLUSTRATIVE feed of the 2025 unit list
// for the drill-down and national maps: the 34 provinces and the 3 321 communes, both levels
// registered in `units` (a map shows its own level). There is no real 2025 commune-level figure
// in the seeds, so every figure here is generated deterministically and labelled "dữ liệu minh
// họa" (illustrative data) in the title, the indicator's label and the note; units and names are
// the real ones of fixtures/boundaries/. `--check` exits 1 when the committed file differs.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { seededRandom as random } from "./seeded-random.mjs";

const OUT = "fixtures/maps-2025/dvc-online-2025-11.json";
const read = (path) => JSON.parse(readFileSync(path, "utf8"));
const geometries = (topology) => Object.values(topology.objects)[0].geometries;

const next = random(2025_11);

const units = [];
const observations = [];
/** One unit's dossiers: a rate between ~55 % and ~98 %, counts of a plausible size. */
function add(properties, level, size) {
  const denominator = Math.round(size * (0.6 + next() * 0.8));
  const rate = 0.55 + next() * 0.43;
  units.push({
    code: properties.code,
    name: { vi: properties.name },
    level,
    ...(level === "commune" ? { parent: properties.parent } : {}),
  });
  observations.push({
    unit: properties.code,
    numerator: Math.round(denominator * rate),
    denominator,
  });
}
for (const { properties } of geometries(read("fixtures/boundaries/vn-provinces-2025.topo.json")))
  add(properties, "province", 60000);
for (const { properties } of geometries(read("fixtures/boundaries/vn-communes-2025.topo.json")))
  add(properties, "commune", 900);

const feed = {
  $schema: "../../schema/indicator-feed.schema.json",
  schemaVersion: "1.1",
  id: "minh-hoa-2025-11",
  title: {
    vi: "Dịch vụ công trực tuyến theo tỉnh và xã, tháng 11/2025 — dữ liệu minh họa",
    en: "Online public services by province and commune, November 2025 — illustrative data",
  },
  publisher: {
    name: { vi: "chiso (dữ liệu minh họa)", en: "chiso (illustrative data)" },
    unitCode: "VN",
  },
  period: {
    start: "2025-11-01",
    end: "2025-11-30",
    label: { vi: "Tháng 11/2025 (minh họa)", en: "November 2025 (illustrative)" },
  },
  generatedAt: "2025-12-05T08:00:00+07:00",
  unitVintage: "2025",
  units: "UNITS",
  indicators: [
    {
      id: "dvc-online",
      kind: "ratio",
      label: {
        vi: "Tỷ lệ hồ sơ nộp trực tuyến (dữ liệu minh họa)",
        en: "Share of dossiers submitted online (illustrative data)",
      },
      target: 60,
      note: {
        vi: "Dữ liệu minh họa, không phải số liệu thật: các báo cáo gốc không có số liệu cấp xã năm 2025. Tên và mã đơn vị là thật (danh mục 2025).",
        en: "Illustrative data, not real figures: the source reports have no 2025 commune-level figures. Unit names and codes are real (2025 list).",
      },
      observations: "OBSERVATIONS",
    },
  ],
};

// One unit or observation per line: 3 321 communes stay readable in a diff at a third of the size.
const oneLine = (list) =>
  `[\n${list.map((item) => `    ${JSON.stringify(item)}`).join(",\n")}\n  ]`;
const text = `${JSON.stringify(feed, null, 2)
  .replace('"units": "UNITS"', `"units": ${oneLine(units)}`)
  .replace(
    '"observations": "OBSERVATIONS"',
    `"observations": ${oneLine(observations).replaceAll("\n", "\n    ")}`,
  )}\n`;
if (process.argv.includes("--check")) {
  let committed = "";
  try {
    committed = readFileSync(OUT, "utf8");
  } catch {
    // missing: reported below
  }
  if (committed !== text) {
    console.error(`${OUT} is out of date: run node scripts/build-map-2025-fixture.mjs`);
    process.exit(1);
  }
} else {
  mkdirSync("fixtures/maps-2025", { recursive: true });
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT}: ${units.length} units`);
}
