/**
 * The figures the relation rules compare, read the same way on every kind of observation, and
 * the list their warnings go to.
 */
import { formatCount, formatPercent } from "../format.js";
import type { Locale } from "../format.js";
import { childPath } from "../parse.js";
import { printedDecimals, rateOf } from "../figures/rate.js";
import type {
  FunnelObservation,
  FunnelStageValue,
  Indicator,
  IndicatorFeed,
  ProgressObservation,
  RatioObservation,
  Observation,
} from "../schema.js";
import type {
  ConsistencyWarning,
  RelationCode,
  WarningCode,
  WarningSeverity,
  WarningSubject,
} from "../warnings.js";
import { WORDS } from "./words.js";
import type { Field, Words } from "./words.js";

export type { Field } from "./words.js";

export type Figure = RatioObservation | ProgressObservation | FunnelStageValue;

/** A figure that can take part in a relation, with where it sits. */
export interface Located {
  figure: Figure;
  path: string;
  indicator: Indicator;
  observation: Observation;
  /** The whole a remainder counts out of: a progress total, a stage's target or the quota. */
  whole: number | null | undefined;
}

/** The counts two statements of one fact must share (a rate is compared with its precision). */
export const COUNTS: readonly Field[] = ["numerator", "denominator", "done", "total", "value"];

export function read(figure: Figure, field: Field): number | null {
  const any = figure as Partial<Record<string, unknown>> & Partial<RatioObservation>;
  let value: unknown;
  if (field === "rate")
    value =
      rateOf(any.numerator, any.denominator) ??
      rateOf((figure as ProgressObservation).done, (figure as ProgressObservation).total) ??
      figure.statedRate;
  else if (field === "change.value") value = figure.change?.value;
  else if (field.startsWith("detail."))
    value = (any.detail as Record<string, unknown> | undefined)?.[field.slice(7)];
  else value = any[field];
  return typeof value === "number" ? value : null;
}

/** Counts may be fractional (progress amounts): equal up to floating-point noise. */
export const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

const SEVERITY: Record<RelationCode, WarningSeverity> = {
  "duplicate-id": "error",
  "unknown-reference": "warning",
  "same-fact-mismatch": "error",
  "parts-total-mismatch": "error",
  "remainder-mismatch": "error",
  "change-mismatch": "error",
  "stage-target-grows": "warning",
  "rate-not-applicable": "warning",
  // Over target is news, not a contradiction (Nghệ An collected 103,2 % of its quota).
  "over-target": "info",
  // What the report printed against what the feed says: a transcription error.
  "printed-mismatch": "error",
  "printed-form": "warning",
  "printed-unreadable": "warning",
  "source-blank": "warning",
};

/** Decimals to show: as printed, at most three (a computed figure has many). */
export const decimalsOf = (value: number, least = 0) =>
  Math.min(3, Math.max(least, printedDecimals(value)));

/** Formats a figure of `field` for `locale`: rates as percentages, counts with their decimals. */
export function show(field: Field, value: number, locale: Locale): string {
  if (field === "rate") return formatPercent(value, locale, decimalsOf(value));
  return formatCount(value, locale, decimalsOf(value));
}

export class Relations {
  readonly warnings: ConsistencyWarning[] = [];
  readonly byId = new Map<string, Located>();

  add(
    code: RelationCode,
    at: Located,
    path: string,
    say: (words: Words, locale: Locale) => string,
    severity = SEVERITY[code],
  ): void {
    this.push(code, severity, path, say, at.indicator, at.figure, at.observation);
  }

  push(
    code: WarningCode,
    severity: WarningSeverity,
    path: string,
    say: (words: Words, locale: Locale) => string,
    indicator: Indicator | null,
    subject: WarningSubject,
    observation: Observation | null,
  ): void {
    const message = { vi: say(WORDS.vi, "vi"), en: say(WORDS.en, "en") };
    this.warnings.push({ code, severity, path, message, indicator, subject, observation });
  }

  /** The figure an id names, or a warning at `path` when none does. */
  resolve(id: string, from: Located, path: string): Located | null {
    const found = this.byId.get(id);
    if (!found) this.add("unknown-reference", from, path, (w) => w.unknownReference(id));
    return found ?? null;
  }
}

/** Every figure of the feed that may take part in a relation, in document order. */
export function* figuresOf(feed: IndicatorFeed): Generator<Located> {
  for (const [i, indicator] of feed.indicators.entries()) {
    if (indicator.kind === "status") continue;
    for (const [o, observation] of indicator.observations.entries()) {
      const path = `indicators[${i}].observations[${o}]`;
      if (indicator.kind !== "funnel") {
        const whole = (observation as ProgressObservation).total;
        yield { figure: observation, path, indicator, observation, whole };
        continue;
      }
      const funnel = observation as FunnelObservation;
      for (const [stage, value] of Object.entries(funnel.stages))
        yield {
          figure: value,
          path: childPath(`${path}.stages`, stage),
          indicator,
          observation,
          whole: value.target ?? funnel.quota,
        };
    }
  }
}
