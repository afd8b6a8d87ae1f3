/**
 * The four directions a crosswalk table supports, each as the same small model: which target
 * units a source unit goes into, and for each target unit every source unit it is made of
 * ("contributors"), each either wholly inside it or only partly (a split, with no share).
 *
 * | from                | to             | table sections used                                     |
 * |---------------------|----------------|---------------------------------------------------------|
 * | 2023 provinces      | 2025 provinces | provinces (whole provinces were merged)                 |
 * | 2023 districts      | 2025 provinces | provinces (with district counts), districts             |
 * | pre-reform communes | 2025 communes  | communes, newCommunes (`old`), withoutCommune, retired  |
 * | 2025 communes       | 2023 districts | districts (`new`, `within`)                             |
 *
 * Any other direction would have to divide a figure among several units, which no table can do
 * without shares: 2025 provinces → 2023 provinces, 2025 communes → pre-reform communes, 2023
 * districts → 2025 communes.
 */
import type { AdminUnit } from "../schema.js";
import { label, text } from "./messages.js";
import type { Item, NamedUnit } from "./messages.js";
import type { Crosswalk } from "./table.js";
import type { CrosswalkLevel, Reason } from "./types.js";

/** A source unit of a target unit. */
export interface Contributor extends NamedUnit {
  /** True when all of it lies in the target; false for a part (the table gives no share). */
  whole: boolean;
  /** The other target units it (or the rest of it) went into. */
  elsewhere: string[];
  /** For a district, its old province: a province missing as a whole is named as such. */
  group?: NamedUnit & { size: number };
}

export interface TargetUnit extends NamedUnit {
  contributors: Contributor[];
  /** What the table alone says against converting it. */
  blockers: Reason[];
  /** What the table says to be careful about. */
  cautions: Reason[];
}

export interface Direction {
  from: { vintage: string; level: CrosswalkLevel };
  to: { vintage: string; level: CrosswalkLevel };
  /** Target codes a source code goes into; null when the table does not know the code. */
  targetsOf(code: string): string[] | null;
  target(code: string): TargetUnit;
  /** The commune a retired code stood for, when the code is retired. */
  retired(code: string): NamedUnit | null;
  /** Whether the area of a retired commune may have gone into this target. */
  mayHoldRetired(target: string, retired: string): boolean;
}

/** The direction for a request, or why there is none. */
export function directionFor(
  crosswalk: Crosswalk,
  feedVintage: string,
  target: { vintage: string; level: CrosswalkLevel; from?: CrosswalkLevel },
): Direction | Reason {
  const { from: oldVintage, to: newVintage } = crosswalk.document;
  const backwards = target.vintage === oldVintage;
  const fromLevel = sourceLevel(target);
  const reason = (code: Reason["code"], message: Reason["message"]): Reason => ({
    code,
    units: [],
    message,
  });
  if (target.vintage !== oldVintage && target.vintage !== newVintage)
    return reason("unknown-vintage", text.unknownVintage(target.vintage, oldVintage, newVintage));
  // Lists of one era share their codes (2023 and 2024 before the reform), as the choropleth says.
  if (isAfter(feedVintage, newVintage) === !backwards)
    return reason("same-vintage", text.sameVintage(feedVintage));
  const key = `${backwards ? "new" : "old"}:${fromLevel}>${target.level}`;
  const build = DIRECTIONS[key];
  if (!build)
    return reason(
      "unsupported-direction",
      text.unsupportedDirection(
        { vintage: feedVintage, level: fromLevel },
        { vintage: target.vintage, level: target.level },
      ),
    );
  const lacking = build.needs.find((section) => crosswalk.document[section] === undefined);
  if (lacking) return reason("table-lacks-section", text.tableLacksSection(lacking));
  return {
    from: { vintage: feedVintage, level: fromLevel },
    to: { vintage: target.vintage, level: target.level },
    ...build.make(crosswalk),
  };
}

/** The level of the figures that are added up: as asked, else the target's level or communes. */
export function sourceLevel(target: { level: CrosswalkLevel; from?: CrosswalkLevel }) {
  return target.from ?? (target.level === "province" ? "province" : "commune");
}

