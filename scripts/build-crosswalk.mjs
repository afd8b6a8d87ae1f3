// Converts the team's crosswalk tables (../shared/data/crosswalk/, outside this repository) into
// chiso's own crosswalk format (src/data/crosswalk/table.ts, "chiso-crosswalk" version 1).
//
//   node scripts/build-crosswalk.mjs              fixtures/crosswalk/crosswalk-2023-2025-sample.json:
//                                                 all 63 → 34 provinces, and districts and communes
//                                                 of the 2025 province Bắc Ninh (24 = former 24 + 27),
//                                                 plus the Hà Nội communes around Xã Cổ Bi (00553,
//                                                 split in three) for the split tests
//   node scripts/build-crosswalk.mjs --all FILE   the whole national table in chiso's format
//                                                 (≈ 1 MB; for local development, never committed)
//
// CROSSWALK_DIR overrides where the three source files are read from. Run by hand; the output is
// committed and nothing in the product reads ../shared. Licence: see fixtures/crosswalk/README.md
// (development, tests, stories and demos only — never in the package).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

const SOURCE_DIR = process.env.CROSSWALK_DIR
  ? `${process.env.CROSSWALK_DIR.replace(/\/$/, "")}/`
  : new URL("../../shared/data/crosswalk/", import.meta.url);
const SAMPLE_FILE = new URL(
  "../fixtures/crosswalk/crosswalk-2023-2025-sample.json",
  import.meta.url,
);

/** The 2025 provinces copied whole into the sample, and the split commune whose cluster is added. */
const SAMPLE_NEW_PROVINCES = ["24"];
const SAMPLE_SPLIT_COMMUNE = "00553";

const ATTRIBUTION =
  "Nguồn: Cục Thống kê (NSO), Bảng chuyển đổi đơn vị hành chính mới – cũ, via sunshine-tech/VietnamProvinces";

const read = (name) => JSON.parse(readFileSync(new URL(name, SOURCE_DIR), "utf8"));
const provincesSource = read("provinces-2023-2025.json").provinces;
const communesSource = read("communes-2023-2025.json");
const districtsSource = read("districts-2023-2025.json").districts;

const args = process.argv.slice(2);
if (args[0] === "--all") {
  if (!args[1]) throw new Error("usage: node scripts/build-crosswalk.mjs --all FILE");
  write(args[1], nationalTable());
} else {
  write(SAMPLE_FILE, sampleTable());
}

/** Every unit of the source tables. */
function nationalTable() {
  return table({
    note: "Bảng đầy đủ: 63 tỉnh, 705 huyện, 10.035 xã cũ → 34 tỉnh, 3.321 xã mới.",
    oldProvinces: Object.keys(provincesSource),
    oldCommunes: Object.keys(communesSource.old),
  });
}

/**
 * The sample: every old unit of the chosen 2025 provinces, and the old communes that went (wholly
 * or partly) into the communes that the split commune was divided among.
 */
function sampleTable() {
  const oldProvinces = Object.keys(provincesSource).filter((code) =>
    SAMPLE_NEW_PROVINCES.includes(provincesSource[code].new),
  );
  const cluster = communesSource.old[SAMPLE_SPLIT_COMMUNE].new.flatMap(
    (code) => communesSource.new[code].old,
  );
  const oldCommunes = Object.keys(communesSource.old).filter(
    (code) => oldProvinces.includes(communesSource.old[code].province) || cluster.includes(code),
  );
  return table({
    note:
      "Mẫu cho kiểm thử và demo: 63 → 34 tỉnh; huyện và xã của tỉnh Bắc Ninh 2025 (24 = Bắc Giang 24 + Bắc Ninh 27); " +
      `19 xã cũ của Hà Nội góp vào 3 xã mới nhận Xã Cổ Bi (${SAMPLE_SPLIT_COMMUNE}). Các xã mới khác được nêu tên nhưng thiếu xã cũ.`,
    oldProvinces,
    oldCommunes,
  });
}

/**
 * A chiso crosswalk with all 63 provinces, the districts of `oldProvinces` and the old communes
 * `oldCommunes`. Every 2025 commune they reach is listed with its complete list of old communes,
 * so a commune of the list whose old communes are not all in the table is refused as "table
 * incomplete" rather than summed short.
 */
function table({ note, oldProvinces, oldCommunes }) {
  const districtCount = {};
  for (const district of Object.values(districtsSource))
    districtCount[district.province] = (districtCount[district.province] ?? 0) + 1;

  const provinces = {};
  const newProvinces = {};
  for (const [code, province] of sorted(provincesSource)) {
    provinces[code] = { name: province.name, new: province.new, districts: districtCount[code] };
    newProvinces[province.new] = { name: province.newName };
  }

  const districts = {};
  for (const [code, district] of sorted(districtsSource)) {
    if (!oldProvinces.includes(district.province)) continue;
    districts[code] = {
      name: district.name,
      province: district.province,
      new: district.new,
      within: district.within,
      ...(district.unresolved2023?.length ? { unresolved: district.unresolved2023 } : {}),
    };
  }

  const communes = {};
  const newCodes = new Set(Object.values(districts).flatMap((district) => district.new));
  for (const code of [...oldCommunes].sort()) {
    const commune = communesSource.old[code];
    const share = commune.whole ? "whole" : "part";
    communes[code] = {
      name: commune.name,
      district: commune.district,
      province: commune.province,
      new: Object.fromEntries(commune.new.map((target) => [target, share])),
    };
    for (const target of commune.new) newCodes.add(target);
  }

  const newCommunes = {};
  for (const code of [...newCodes].sort()) {
    const commune = communesSource.new[code];
    newCommunes[code] = { name: commune.name, province: commune.province, old: commune.old };
  }

  const withoutCommune = communesSource.nonCommune
    .filter((row) => newCodes.has(row.new))
    .map((row) => ({ district: row.district, name: row.area ?? row.districtName, new: row.new }));

  // Codes retired by the 2023–2025 mergers, for the districts (2023 membership) in the table.
  const tableDistricts = new Set([
    ...Object.keys(districts),
    ...Object.values(communes).map((commune) => commune.district),
  ]);
  const retired = {};
  for (const [code, commune] of sorted(communesSource.retired))
    if (oldProvinces.includes(commune.province) || tableDistricts.has(commune.district))
      retired[code] = {
        name: commune.name,
        district: commune.district,
        province: commune.province,
      };

  return {
    format: "chiso-crosswalk",
    version: 1,
    from: "2023",
    to: "2025",
    attribution: ATTRIBUTION,
    note,
    provinces,
    newProvinces,
    districts,
    communes,
    newCommunes,
    withoutCommune,
    retired,
  };
}

/** Entries by code. (JS objects list "10" before "01": integer-like keys come first.) */
function sorted(record) {
  return Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** One section member per line, as in the source tables, so diffs stay readable. */
function write(file, document) {
  const entries = Object.entries(document).map(([key, value]) => {
    if (value === null || typeof value !== "object")
      return `${JSON.stringify(key)}:${JSON.stringify(value)}`;
    const members = Array.isArray(value)
      ? value.map((item) => JSON.stringify(item))
      : sorted(value).map(([code, item]) => `${JSON.stringify(code)}:${JSON.stringify(item)}`);
    const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
    const body = members.length ? `\n${members.join(",\n")}\n` : "";
    return `${JSON.stringify(key)}:${open}${body}${close}`;
  });
  const text = `{\n${entries.join(",\n")}\n}\n`;
  JSON.parse(text); // fails loudly rather than write a broken fixture
  const path = file instanceof URL ? file.pathname : file;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`wrote ${path} (${text.length} characters)`);
}
