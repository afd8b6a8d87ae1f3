/**
 * Consistency warnings as data: what rule, how serious, where (a JSON path for people) and about
 * which feed object (a reference, for code). Figures find their own warnings by the object they
 * show — `warningsAbout(warnings, observation)` — never by rebuilding path strings.
 */
import type { BilingualText } from "./parse.js";
import type {
  FunnelObservation,
  FunnelStageValue,
  Indicator,
  IndicatorFeed,
  ProgressObservation,
  RatioObservation,
  Subsystem,
  Observation,
} from "./schema.js";

/** The rules between figures the feed relates (format 1.2), and between figures and targets (relations.ts). */
export type RelationCode =
  | "duplicate-id"
  | "unknown-reference"
  | "same-fact-mismatch"
  | "parts-total-mismatch"
  | "remainder-mismatch"
  | "change-mismatch"
  | "stage-target-grows"
  | "rate-not-applicable"
  | "over-target"
  | "printed-mismatch"
  | "printed-form"
  | "printed-unreadable"
  | "source-blank";

export type WarningCode =
  | "rate-mismatch"
  | "part-exceeds-total"
  | "parts-sum-mismatch"
  | "zero-denominator"
  | "funnel-growth"
  | "date-in-future"
  | "date-outside-period"
  | "unknown-unit"
  | "district-code-after-reform"
  | "unknown-service"
  | "duplicate-observation"
  | RelationCode;

/**
 * How much a warning matters to someone reading the figure. Widgets still show every figure,
 * computed from the counts; the severity says how far to trust it.
 *
 * | severity  | meaning                                                  | codes                                                                                                                |
 * | --------- | -------------------------------------------------------- | -------------------------------------------------------------------------------------------------------------------- |
 * | `error`   | the published figures cannot all be true                 | `part-exceeds-total` (a part larger than its whole), `duplicate-observation` (which of two figures is meant?), and the relations of format 1.2: `same-fact-mismatch` (one fact, two figures), `parts-total-mismatch`, `remainder-mismatch`, `change-mismatch`, `duplicate-id` |
 * | `warning` | the report contradicts itself; the counts are shown      | `unknown-reference` (a relation names no figure), `stage-target-grows`, `rate-not-applicable`, `same-fact-mismatch` when only the dates differ, `rate-mismatch`, `parts-sum-mismatch`, `funnel-growth`, `date-in-future`, `unknown-unit`, `district-code-after-reform`, `unknown-service`, and `zero-denominator` when a rate is printed for 0 dossiers ("0/0 … đạt 100 %") |
 * | `info`    | worth knowing, not a contradiction                       | `zero-denominator` with no printed rate (shown as "no dossiers"), `date-outside-period` (counted up to another day), `over-target` (a stage above its target) |
 */
export type WarningSeverity = "error" | "warning" | "info";

/** Feed objects a warning can be about. */
export type WarningSubject =
  | RatioObservation
  | ProgressObservation
  | FunnelObservation
  | FunnelStageValue
  | Subsystem
  | NonNullable<IndicatorFeed["source"]>;

export interface ConsistencyWarning {
  code: WarningCode;
  severity: WarningSeverity;
  /** JSON path of the figure, for people: `indicators[0].observations[3].statedRate`. */
  path: string;
  message: BilingualText;
  /** The indicator the figure belongs to; `null` for the feed's `source`. */
  indicator: Indicator | null;
  /** The object that holds the figure, by identity: an observation, a funnel stage's value, a subsystem or the feed's source. */
  subject: WarningSubject;
  /** The observation `subject` belongs to (`subject` itself for an observation); `null` for a subsystem. */
  observation: Observation | null;
}

/** Warnings grouped by subject and by observation, built once per warning list. */
const indexes = new WeakMap<
  readonly ConsistencyWarning[],
  { bySubject: Map<object, ConsistencyWarning[]>; byObservation: Map<object, ConsistencyWarning[]> }
>();

function indexOf(warnings: readonly ConsistencyWarning[]) {
  let index = indexes.get(warnings);
  if (!index) {
    index = { bySubject: new Map(), byObservation: new Map() };
    const add = (
      map: Map<object, ConsistencyWarning[]>,
      key: object,
      warning: ConsistencyWarning,
    ) => {
      const list = map.get(key);
      if (list) list.push(warning);
      else map.set(key, [warning]);
    };
    // Most serious first, so every figure's own list comes in the order a reader should meet it.
    for (const warning of bySeverity(warnings)) {
      add(index.bySubject, warning.subject, warning);
      if (warning.observation) add(index.byObservation, warning.observation, warning);
    }
    indexes.set(warnings, index);
  }
  return index;
}

const NONE: readonly ConsistencyWarning[] = Object.freeze([]);

/**
 * The warnings about one feed object — an observation, a funnel stage's value, a subsystem — most
 * serious first, in document order within a severity. A lookup in an index built on the first call per list, so a map of 10 600
 * communes asks 10 600 times for the cost of one pass.
 */
export function warningsAbout(
  warnings: readonly ConsistencyWarning[],
  subject: object,
): readonly ConsistencyWarning[] {
  return indexOf(warnings).bySubject.get(subject) ?? NONE;
}

/** Every warning about an observation or anything inside it (its funnel stages), most serious first. */
export function warningsWithin(
  warnings: readonly ConsistencyWarning[],
  observation: object,
): readonly ConsistencyWarning[] {
  return indexOf(warnings).byObservation.get(observation) ?? NONE;
}

const RANK: Record<WarningSeverity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Warnings most serious first (errors, warnings, then information), in document order within a
 * severity: the order a reader should meet them in a widget's detail.
 */
export function bySeverity(warnings: readonly ConsistencyWarning[]): readonly ConsistencyWarning[] {
  // Array sort is stable: document order stays within a severity. Most figures have no warning
  // (a 10 000-commune map asks 10 000 times), so no copy is made of an empty list or of one.
  return warnings.length > 1
    ? [...warnings].sort((a, b) => RANK[a.severity] - RANK[b.severity])
    : warnings;
}