/** Whether a list's year is on or after the reform. */
export function isAfter(vintage: string, newVintage: string): boolean {
  return Number(vintage) >= Number(newVintage);
}

type Model = Omit<Direction, "from" | "to">;

const noRetired = { retired: () => null, mayHoldRetired: () => false };

const DIRECTIONS: Record<
  string,
  { needs: ("districts" | "communes" | "newCommunes")[]; make: (cw: Crosswalk) => Model }
> = {
  "old:province>province": { needs: [], make: provincesToProvinces },
  "old:district>province": { needs: ["districts"], make: districtsToProvinces },
  "old:commune>commune": { needs: ["communes", "newCommunes"], make: communesToCommunes },
  "new:commune>district": { needs: ["districts"], make: newCommunesToDistricts },
};

/** Memoises `target()`: a national conversion asks for each of 3 321 units once per service. */
function memo(make: (code: string) => TargetUnit): (code: string) => TargetUnit {
  const cache = new Map<string, TargetUnit>();
  return (code) => {
    let unit = cache.get(code);
    if (!unit) cache.set(code, (unit = make(code)));
    return unit;
  };
}

const named = (code: string, name: string | undefined): NamedUnit => ({ code, name: name ?? code });

function provincesToProvinces(cw: Crosswalk): Model {
  const { provinces, newProvinces } = cw.document;
  return {
    ...noRetired,
    targetsOf: (code) => (provinces[code] ? [provinces[code].new] : null),
    target: memo((code) => ({
      ...named(code, newProvinces[code]?.name),
      contributors: (cw.oldProvincesOf.get(code) ?? []).map((old) => ({
        ...named(old, provinces[old]?.name),
        whole: true,
        elsewhere: [],
      })),
      blockers: [],
      cautions: [],
    })),
  };
}

function districtsToProvinces(cw: Crosswalk): Model {
  const { provinces, newProvinces } = cw.document;
  const districts = cw.document.districts ?? {};
  return {
    ...noRetired,
    targetsOf: (code) => {
      const district = districts[code];
      return district ? [provinces[district.province].new] : null;
    },
    target: memo((code) => {
      const contributors: Contributor[] = [];
      const blockers: Reason[] = [];
      for (const old of cw.oldProvincesOf.get(code) ?? []) {
        const listed = cw.districtsOf.get(old) ?? [];
        const count = provinces[old].districts ?? 0;
        const group = { ...named(old, provinces[old].name), size: listed.length };
        if (listed.length !== count)
          blockers.push({
            code: "table-incomplete",
            units: [old],
            message: text.tableLacksDistricts(group, listed.length, count),
          });
        for (const district of listed)
          contributors.push({
            ...named(district, districts[district].name),
            whole: true,
            elsewhere: [],
            group,
          });
      }
      return { ...named(code, newProvinces[code]?.name), contributors, blockers, cautions: [] };
    }),
  };
}

function communesToCommunes(cw: Crosswalk): Model {
  const communes = cw.document.communes ?? {};
  const newCommunes = cw.document.newCommunes ?? {};
  const retired = cw.document.retired ?? {};
  const districts = cw.document.districts ?? {};
  return {
    targetsOf: (code) => (communes[code] ? Object.keys(communes[code].new) : null),
    target: memo((code) => {
      const commune = newCommunes[code];
      const known = commune?.old.filter((old) => communes[old]) ?? [];
      const unknown = commune?.old.filter((old) => !communes[old]) ?? [];
      const blockers: Reason[] = [];
      if (unknown.length)
        blockers.push({
          code: "table-incomplete",
          units: unknown,
          message: text.tableLacksCommunes(unknown),
        });
      const areas = cw.areasWithoutCommuneOf.get(code) ?? [];
      if (areas.length)
        blockers.push({
          code: "area-without-commune",
          units: areas.map((area) => area.district),
          message: text.areaWithoutCommune(
            areas.map((area) => label(named(area.district, area.name))),
          ),
        });
      return {
        ...named(code, commune?.name),
        contributors: known.map((old) => ({
          ...named(old, communes[old].name),
          whole: communes[old].new[code] === "whole",
          elsewhere: Object.keys(communes[old].new).filter((other) => other !== code),
        })),
        blockers,
        cautions: [],
      };
    }),
    retired: (code) => (retired[code] ? named(code, retired[code].name) : null),
    // The successor is unknown. It lies in the retired commune's 2023 district: in one of the
    // district's 2025 communes when the table has the district, else anywhere in its province.
    mayHoldRetired: (target, code) => {
      const { district, province } = retired[code];
      const covering = districts[district]?.new;
      if (covering) return covering.includes(target);
      return newCommunes[target]?.province === cw.document.provinces[province]?.new;
    },
  };
}

