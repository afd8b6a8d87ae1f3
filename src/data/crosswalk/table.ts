/**
 * Checking a crosswalk table (the format is in `document.ts`) and the indexes conversions need.
 */
import type { FeedIssue } from "../parse.js";
import { CROSSWALK_FORMAT } from "./document.js";
import type { CrosswalkAreaWithoutCommune, CrosswalkDocument } from "./document.js";

export { CROSSWALK_FORMAT } from "./document.js";
export type * from "./document.js";

export type CrosswalkParseResult =
  { ok: true; crosswalk: Crosswalk } | { ok: false; issues: FeedIssue[] };

/** Thrown by `Crosswalk.from` and `convertFeed` for a malformed table; `issues` has every problem. */
export class CrosswalkError extends Error {
  constructor(readonly issues: FeedIssue[]) {
    const first = issues
      .slice(0, 3)
      .map((issue) => `${issue.path || "(root)"}: ${issue.message.en} / ${issue.message.vi}`);
    super(`invalid crosswalk table: ${first.join("; ")}${issues.length > 3 ? "; …" : ""}`);
    this.name = "CrosswalkError";
  }
}

/**
 * A checked crosswalk table with the indexes conversions need. Make one with `parseCrosswalk`
 * (never throws) or `Crosswalk.from` (throws `CrosswalkError`), once per table: checking the
 * national table (10 035 communes) takes a few milliseconds, and it is then reused.
 */
export class Crosswalk {
  /** Old provinces of each new province. */
  readonly oldProvincesOf = new Map<string, string[]>();
  /** 2023 districts of each old province. */
  readonly districtsOf = new Map<string, string[]>();
  /** 2023 districts whose `new` names each 2025 commune. */
  readonly districtsOfNewCommune = new Map<string, string[]>();
  /** Areas without a commune code that went into each new commune. */
  readonly areasWithoutCommuneOf = new Map<string, CrosswalkAreaWithoutCommune[]>();

  private constructor(readonly document: CrosswalkDocument) {
    for (const [code, province] of entries(document.provinces))
      push(this.oldProvincesOf, province.new, code);
    for (const [code, district] of entries(document.districts ?? {})) {
      push(this.districtsOf, district.province, code);
      for (const commune of district.new) push(this.districtsOfNewCommune, commune, code);
    }
    for (const area of document.withoutCommune ?? [])
      push(this.areasWithoutCommuneOf, area.new, area);
  }

  /** A checked table from its JSON (text or parsed); throws `CrosswalkError` when malformed. */
  static from(input: unknown): Crosswalk {
    const result = Crosswalk.parse(input);
    if (!result.ok) throw new CrosswalkError(result.issues);
    return result.crosswalk;
  }

  /** See `parseCrosswalk`. */
  static parse(input: unknown): CrosswalkParseResult {
    let value = input;
    if (typeof input === "string")
      try {
        value = JSON.parse(input);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const message = { vi: `JSON không hợp lệ: ${reason}`, en: `invalid JSON: ${reason}` };
        return { ok: false, issues: [{ path: "", message }] };
      }
    const check = new Checker();
    const document = checkDocument(value, check);
    if (!document) return { ok: false, issues: check.issues };
    return { ok: true, crosswalk: new Crosswalk(document) };
  }
}

/**
 * Checks a crosswalk table (JSON text or a parsed object) and indexes it. Never throws: a
 * malformed table gives every problem (the first 50) with its path, in Vietnamese and English,
 * e.g. `communes["00553"].new["00136"]: code "00136" is not in the table`.
 */
export function parseCrosswalk(input: unknown): CrosswalkParseResult {
  return Crosswalk.parse(input);
}

