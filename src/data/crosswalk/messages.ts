/**
 * The crosswalk's texts, Vietnamese and English. Every reason names the units it is about as
 * "Tỉnh Bắc Ninh (27)", so a reader can find them in the report or the table.
 */
import type { BilingualText } from "../parse.js";
import type { AdminLevel } from "../schema.js";

/** A unit as a reason names it. */
export interface NamedUnit {
  code: string;
  name: string;
}

/** Long lists (a 2025 province fed by 30 districts) stop after this many names. */
const LISTED = 8;

export const label = (unit: NamedUnit): string =>
  unit.name === unit.code ? unit.code : `${unit.name} (${unit.code})`;

/** An item of a list: the same in both languages, or not. */
export type Item = string | BilingualText;

/**
 * `A (1), B (2) và 3 đơn vị khác` / `A (1), B (2) and 3 more`. Items that contain commas
 * themselves (`Xã Cổ Bi (00553) → 00136, 00541`) are separated by `; `.
 */
export function list(items: Item[], separator = ", "): BilingualText {
  const shown = (locale: "vi" | "en") =>
    items
      .slice(0, LISTED)
      .map((item) => (typeof item === "string" ? item : item[locale]))
      .join(separator);
  const rest = items.length - LISTED;
  if (rest <= 0) return { vi: shown("vi"), en: shown("en") };
  return { vi: `${shown("vi")} và ${rest} đơn vị khác`, en: `${shown("en")} and ${rest} more` };
}

const both = (vi: string, en: string): BilingualText => ({ vi, en });

/** `prefix: items` in both languages, with the list shortened. */
function listed(vi: string, en: string, items: Item[], separator?: string): BilingualText {
  const names = list(items, separator);
  return both(`${vi}: ${names.vi}`, `${en}: ${names.en}`);
}

export const LEVEL_NAME: Record<AdminLevel, BilingualText> = {
  country: both("cả nước", "country"),
  province: both("tỉnh", "province"),
  district: both("huyện", "district"),
  commune: both("xã", "commune"),
};