function newCommunesToDistricts(cw: Crosswalk): Model {
  const districts = cw.document.districts ?? {};
  const newCommunes = cw.document.newCommunes ?? {};
  return {
    ...noRetired,
    targetsOf: (code) => cw.districtsOfNewCommune.get(code) ?? null,
    target: memo((code) => {
      const district = districts[code];
      const unresolved = district?.unresolved ?? [];
      return {
        ...named(code, district?.name),
        contributors: (district?.new ?? []).map((commune) => ({
          ...named(commune, newCommunes[commune]?.name),
          whole: district.within.includes(commune),
          elsewhere: (cw.districtsOfNewCommune.get(commune) ?? []).filter(
            (other) => other !== code,
          ),
        })),
        blockers: [],
        cautions: unresolved.length
          ? [
              {
                code: "unverified-coverage",
                units: unresolved,
                message: text.unverifiedCoverage(unresolved),
              },
            ]
          : [],
      };
    }),
  };
}

/** A target's split sources, as its reason lists them. */
export function splitReason(
  direction: Direction,
  target: TargetUnit,
  parts: Contributor[],
): Reason {
  const backwards = direction.to.level === "district";
  const items: Item[] = parts.map((part) =>
    backwards
      ? text.restIn(part, part.elsewhere)
      : text.splitInto(part, [target.code, ...part.elsewhere].sort()),
  );
  return {
    code: "split-source",
    units: parts.map((part) => part.code),
    message: backwards ? text.partlyWithin(items) : text.split(items),
  };
}

/**
 * The result's unit with this code, for the feed's `units`: a target or the parent of one, with
 * its name from the table.
 */
export function resultUnit(cw: Crosswalk, after: boolean, code: string): AdminUnit | null {
  const { provinces, newProvinces, districts, newCommunes } = cw.document;
  if (code.length === 2) {
    const name = after ? newProvinces[code]?.name : provinces[code]?.name;
    return name ? { code, name, level: "province", parent: "VN" } : null;
  }
  const district = !after && code.length === 3 ? districts?.[code] : undefined;
  if (district) return { code, name: district.name, level: "district", parent: district.province };
  const commune = after && code.length === 5 ? newCommunes?.[code] : undefined;
  if (commune) return { code, name: commune.name, level: "commune", parent: commune.province };
  return null;
}

/**
 * The unit of the result's list that contains the publisher's unit (the default of observations
 * without `unit`): its new province or commune going forwards; going back, the old province or
 * district when there is exactly one, else the country.
 */
export function publisherUnit(cw: Crosswalk, after: boolean, code: string): string {
  const { provinces, districts, communes, newCommunes } = cw.document;
  if (after) {
    if (code.length === 2) return provinces[code]?.new ?? "VN";
    if (code.length === 3) return provinces[districts?.[code]?.province ?? ""]?.new ?? "VN";
    const commune = communes?.[code];
    if (!commune) return "VN";
    const links = Object.entries(commune.new);
    return links[0][1] === "whole" ? links[0][0] : (provinces[commune.province]?.new ?? "VN");
  }
  if (code.length === 2) {
    const olds = cw.oldProvincesOf.get(code) ?? [];
    return olds.length === 1 ? olds[0] : "VN";
  }
  const within = (cw.districtsOfNewCommune.get(code) ?? []).filter((d) =>
    districts?.[d].within.includes(code),
  );
  if (within.length === 1) return within[0];
  const province = newCommunes?.[code]?.province;
  const olds = province ? (cw.oldProvincesOf.get(province) ?? []) : [];
  return olds.length === 1 ? olds[0] : "VN";
}