/** `Object.entries` by code, so results do not depend on JS key order ("10" before "01"). */
export function entries<T>(record: Record<string, T>): [string, T][] {
  return Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// ---------------------------------------------------------------------------------------------
// Checking a table

/** Codes and years by their number of digits (GSO codes keep their leading zeros). */
const PROVINCE = 2;
const DISTRICT = 3;
const YEAR = 4;
const COMMUNE = 5;

const isDigits = (value: unknown, digits: number): value is string =>
  typeof value === "string" && value.length === digits && /^\d+$/.test(value);
/** Enough to locate a systematic mistake without flooding a console. */
const MAX_ISSUES = 50;

type Fields = Record<string, unknown>;

class Checker {
  readonly issues: FeedIssue[] = [];

  add(path: string, vi: string, en: string): void {
    if (this.issues.length < MAX_ISSUES) this.issues.push({ path, message: { vi, en } });
  }

  /** An object with exactly these keys (optional ones may be missing); null when it is not one. */
  object(value: unknown, path: string, required: string[], optional: string[] = []): Fields | null {
    const fields = this.record(value, path);
    if (!fields) return null;
    for (const key of required)
      if (!(key in fields))
        this.add(at(path, key), "thiếu trường bắt buộc", "required field missing");
    for (const key of Object.keys(fields))
      if (!required.includes(key) && !optional.includes(key))
        this.add(at(path, key), "trường không được biết", "unknown field");
    return fields;
  }

  // The value checks pass over `undefined`: `object()` has reported a missing required field.

  text(value: unknown, path: string): void {
    if (value === undefined) return;
    if (typeof value !== "string" || value.trim() === "")
      this.add(path, "cần một chuỗi không rỗng", "expected a non-empty string");
  }

  code(value: unknown, path: string, digits: number, known?: (code: string) => boolean): void {
    if (value === undefined) return;
    if (!isDigits(value, digits))
      this.add(path, `cần một mã ${digits} chữ số`, `expected a ${digits}-digit code`);
    else if (known && !known(value))
      this.add(path, `mã "${value}" không có trong bảng`, `code "${value}" is not in the table`);
  }

  codes(value: unknown, path: string, digits: number, known?: (code: string) => boolean): string[] {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.add(path, "cần một mảng […]", "expected an array […]");
      return [];
    }
    value.forEach((item, i) => this.code(item, `${path}[${i}]`, digits, known));
    return value.filter((item): item is string => typeof item === "string");
  }

  /** An object with any keys; null when it is not one. */
  record(value: unknown, path: string): Fields | null {
    if (value !== null && typeof value === "object" && !Array.isArray(value))
      return value as Fields;
    this.add(path, "cần một đối tượng {…}", "expected an object {…}");
    return null;
  }

  /** Each member of a code-keyed section, with its key checked. */
  section(
    value: unknown,
    path: string,
    digits: number,
    check: (item: unknown, path: string, code: string) => void,
  ): void {
    const fields = value === undefined ? null : this.record(value, path);
    if (!fields) return;
    for (const [code, item] of Object.entries(fields)) {
      const itemPath = at(path, code);
      if (!isDigits(code, digits))
        this.add(
          itemPath,
          `khóa phải là mã ${digits} chữ số`,
          `the key must be a ${digits}-digit code`,
        );
      else check(item, itemPath, code);
    }
  }
}

