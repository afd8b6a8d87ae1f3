/**
 * The public types of a conversion: what to convert to, and the report of what was done.
 */
import type { BilingualText } from "../parse.js";
import type { Indicator, IndicatorFeed, IndicatorKind } from "../schema.js";

/** An indicator with observations: what can be added up (a status indicator has subsystems). */
export type CountIndicator = Exclude<Indicator, { kind: "status" }>;

/** A level the crosswalk links. */
export type CrosswalkLevel = "province" | "district" | "commune";

/** What `convertFeed` converts to. */
export interface ConversionTarget {
  /** Vintage of the result: the table's `to` (`"2025"`) or `from` (`"2023"`). */
  vintage: string;
  /** Level of the result's units. */
  level: CrosswalkLevel;
  /**
   * Level of the feed's figures that are added up. Defaults to `province` for 2025 provinces and
   * to `commune` otherwise; `district` adds up 2023 districts into 2025 provinces.
   */
  from?: CrosswalkLevel;
}

/** Why a unit was refused, a figure dropped, or a caution given. */
export type ReasonCode =
  // A target unit is refused ("không quy đổi được") because…
  /** …a source unit was split (or lies partly in it) and the table gives no shares. */
  | "split-source"
  /** …a source unit has no observation in the feed. */
  | "missing-source"
  /** …a source unit is reported as `noData`. */
  | "no-data-source"
  /** …a source unit is marked `notApplicable` (which is not zero). */
  | "not-applicable-source"
  /** …a source unit has only a printed rate, no counts to add. */
  | "rate-only-source"
  /** …a source unit lacks one of the counts (numerator or denominator, done or total). */
  | "incomplete-counts"
  /** …the table lacks what the unit needs (a subset table). */
  | "table-incomplete"
  /** …part of it came from an area without a commune code. */
  | "area-without-commune"
  /** …the feed has a retired commune code that may have gone into it. */
  | "unplaced-retired-source"
  // An observation of the feed is dropped because…
  /** …it is at another level than the one converted (e.g. the publisher's own province total). */
  | "other-level"
  /** …it names a 3-digit district code in a 2025 feed. */
  | "district-in-2025"
  /** …its unit is not in the table. */
  | "unknown-unit"
  /** …its commune code was retired before 2025 and the table gives no successor. */
  | "retired-unit"
  /** …an earlier observation has the same unit and service. */
  | "duplicate-observation"
  // Nothing is converted because…
  | "same-vintage"
  | "unknown-vintage"
  | "unsupported-direction"
  | "table-lacks-section"
  // A converted figure comes with a caution:
  /** Some sources had a zero denominator (no dossiers); they count as 0. */
  | "zero-denominator-source"
  /** The sum's denominator is 0: the figure has no rate. */
  | "zero-denominator"
  /** The table could not follow some communes retired before 2025 in this district. */
  | "unverified-coverage";

/** A reason with the units it concerns (codes) and its text. */
export interface Reason {
  code: ReasonCode;
  units: string[];
  message: BilingualText;
}

/** One source unit's contribution to a converted figure. */
export interface SourceFigure {
  unit: string;
  name: string;
  /** JSON path of its observation in the source feed, e.g. `indicators[1].observations[3]`. */
  path: string;
  /** Its counts: `numerator`/`denominator`, `done`/`total`, or `stages.<id>` for a funnel. */
  figures: Record<string, number>;
}

/** A target unit that got a figure. */
export interface ConvertedUnit {
  unit: string;
  name: string;
  /** Service id, or null for the all-services figure. */
  service: string | null;
  /** `copied`: the same area under a new code, carried whole (printed rate included). */
  method: "copied" | "summed";
  sources: SourceFigure[];
  /** The result's counts, the sums of the sources'. */
  figures: Record<string, number>;
  /** Rate recomputed from the sums, in percent; null for a funnel or a zero denominator. */
  rate: number | null;
  /** Fields of the sources that are not carried into the result, and why. */
  notCarried: { field: string; message: BilingualText }[];
  cautions: Reason[];
}

/** A target unit that cannot be converted: "không quy đổi được", with every reason. */
export interface RefusedUnit {
  unit: string;
  name: string;
  service: string | null;
  reasons: Reason[];
}

/** An observation of the source feed that went into no target. */
export interface DroppedObservation {
  path: string;
  unit: string;
  service: string | null;
  reason: Reason;
}

export interface IndicatorConversion {
  indicator: string;
  kind: IndicatorKind;
  converted: ConvertedUnit[];
  refused: RefusedUnit[];
  dropped: DroppedObservation[];
}

export interface ConversionReport {
  from: { vintage: string; level: CrosswalkLevel };
  to: { vintage: string; level: CrosswalkLevel };
  /** Set when nothing could be converted (direction, vintage or table); null otherwise. */
  unsupported: Reason | null;
  /** One entry per ratio, funnel and progress indicator (status panels are carried unchanged). */
  indicators: IndicatorConversion[];
}

export interface FeedConversion {
  /** A valid feed in the target vintage: observations of the target units only. */
  feed: IndicatorFeed;
  report: ConversionReport;
}