export const text = {
  split: (items: Item[]) =>
    listed(
      "đơn vị cũ bị chia cho nhiều đơn vị mới, bảng chuyển đổi không cho tỷ lệ phân chia",
      "a former unit was split among several new units and the table gives no shares",
      items,
      "; ",
    ),
  partlyWithin: (items: Item[]) =>
    listed(
      "xã mới chỉ nằm một phần trong đơn vị này, bảng chuyển đổi không cho tỷ lệ phân chia",
      "a new commune lies only partly in this unit and the table gives no shares",
      items,
      "; ",
    ),
  /** `Xã Cổ Bi (00553) → 00136, 00541, 00565` */
  splitInto: (unit: NamedUnit, others: string[]) => `${label(unit)} → ${others.join(", ")}`,
  /** `Phường Tân An (07682), phần còn lại thuộc 213` */
  restIn: (unit: NamedUnit, others: string[]) =>
    both(
      `${label(unit)}, phần còn lại thuộc ${others.join(", ")}`,
      `${label(unit)}, the rest is in ${others.join(", ")}`,
    ),
  missing: (items: Item[]) => listed("thiếu số liệu của", "no figures for", items),
  /** A whole old province missing: `Tỉnh Bắc Ninh (27) (cả 8 huyện)`. */
  wholeGroup: (group: NamedUnit, size: number) =>
    both(`${label(group)} (cả ${size} huyện)`, `${label(group)} (all ${size} districts)`),
  noData: (items: Item[]) =>
    listed("báo cáo ghi không có số liệu ở", "reported as no data in", items),
  notApplicable: (items: Item[]) =>
    listed(
      "không áp dụng ở cấp này (không phải số 0) tại",
      "marked not applicable at this tier (not zero) in",
      items,
    ),
  rateOnly: (items: Item[]) =>
    listed(
      "chỉ có tỷ lệ, không có số lượng để cộng ở",
      "only a printed rate, no counts to add, in",
      items,
    ),
  incompleteRatio: (items: Item[]) =>
    listed("thiếu tử số hoặc mẫu số ở", "numerator or denominator missing in", items),
  incompleteProgress: (items: Item[]) =>
    listed("thiếu số đã thực hiện hoặc tổng số ở", "done or total missing in", items),
  incompleteFunnel: (items: Item[]) =>
    listed(
      "không bước nào của phễu có số liệu ở mọi đơn vị",
      "no funnel stage has a value in every unit",
      items,
    ),
  tableLacksDistricts: (province: NamedUnit, listedCount: number, count: number) =>
    both(
      `bảng chuyển đổi chỉ có ${listedCount}/${count} huyện của ${label(province)}`,
      `the crosswalk table lists ${listedCount} of the ${count} districts of ${label(province)}`,
    ),
  tableLacksCommunes: (codes: string[]) =>
    listed(
      "bảng chuyển đổi thiếu các xã cũ đã nhập vào đơn vị này",
      "the crosswalk table lacks old communes that went into this unit",
      codes,
    ),
  areaWithoutCommune: (items: Item[]) =>
    listed(
      "một phần đến từ khu vực không có mã xã, số liệu cấp xã không bao gồm",
      "part of it came from an area without a commune code, which commune figures do not cover",
      items,
    ),
  unplacedRetired: (items: Item[]) =>
    listed(
      "nguồn có số liệu của xã đã giải thể trước 2025, có thể đã nhập vào đơn vị này (bảng không cho biết đơn vị kế thừa)",
      "the feed has figures for a commune retired before 2025 that may have gone into this unit (the table gives no successor)",
      items,
    ),

  otherLevel: (level: AdminLevel, from: AdminLevel) =>
    both(
      `số liệu cấp ${LEVEL_NAME[level].vi} không dùng: lần quy đổi này cộng số liệu cấp ${LEVEL_NAME[from].vi}`,
      `a ${LEVEL_NAME[level].en} figure is not used: this conversion adds up ${LEVEL_NAME[from].en} figures`,
    ),
  districtIn2025: (code: string, vintage: string) =>
    both(
      `mã huyện "${code}" không có trong danh mục ${vintage}: từ 1/7/2025 không còn cấp huyện`,
      `district code "${code}" does not exist in the ${vintage} list: there are no districts since 1 July 2025`,
    ),
  unknownUnit: (code: string) =>
    both(
      `mã "${code}" không có trong bảng chuyển đổi`,
      `code "${code}" is not in the crosswalk table`,
    ),
  retiredUnit: (unit: NamedUnit) =>
    both(
      `xã ${label(unit)} đã giải thể trước 2025; bảng không cho biết đơn vị kế thừa`,
      `commune ${label(unit)} was retired before 2025; the table does not give its successor`,
    ),
  duplicate: () =>
    both(
      "trùng đơn vị và dịch vụ với một số liệu trước; chỉ dùng số liệu đầu tiên",
      "same unit and service as an earlier figure; only the first one is used",
    ),

  sameVintage: (vintage: string) =>
    both(`nguồn dữ liệu đã thuộc danh mục ${vintage}`, `the feed already uses the ${vintage} list`),
  unknownVintage: (vintage: string, from: string, to: string) =>
    both(
      `bảng chuyển đổi chỉ nối danh mục ${from} và ${to}, không có ${vintage}`,
      `the crosswalk table links the ${from} and ${to} lists, not ${vintage}`,
    ),
  unsupportedDirection: (
    from: { vintage: string; level: AdminLevel },
    to: { vintage: string; level: AdminLevel },
  ) =>
    both(
      `không quy đổi được từ cấp ${LEVEL_NAME[from.level].vi} (${from.vintage}) sang cấp ${LEVEL_NAME[to.level].vi} (${to.vintage}): bảng chỉ cho cộng tỉnh 2023 → tỉnh 2025, huyện 2023 → tỉnh 2025, xã cũ → xã 2025 và xã 2025 → huyện 2023; chiều ngược lại phải chia số liệu mà bảng không cho tỷ lệ`,
      `cannot convert from ${from.vintage} ${LEVEL_NAME[from.level].en} level to ${to.vintage} ${LEVEL_NAME[to.level].en} level: the table only supports adding up 2023 provinces → 2025 provinces, 2023 districts → 2025 provinces, former communes → 2025 communes and 2025 communes → 2023 districts; the other directions would divide figures the table gives no shares for`,
    ),
  tableLacksSection: (section: string) =>
    both(
      `bảng chuyển đổi không có phần "${section}" cần cho chiều quy đổi này`,
      `the crosswalk table has no "${section}" section, which this direction needs`,
    ),

  zeroSources: (items: Item[]) =>
    listed(
      "gồm đơn vị có mẫu số bằng 0 (không có hồ sơ), cộng như 0",
      "includes units with a zero denominator (no dossiers), added as 0",
      items,
    ),
  zeroSum: () =>
    both(
      "tổng mẫu số bằng 0: không có hồ sơ, không tính tỷ lệ",
      "the summed denominator is 0: no dossiers, no rate",
    ),
  unverifiedCoverage: (items: Item[]) =>
    listed(
      "xã năm 2023 đã giải thể trước 2025 chưa được đối chiếu (thường nằm trong một xã mới của huyện)",
      "2023 communes retired before 2025 are not followed (usually inside a new commune of the district)",
      items,
    ),

  notCarriedRate: () =>
    both(
      "tỷ lệ in trong báo cáo thuộc về từng đơn vị nguồn; tỷ lệ mới tính từ tổng",
      "printed rates belonged to the source units; the rate is computed from the sums",
    ),
  notCarriedEverywhere: () =>
    both("không có ở mọi đơn vị nguồn", "not given for every source unit"),
  notCarriedDiffers: () =>
    both("khác nhau giữa các đơn vị nguồn", "differs between the source units"),

  summedNote: (count: number, vintage: string, items: Item[]) =>
    listed(
      `Quy đổi: tổng của ${count} đơn vị (danh mục ${vintage})`,
      `Converted: sum of ${count} units (${vintage} list)`,
      items,
    ),
  refusedNote: (vintage: string, reasons: BilingualText[]) =>
    both(
      `Không quy đổi được sang danh mục ${vintage} — ${reasons.map((r) => r.vi).join("; ")}.`,
      `Cannot be converted to the ${vintage} list — ${reasons.map((r) => r.en).join("; ")}.`,
    ),
  indicatorNote: (
    from: { vintage: string; level: AdminLevel },
    to: { vintage: string; level: AdminLevel },
    attribution: string,
  ) =>
    both(
      `Số liệu quy đổi từ cấp ${LEVEL_NAME[from.level].vi} (danh mục ${from.vintage}) sang cấp ${LEVEL_NAME[to.level].vi} (danh mục ${to.vintage}) theo bảng chuyển đổi (${attribution}): cộng số đếm, tính lại tỷ lệ từ tổng; đơn vị không quy đổi được để trống, kèm lý do.`,
      `Figures converted from ${from.vintage} ${LEVEL_NAME[from.level].en} level to ${to.vintage} ${LEVEL_NAME[to.level].en} level with the crosswalk (${attribution}): counts added up, rates recomputed from the sums; units that cannot be converted have no figure, with the reason.`,
    ),
  originalNote: both(" — Ghi chú gốc: ", " — Original note: "),
};
