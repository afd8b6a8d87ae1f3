/**
 * chiso's crosswalk format ("chiso-crosswalk", version 1): which administrative units of the list
 * before the 1 July 2025 reform went into which units after it. A portal supplies its own copy of
 * the official table (Cục Thống kê, "Bảng chuyển đổi ĐVHC mới – cũ") in this shape;
 * `scripts/build-crosswalk.mjs` shows how to derive it. One JSON object:
 *
 * ```json
 * { "format": "chiso-crosswalk", "version": 1, "from": "2023", "to": "2025",
 *   "attribution": "Nguồn: Cục Thống kê (NSO), Bảng chuyển đổi đơn vị hành chính mới – cũ",
 *   "provinces":    { "27": { "name": "Tỉnh Bắc Ninh", "new": "24", "districts": 8 } },
 *   "newProvinces": { "24": { "name": "Tỉnh Bắc Ninh" } },
 *   "districts":    { "221": { "name": "Huyện Yên Dũng", "province": "24",
 *                              "new": ["07681", "07682", "07696"], "within": ["07681", "07682"] } },
 *   "communes":     { "00553": { "name": "Xã Cổ Bi", "district": "018", "province": "01",
 *                                "new": { "00136": "part", "00541": "part", "00565": "part" } } },
 *   "newCommunes":  { "00136": { "name": "Phường Phúc Lợi", "province": "01",
 *                                "old": ["00121", "00127", "00136", "00148", "00151", "00553"] } },
 *   "withoutCommune": [{ "district": "318", "name": "Huyện Bạch Long Vĩ", "new": "11948" }],
 *   "retired":      { "00538": { "name": "Xã Đình Xuyên", "district": "018", "province": "01" } } }
 * ```
 *
 * A table may be a subset (a few provinces): the sections say what they lack instead of letting
 * a sum come out short — `provinces[].districts` counts each old province's districts and
 * `newCommunes[].old` lists every old commune that went into a new one, whether or not the table
 * describes it.
 */
/** The format's name, the value of `format`. */
export const CROSSWALK_FORMAT = "chiso-crosswalk";

/** A pre-reform province (2023 list). Every one went wholly into one new province. */
export interface CrosswalkProvince {
  /** Name in the old list, e.g. `Tỉnh Bắc Ninh`. */
  name: string;
  /** Code of the 2025 province it went into, e.g. `24`. */
  new: string;
  /** How many 2023 districts it had; required when the table has a `districts` section. */
  districts?: number;
}

/** A 2023 district and the 2025 communes that cover it. */
export interface CrosswalkDistrict {
  name: string;
  /** Its 2023 province. */
  province: string;
  /** Every 2025 commune that received any part of the district. */
  new: string[];
  /** The subset of `new` lying wholly inside the district: their figures sum back exactly. */
  within: string[];
  /**
   * 2023 communes of the district whose code was retired before 2025 and not followed; their
   * area is normally inside a commune of `new`, but the source could not verify it.
   */
  unresolved?: string[];
}

/** How much of an old commune went into a new one: all of it, or a part (with no share given). */
export type CrosswalkShare = "whole" | "part";

/** A commune of the list in force just before the reform (June 2025). */
export interface CrosswalkCommune {
  name: string;
  /** Its district and province in that list. */
  district: string;
  province: string;
  /** New commune code → share. `whole` is the only link when present. */
  new: Record<string, CrosswalkShare>;
}

/** A 2025 commune. */
export interface CrosswalkNewCommune {
  name: string;
  /** Its 2025 province. */
  province: string;
  /** Every old commune that went into it, wholly or partly (also those the table leaves out). */
  old: string[];
}

/** An area that had no commune code (a district without communes) and went into a new commune. */
export interface CrosswalkAreaWithoutCommune {
  /** The 2023 district that managed it. */
  district: string;
  name: string;
  new: string;
}

/** A commune code retired by the 2023–2025 mergers, whose successor the table does not know. */
export interface CrosswalkRetiredCommune {
  name: string;
  /** Its district and province in the latest list that has it (2023 membership). */
  district: string;
  province: string;
}

/** The JSON document (see the module comment). */
export interface CrosswalkDocument {
  format: typeof CROSSWALK_FORMAT;
  version: 1;
  /** Vintage of the old codes, e.g. `2023`. */
  from: string;
  /** Vintage of the new codes, e.g. `2025`. */
  to: string;
  /** Credit line for the table's source; converted feeds repeat it in their notes. */
  attribution: string;
  note?: string;
  /** Every old province (the table is useless without them). */
  provinces: Record<string, CrosswalkProvince>;
  /** Every new province. */
  newProvinces: Record<string, { name: string }>;
  districts?: Record<string, CrosswalkDistrict>;
  communes?: Record<string, CrosswalkCommune>;
  /** Every new commune that `districts` or `communes` refers to. */
  newCommunes?: Record<string, CrosswalkNewCommune>;
  withoutCommune?: CrosswalkAreaWithoutCommune[];
  retired?: Record<string, CrosswalkRetiredCommune>;
}
