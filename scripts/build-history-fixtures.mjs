// Writes fixtures/history/: illustrative monthly history for the trend, the sparklines and the
// history tests, anchored on the real figures of its line that the seed reports print. The line
// is Bắc Giang's all-services online rate (unit 24 of the 2023 list, in-period); its real points
// are read from fixtures/feeds/*.json and fixtures/feeds/earlier/*.json (today one: February
// 2023, 36.100 of 42.328 dossiers online, for the report period 16/01–15/02/2023). Where a real
// figure and a generated month share a period the real one is used, with its provenance and a
// note saying it is real and which period the report covers; a real figure of the line that no
// month takes stops the build, so the series can never contradict one silently. Every other
// month is generated deterministically and labelled "dữ liệu minh họa" (illustrative data) in
// the feed's title and notes; it is not a real figure. `--check` exits 1 when a committed file
// differs.
//
// What it holds, on purpose:
// - history.json: one feed (format 1.1), 2023-01 … 2026-11 monthly, with a gap (2024-08 was not
//   reported), a restatement (2023-06 published on 2023-07-05, restated on 2023-08-04), and the
//   1 July 2025 reform: from 2025-07 the figures are those of the merged Tỉnh Bắc Ninh (code 24,
//   vintage 2025), which now contains former Bắc Giang.
// - monthly/2023-MM.json + index.json: the same first twelve months as one file per month and
//   a feed index, for loading a history the way a publisher serves it.
// - reform-bac-ninh.json: the same line plus old Bắc Ninh (27, 2023 list) month by month until
//   06/2025, so that chiso/crosswalk's seriesAcrossReform can add the two predecessors of the
//   2025 province Bắc Ninh (24) up per month; 27 did not report 2024-03 (a gap in the merged
//   series, never Bắc Giang alone). 27's figures are wholly illustrative.
// - provinces-2025.json: the 34 provinces of the 2025 list, 36 months (2023-12 … 2026-11), for
//   the trend's small multiples, the IOC wall and the bench. Wholly illustrative (no real
//   province figure exists for most of these months, and the 2025 provinces did not exist before
//   1 July 2025): names and codes from fixtures/boundaries/vn-provinces-2025.topo.json. On
//   purpose: Lào Cai did not report 2024-08, Huế did not report 2025-07 (the reform month),
//   Cà Mau's series starts in 2024-06 (its first months are gaps on the shared axis), and Hà
//   Nội and Đà Nẵng report exactly the same rate in 2026-11 (one value, one height on the
//   shared scale).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { seededRandom as random } from "./seeded-random.mjs";

const OUT = "fixtures/history";
const ILLUSTRATIVE = { vi: "Dữ liệu minh họa", en: "Illustrative data" };

/**
 * The real figures of the line this history draws — indicator `dvc-online`, unit 24 of the 2023
 * list, all services, in-period — in every report feed and earlier-figure feed, with the feed
 * they come from.
 */