/** `communes` + `00553` → `communes["00553"]`; `a` + `new` → `a.new`. */
function at(path: string, key: string): string {
  if (/^[A-Za-z_]\w*$/.test(key)) return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(key)}]`;
}

function checkDocument(value: unknown, check: Checker): CrosswalkDocument | null {
  const root = check.object(
    value,
    "",
    ["format", "version", "from", "to", "attribution", "provinces", "newProvinces"],
    ["note", "districts", "communes", "newCommunes", "withoutCommune", "retired"],
  );
  if (!root) return null;
  if (root.format !== CROSSWALK_FORMAT)
    check.add("format", `cần "${CROSSWALK_FORMAT}"`, `expected "${CROSSWALK_FORMAT}"`);
  if (root.version !== 1)
    check.add("version", "chỉ hỗ trợ phiên bản 1", "only version 1 is supported");
  check.code(root.from, "from", YEAR);
  check.code(root.to, "to", YEAR);
  if (typeof root.from === "string" && typeof root.to === "string" && !(root.from < root.to))
    check.add("to", "năm mới phải sau năm cũ", "the new vintage must be later than the old one");
  check.text(root.attribution, "attribution");
  check.text(root.note, "note");
  if ((root.communes ?? root.districts) !== undefined && root.newCommunes === undefined)
    check.add(
      "newCommunes",
      "cần khi có communes hoặc districts",
      "required when communes or districts is present",
    );

  const table = new Sections(root);
  checkProvinces(root, table, check);
  if (root.districts !== undefined) checkDistricts(root.districts, table, check);
  check.section(root.newCommunes, "newCommunes", COMMUNE, (item, path) => {
    const fields = check.object(item, path, ["name", "province", "old"]);
    if (!fields) return;
    check.text(fields.name, at(path, "name"));
    check.code(fields.province, at(path, "province"), PROVINCE, table.isNewProvince);
    check.codes(fields.old, at(path, "old"), COMMUNE);
  });
  check.section(root.communes, "communes", COMMUNE, (item, path, code) =>
    checkCommune(item, path, code, table, check),
  );
  if (root.withoutCommune !== undefined && !Array.isArray(root.withoutCommune))
    check.add("withoutCommune", "cần một mảng […]", "expected an array […]");
  else
    (root.withoutCommune as unknown[] | undefined)?.forEach((item, i) => {
      const path = `withoutCommune[${i}]`;
      const fields = check.object(item, path, ["district", "name", "new"]);
      if (!fields) return;
      check.code(fields.district, at(path, "district"), DISTRICT);
      check.text(fields.name, at(path, "name"));
      check.code(fields.new, at(path, "new"), COMMUNE, table.isNewCommune);
    });
  check.section(root.retired, "retired", COMMUNE, (item, path, code) => {
    const fields = check.object(item, path, ["name", "district", "province"]);
    if (!fields) return;
    if (code in table.communes)
      check.add(path, "mã này cũng có trong communes", "this code is also in communes");
    check.text(fields.name, at(path, "name"));
    check.code(fields.district, at(path, "district"), DISTRICT);
    check.code(fields.province, at(path, "province"), PROVINCE, table.isProvince);
  });
  return check.issues.length ? null : (root as unknown as CrosswalkDocument);
}

/** The sections of a table being checked, for the cross-references between them. */
class Sections {
  readonly provinces: Fields;
  readonly newProvinces: Fields;
  readonly communes: Fields;
  readonly newCommunes: Fields;

  constructor(root: Fields) {
    const section = (key: string) =>
      root[key] && typeof root[key] === "object" ? (root[key] as Fields) : {};
    this.provinces = section("provinces");
    this.newProvinces = section("newProvinces");
    this.communes = section("communes");
    this.newCommunes = section("newCommunes");
  }

  isProvince = (code: string) => code in this.provinces;
  isNewProvince = (code: string) => code in this.newProvinces;
  isNewCommune = (code: string) => code in this.newCommunes;
}

function checkProvinces(root: Fields, table: Sections, check: Checker): void {
  check.section(root.newProvinces, "newProvinces", PROVINCE, (item, path) => {
    const fields = check.object(item, path, ["name"]);
    if (fields) check.text(fields.name, at(path, "name"));
  });
  // District counts let a subset table say which provinces it lacks districts of.
  const required = root.districts !== undefined ? ["name", "new", "districts"] : ["name", "new"];
  const fed = new Set<unknown>();
  check.section(root.provinces, "provinces", PROVINCE, (item, path) => {
    const fields = check.object(item, path, required, ["districts"]);
    if (!fields) return;
    check.text(fields.name, at(path, "name"));
    check.code(fields.new, at(path, "new"), PROVINCE, table.isNewProvince);
    fed.add(fields.new);
    const count = fields.districts;
    if (count !== undefined && !(Number.isInteger(count) && (count as number) >= 1))
      check.add(at(path, "districts"), "cần một số nguyên ≥ 1", "expected a whole number ≥ 1");
  });
  for (const code of Object.keys(table.newProvinces))
    if (!fed.has(code))
      check.add(
        at("newProvinces", code),
        "không tỉnh cũ nào nhập vào tỉnh này",
        "no old province went into this province",
      );
}

function checkDistricts(districts: unknown, table: Sections, check: Checker): void {
  const counted = new Map<unknown, number>();
  check.section(districts, "districts", DISTRICT, (item, path) => {
    const fields = check.object(item, path, ["name", "province", "new", "within"], ["unresolved"]);
    if (!fields) return;
    check.text(fields.name, at(path, "name"));
    check.code(fields.province, at(path, "province"), PROVINCE, table.isProvince);
    counted.set(fields.province, (counted.get(fields.province) ?? 0) + 1);
    const covering = check.codes(fields.new, at(path, "new"), COMMUNE, table.isNewCommune);
    if (fields.new !== undefined && !covering.length)
      check.add(at(path, "new"), "cần ít nhất một xã mới", "expected at least one new commune");
    check.codes(fields.within, at(path, "within"), COMMUNE).forEach((code, i) => {
      if (!covering.includes(code))
        check.add(
          `${at(path, "within")}[${i}]`,
          `xã "${code}" không có trong new`,
          `commune "${code}" is not in new`,
        );
    });
    check.codes(fields.unresolved, at(path, "unresolved"), COMMUNE);
  });
  for (const [code, count] of counted) {
    const declared = (table.provinces[String(code)] as Fields | undefined)?.districts;
    if (typeof declared === "number" && count > declared)
      check.add(
        at(at("provinces", String(code)), "districts"),
        `bảng liệt kê ${count} huyện, nhiều hơn ${declared}`,
        `the table lists ${count} districts, more than ${declared}`,
      );
  }
}

function checkCommune(
  item: unknown,
  path: string,
  code: string,
  table: Sections,
  check: Checker,
): void {
  const fields = check.object(item, path, ["name", "district", "province", "new"]);
  if (!fields) return;
  check.text(fields.name, at(path, "name"));
  check.code(fields.district, at(path, "district"), DISTRICT);
  check.code(fields.province, at(path, "province"), PROVINCE, table.isProvince);
  const links = fields.new === undefined ? null : check.record(fields.new, at(path, "new"));
  if (!links) return;
  const targets = Object.keys(links);
  if (!targets.length)
    check.add(at(path, "new"), "cần ít nhất một xã mới", "expected at least one new commune");
  for (const [target, share] of Object.entries(links)) {
    const linkPath = at(at(path, "new"), target);
    check.code(target, linkPath, COMMUNE, table.isNewCommune);
    if (share !== "whole" && share !== "part")
      check.add(linkPath, 'cần "whole" hoặc "part"', 'expected "whole" or "part"');
    else if (share === "whole" && targets.length > 1)
      check.add(
        linkPath,
        '"whole" phải là liên kết duy nhất của xã cũ',
        '"whole" must be the old commune\'s only link',
      );
    const old = (table.newCommunes[target] as Fields | undefined)?.old;
    if (Array.isArray(old) && !old.includes(code))
      check.add(
        linkPath,
        `newCommunes["${target}"].old không nêu xã này`,
        `newCommunes["${target}"].old does not list this commune`,
      );
  }
}