function realFiguresOfLine() {
  const files = ["fixtures/feeds", "fixtures/feeds/earlier"]
    .filter((dir) => existsSync(dir))
    .flatMap((dir) =>
      readdirSync(dir)
        .filter((name) => name.endsWith(".json"))
        .sort()
        .map((name) => `${dir}/${name}`),
    );
  const real = [];
  for (const file of files) {
    const feed = JSON.parse(readFileSync(file, "utf8"));
    for (const indicator of feed.indicators) {
      if (indicator.id !== "dvc-online" || indicator.kind !== "ratio") continue;
      for (const o of indicator.observations) {
        const unit = o.unit ?? feed.publisher.unitCode;
        const vintage = o.unitVintage ?? feed.unitVintage;
        const accumulation = o.accumulation ?? indicator.accumulation ?? "in-period";
        if (unit !== "24" || vintage !== "2023" || o.service || accumulation !== "in-period")
          continue;
        real.push({ file, period: o.period ?? feed.period, observation: o, used: false });
      }
    }
  }
  return real;
}
const REAL = realFiguresOfLine();
/** The real figure a calendar month takes: the report period that ends in it ("tháng 02/2023"). */
function realOf([y, m]) {
  const month = `${y}-${pad(m)}`;
  const found = REAL.filter((r) => r.period.end.slice(0, 7) === month);
  if (found.length > 1) throw new Error(`two real figures of the line end in ${month}`);
  if (found[0]) found[0].used = true;
  return found[0] ?? null;
}
const dayText = (day) => `${day.slice(8)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
/** What a real point says: real, from which report, for which period of the report. */
function realNote(real) {
  const { start, end } = real.period;
  return {
    vi: `Số liệu thật của báo cáo ${real.observation.provenance?.document ?? ""} (kỳ báo cáo ${dayText(start)}–${dayText(end)}, xếp vào tháng ${end.slice(5, 7)}/${end.slice(0, 4)} của chuỗi)`,
    en: `Real figure of report ${real.observation.provenance?.document ?? ""} (report period ${dayText(start)}–${dayText(end)}, placed in ${end.slice(5, 7)}/${end.slice(0, 4)} of the series)`,
  };
}

function months(from, to) {
  const list = [];
  for (let [y, m] = from; y < to[0] || (y === to[0] && m <= to[1]); m === 12 ? ((m = 1), y++) : m++)
    list.push([y, m]);
  return list;
}

const pad = (n) => String(n).padStart(2, "0");
const lastDay = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const periodOf = ([y, m]) => ({
  start: `${y}-${pad(m)}-01`,
  end: `${y}-${pad(m)}-${pad(lastDay(y, m))}`,
  label: { vi: `Tháng ${pad(m)}/${y}`, en: `${pad(m)}/${y}` },
});
const nextMonthDay = ([y, m], day) =>
  m === 12 ? `${y + 1}-01-${pad(day)}` : `${y}-${pad(m + 1)}-${pad(day)}`;

const next = random(2023_02);
/** Online dossiers and all dossiers of one month: a rate rising from ~80 % towards ~97 %. */
function monthFigures(index, merged, real) {
  if (real)
    return { numerator: real.observation.numerator, denominator: real.observation.denominator };
  const rate = Math.min(0.985, 0.8 + 0.17 * (1 - Math.exp(-index / 14)) + (next() - 0.5) * 0.03);
  const denominator = Math.round((merged ? 78000 : 41000) * (0.9 + next() * 0.2));
  return { numerator: Math.round(denominator * rate), denominator };
}

const all = months([2023, 1], [2026, 11]);
const observations = [];
all.forEach((month, index) => {
  const [y, m] = month;
  if (y === 2024 && m === 8) return; // not reported: a gap, never a zero
  const merged = y > 2025 || (y === 2025 && m >= 7);
  // Only months of the 2023 list can take a real figure of Bắc Giang (24 is Bắc Ninh after).
  const real = merged ? null : realOf(month);
  const figures = monthFigures(index, merged, real);
  const observation = {
    period: periodOf(month),
    publishedOn: nextMonthDay(month, 5),
    ...figures,
    ...(merged ? {} : { unitVintage: "2023" }),
    note: real ? realNote(real) : ILLUSTRATIVE,
    ...(real ? { provenance: real.observation.provenance } : {}),
  };
  if (y === 2023 && m === 6) {
    // First published, then restated a month later with late-registered dossiers.
    observations.push(observation);
    observations.push({
      ...observation,
      publishedOn: "2023-08-04",
      numerator: observation.numerator + 412,
      denominator: observation.denominator + 390,
      note: { vi: "Dữ liệu minh họa, công bố lại", en: "Illustrative data, restated" },
    });
    return;
  }
  observations.push(observation);
});

const publisher = {
  name: {
    vi: "Tổ công tác Đề án 06 tỉnh Bắc Ninh (minh họa)",
    en: "Bắc Ninh Project 06 working group (illustrative)",
  },
  unitCode: "24",
};
const indicator = (obs) => ({
  id: "dvc-online",
  kind: "ratio",
  label: { vi: "Tỷ lệ hồ sơ nộp trực tuyến", en: "Dossiers submitted online" },
  unitLabel: { vi: "hồ sơ", en: "dossiers" },
  target: 60,
  cadence: "month",
  accumulation: "in-period",
  annotations: [
    {
      start: "2023-06-20",
      end: "2023-09-20",
      label: { vi: "90 ngày đêm", en: "90-day campaign" },
      kind: "campaign",
    },
    {
      start: "2025-07-01",
      label: {
        vi: "Sắp xếp đơn vị hành chính: Bắc Giang nhập vào Bắc Ninh",
        en: "Reform: Bắc Giang merged into Bắc Ninh",
      },
      kind: "reform",
    },
  ],
  note: ILLUSTRATIVE,
  observations: obs,
});

const history = {
  $schema: "../../schema/indicator-feed.schema.json",
  schemaVersion: "1.1",
  id: "bac-ninh-dvc-history",
  title: {
    vi: "Tỷ lệ hồ sơ trực tuyến theo tháng — dữ liệu minh họa",
    en: "Online dossiers by month — illustrative data",
  },
  publisher,
  period: {
    start: "2023-01-01",
    end: "2026-11-30",
    label: { vi: "Tháng 01/2023 – 11/2026", en: "Jan 2023 – Nov 2026" },
  },
  generatedAt: "2026-12-01T08:00:00+07:00",
  unitVintage: "2025",
  units: [{ code: "24", name: "Tỉnh Bắc Ninh", level: "province" }],
  indicators: [indicator(observations)],
};

const files = { [`${OUT}/history.json`]: history };
const twelve = months([2023, 1], [2023, 12]);
const gen2 = random(2023_01);
twelve.forEach((month) => {
  const [y, m] = month;
  const period = periodOf(month);
  const real = REAL.find((r) => r.period.end.slice(0, 7) === `${y}-${pad(m)}`) ?? null;
  const denominator = real
    ? real.observation.denominator
    : Math.round(41000 * (0.9 + gen2() * 0.2));
  const numerator = real ? real.observation.numerator : Math.round(denominator * (0.8 + m * 0.012));
  files[`${OUT}/monthly/2023-${pad(m)}.json`] = {
    schemaVersion: "1.0",
    id: `bac-giang-2023-${pad(m)}`,
    title: real ? undefined : ILLUSTRATIVE,
    publisher: {
      ...publisher,
      name: { vi: "Tổ công tác Đề án 06 tỉnh Bắc Giang", en: "Bắc Giang Project 06 working group" },
    },
    source: { date: nextMonthDay(month, 5) },
    period: { start: period.start, end: period.end, label: period.label },
    generatedAt: `${nextMonthDay(month, 5)}T08:00:00+07:00`,
    unitVintage: "2023",
    indicators: [
      {
        ...indicator([{ numerator, denominator, note: real ? undefined : ILLUSTRATIVE }]),
        annotations: undefined,
      },
    ],
  };
});
files[`${OUT}/monthly/index.json`] = {
  $schema: "../../../schema/feed-index.schema.json",
  schemaVersion: "1.1",
  kind: "feed-index",
  id: "bac-giang-2023",
  title: { vi: "Báo cáo tháng năm 2023 (minh họa)", en: "Monthly reports of 2023 (illustrative)" },
  publisher: { name: "Tổ công tác Đề án 06 tỉnh Bắc Giang", unitCode: "24" },
  feeds: twelve.map((month) => ({
    url: `2023-${pad(month[1])}.json`,
    period: { start: periodOf(month).start, end: periodOf(month).end },
  })),
};

// ── reform-bac-ninh.json ─────────────────────────────────────────────────────────────────────
const gen4 = random(2025_27);
const oldBacNinh = months([2023, 1], [2025, 6])
  .filter(([y, m]) => !(y === 2024 && m === 3)) // not reported: a gap of the merged series
  .map((month, index) => {
    const rate = Math.min(0.98, 0.74 + 0.2 * (1 - Math.exp(-index / 10)) + (gen4() - 0.5) * 0.03);
    const denominator = Math.round(36000 * (0.9 + gen4() * 0.2));
    return {
      unit: "27",
      unitVintage: "2023",
      period: periodOf(month),
      publishedOn: nextMonthDay(month, 5),
      numerator: Math.round(denominator * rate),
      denominator,
      note: ILLUSTRATIVE,
    };
  });
files[`${OUT}/reform-bac-ninh.json`] = {
  ...history,
  id: "bac-ninh-reform-history",
  title: {
    vi: "Bắc Giang, Bắc Ninh cũ và Bắc Ninh mới theo tháng — dữ liệu minh họa",
    en: "Bắc Giang, former Bắc Ninh and the new Bắc Ninh by month — illustrative data",
  },
  units: [
    { code: "24", name: "Tỉnh Bắc Ninh", level: "province" },
    // Under the 2023 list (`unitVintage` of its observations): the old province 27.
    { code: "27", name: "Tỉnh Bắc Ninh (trước 1/7/2025)", level: "province" },
  ],
  indicators: [
    {
      ...history.indicators[0],
      observations: [...history.indicators[0].observations, ...oldBacNinh],
    },
  ],
};

// ── provinces-2025.json ──────────────────────────────────────────────────────────────────────
const topology = JSON.parse(
  readFileSync("fixtures/boundaries/vn-provinces-2025.topo.json", "utf8"),
);
const provinces = Object.values(topology.objects)[0].geometries.map((g) => g.properties);
const span = months([2023, 12], [2026, 11]);
const gen3 = random(2025_07);
const provinceObservations = [];
provinces.forEach((province) => {
  // Each province starts somewhere between 45 % and 85 % and climbs towards ~96 %, some fast,
  // some slowly.
  const start = 0.45 + gen3() * 0.4;
  const pace = 6 + gen3() * 36;
  const size = Math.round(8000 + gen3() * 90000);
  span.forEach((month, index) => {
    const [y, m] = month;
    if (province.code === "15" && y === 2024 && m === 8) return;
    if (province.code === "46" && y === 2025 && m === 7) return;
    if (province.code === "96" && (y === 2023 || (y === 2024 && m < 6))) return;
    const rate = Math.min(
      0.99,
      start + (0.96 - start) * (1 - Math.exp(-index / pace)) + (gen3() - 0.5) * 0.03,
    );
    const denominator = Math.round(size * (0.9 + gen3() * 0.2));
    const last = index === span.length - 1;
    // The same rate in the last month for Hà Nội and Đà Nẵng: 93,00 % of 20.000 and of 10.000.
    const same = last && (province.code === "01" || province.code === "48");
    provinceObservations.push({
      unit: province.code,
      period: periodOf(month),
      numerator: same ? (province.code === "01" ? 18600 : 9300) : Math.round(denominator * rate),
      denominator: same ? (province.code === "01" ? 20000 : 10000) : denominator,
    });
  });
});
const provincesFeed = {
  $schema: "../../schema/indicator-feed.schema.json",
  schemaVersion: "1.1",
  id: "vn-provinces-dvc-history",
  title: {
    vi: "Tỷ lệ hồ sơ trực tuyến của 34 tỉnh, thành phố theo tháng — dữ liệu minh họa",
    en: "Online dossiers of the 34 provinces by month — illustrative data",
  },
  publisher: {
    name: { vi: "Tổ công tác Đề án 06 (minh họa)", en: "Project 06 working group (illustrative)" },
    unitCode: "VN",
  },
  period: {
    start: "2023-12-01",
    end: "2026-11-30",
    label: { vi: "Tháng 12/2023 – 11/2026", en: "Dec 2023 – Nov 2026" },
  },
  generatedAt: "2026-12-01T08:00:00+07:00",
  unitVintage: "2025",
  units: provinces.map((p) => ({ code: p.code, name: p.shortName, level: "province" })),
  indicators: [
    {
      id: "dvc-online",
      kind: "ratio",
      label: { vi: "Tỷ lệ hồ sơ nộp trực tuyến", en: "Dossiers submitted online" },
      unitLabel: { vi: "hồ sơ", en: "dossiers" },
      target: 80,
      cadence: "month",
      accumulation: "in-period",
      note: ILLUSTRATIVE,
      observations: provinceObservations,
    },
  ],
};
files[`${OUT}/provinces-2025.json`] = provincesFeed;

// services-bac-giang.json: the 25 services of Bắc Giang's Phụ lục I (and their total line) over
// twelve months, 2022-03 … 2023-02, for the service board's sparklines. The last month is the
// report's own Phụ lục I, figure for figure (with its provenance and the real-figure note); the
// eleven before it are illustrative, each service drifting towards its real rate from further
// below, so most rows rise. On purpose: one service was not reported in 2022-09 (a gap), the
// services with 0 dossiers in the report have 0 / 0 in every month (no rate, never a line at 0).
const bacGiangReport = JSON.parse(readFileSync("fixtures/feeds/bac-giang-2023-02.json", "utf8"));
const annex = bacGiangReport.indicators.find((i) => i.id === "dvc-online");
const year = months([2022, 3], [2023, 2]);
const gen5 = random(2022_03);
const serviceObservations = [];
year.forEach((month, index) => {
  const last = index === year.length - 1;
  const lines = annex.observations.map((real, row) => {
    if (last)
      return {
        ...(real.service ? { service: real.service } : {}),
        numerator: real.numerator,
        denominator: real.denominator,
        ...(real.statedRate == null ? {} : { statedRate: real.statedRate }),
        note: realNote({ observation: real, period: bacGiangReport.period }),
        provenance: real.provenance,
      };
    if (!real.service || real.numerator == null || real.denominator == null) return null;
    if (real.denominator === 0) return { service: real.service, numerator: 0, denominator: 0 };
    if (row === 7 && month[0] === 2022 && month[1] === 9) return null; // not reported: a gap
    const finalRate = real.numerator / real.denominator;
    const behind = (year.length - 1 - index) / (year.length - 1);
    const rate = Math.max(0, Math.min(1, finalRate - behind * 0.12 + (gen5() - 0.5) * 0.04));
    const denominator = Math.max(1, Math.round(real.denominator * (0.85 + gen5() * 0.3)));
    return { service: real.service, numerator: Math.round(denominator * rate), denominator };
  });
  // The total line of an illustrative month is the sum of its services.
  if (!last) {
    const services = lines.filter(Boolean);
    lines[0] = {
      numerator: services.reduce((sum, o) => sum + o.numerator, 0),
      denominator: services.reduce((sum, o) => sum + o.denominator, 0),
    };
  }
  for (const line of lines)
    if (line)
      serviceObservations.push({
        period: periodOf(month),
        ...line,
        ...(line.note ? {} : { note: ILLUSTRATIVE }),
      });
});
files[`${OUT}/services-bac-giang.json`] = {
  $schema: "../../schema/indicator-feed.schema.json",
  schemaVersion: "1.1",
  id: "bac-giang-dvc-services-history",
  title: {
    vi: "Hồ sơ trực tuyến theo dịch vụ, 12 tháng — dữ liệu minh họa (tháng cuối là số liệu thật)",
    en: "Online dossiers by service, 12 months — illustrative data (the last month is real)",
  },
  publisher: bacGiangReport.publisher,
  period: {
    start: "2022-03-01",
    end: "2023-02-28",
    label: { vi: "Tháng 03/2022 – 02/2023", en: "Mar 2022 – Feb 2023" },
  },
  generatedAt: "2023-03-01T08:00:00+07:00",
  unitVintage: "2023",
  services: bacGiangReport.services,
  indicators: [
    {
      id: "dvc-online",
      kind: "ratio",
      label: annex.label,
      unitLabel: annex.unitLabel,
      target: annex.target,
      cadence: "month",
      accumulation: "in-period",
      note: ILLUSTRATIVE,
      observations: serviceObservations,
    },
  ],
};

/** Pretty JSON, but each observation of a long series on one line (1 224 of them: ~190 kB). */
function serialize(value) {
  const long = value.indicators?.[0]?.observations?.length > 100;
  if (!long) return JSON.stringify(value, null, 2) + "\n";
  const marker = "@@observations@@";
  const indicator = value.indicators[0];
  const shell = { ...value, indicators: [{ ...indicator, observations: marker }] };
  const lines = indicator.observations.map((o) => `        ${JSON.stringify(o)}`).join(",\n");
  return JSON.stringify(shell, null, 2).replace(`"${marker}"`, `[\n${lines}\n      ]`) + "\n";
}

// A real figure of the line that no month took would sit beside the series unseen.
const unused = REAL.filter((r) => !r.used);
if (unused.length)
  throw new Error(
    `real figures of the line outside the series: ${unused.map((r) => `${r.file} ${r.period.start}–${r.period.end}`).join(", ")}`,
  );

mkdirSync(`${OUT}/monthly`, { recursive: true });
let stale = 0;
for (const [file, value] of Object.entries(files)) {
  const text = serialize(value);
  if (process.argv.includes("--check")) {
    let committed = "";
    try {
      committed = readFileSync(file, "utf8");
    } catch {
      /* missing counts as stale */
    }
    if (committed !== text) {
      console.error(`${file} is out of date: run \`node scripts/build-history-fixtures.mjs\``);
      stale++;
    }
  } else writeFileSync(file, text);
}
if (!process.argv.includes("--check"))
  console.log(`wrote ${Object.keys(files).length} files to ${OUT}`);
process.exit(stale ? 1 : 0);
