/**
 * Funnel figures: an observation → per stage its value, its percentage of a chosen basis, the
 * conversion and drop-off from the stage before, the split by level and the target; and the
 * shared scale of several funnels. Pure, no DOM.
 *
 * Counts are the truth: every percentage is computed from counts with `rateOf`; a printed rate is
 * never shown as the figure, only flagged when the consistency pass says it disagrees.
 */
import type {
  FunnelIndicator,
  FunnelObservation,
  FunnelStageValue,
  LocalizedText,
} from "../schema.js";
import { warningsAbout } from "../warnings.js";
import type { ConsistencyWarning } from "../warnings.js";
import { rateOf } from "./rate.js";

/** What a stage's percentage is of: its target (or the quota), the first stage, the previous one. */
export type Basis = "target" | "first" | "previous";

/** An attribute value as a basis; anything unknown is `target`, the reports' own reading. */
export function toBasis(value: string | null | undefined): Basis {
  return value === "first" || value === "previous" ? value : "target";
}

/** A stage's count and the counts its percentage can be of, read once from an observation. */
export interface StageCounts {
  id: string;
  index: number;
  /** The stage's feed entry; `null` when the observation does not list the stage. */
  source: FunnelStageValue | null;
  /** `null` when the stage is absent, `noData` or has no value: missing, never 0. */
  value: number | null;
  /** The stage's own target, else the observation's quota. */
  target: number | null;
  /** The first stage's value. */
  first: number | null;
  /** The value of the stage right before; `null` for the first stage or when that one is missing. */
  previous: number | null;
}

/** Every declared stage of an observation with its counts, in the indicator's order. */
export function stageCounts(
  indicator: FunnelIndicator,
  observation: FunnelObservation,
): StageCounts[] {
  const quota = observation.quota ?? null;
  let first: number | null = null;
  let previous: number | null = null;
  return indicator.stages.map((stage, index) => {
    const source = observation.stages[stage.id] ?? null;
    const value = source && !source.noData ? (source.value ?? null) : null;
    if (index === 0) first = value;
    const counts = {
      id: stage.id,
      index,
      source,
      value,
      target: source?.target ?? quota,
      first,
      previous: index === 0 ? null : previous,
    };
    previous = value;
    return counts;
  });
}

/**
 * The count a stage's percentage is of — the one rule shared by the funnel's `basis` attribute
 * and the consistency pass's reading of a printed rate's `statedRateOf`. The first stage has no
 * previous stage, so `previous` gives it no basis (and no percentage).
 */
export function basisCount(stage: StageCounts, basis: Basis): number | null {
  return basis === "target" ? stage.target : basis === "first" ? stage.first : stage.previous;
}

export interface LevelPart {
  id: string;
  label: LocalizedText;
  /** Position among the indicator's levels, for the pattern. */
  index: number;
  value: number;
  /** Share of the stage value, 0–1 (may sum above 1 when the report's parts do). */
  share: number;
}

export interface StageFigure {
  id: string;
  label: LocalizedText;
  index: number;
  /** Declared but absent, `noData` or `null`: shown as missing, never as 0. */
  missing: boolean;
  value: number | null;
  /** The stage's own target, else the observation's quota. */
  target: number | null;
  /** Whether `target` is the stage's own (true) or the shared quota (false). */
  ownTarget: boolean;
  /** Percentage of the chosen basis. */
  percent: number | null;
  /** Above its target (the bar extends past the marker). */
  overTarget: boolean;
  /** Larger than the stage before it: shown as is and flagged. */
  grows: boolean;
  /** `100 · value / previous value`. */
  conversion: number | null;
  /** `value − previous value` (negative for a drop-off). */
  change: number | null;
  /** `100 · change / previous value`. */
  changePercent: number | null;
  levels: LevelPart[];
  /** The stage's feed entry, for details (asOf, provenance, note). */
  source: FunnelStageValue | null;
  /** Consistency warnings about this stage, most serious first. */
  warnings: readonly ConsistencyWarning[];
}

export interface FunnelFigures {
  unit: string;
  /** The observation's note ("figures are illustrative"…). */
  note: LocalizedText | null;
  stages: StageFigure[];
  /** Largest value or target: the scale a lone funnel needs. */
  max: number;
  /** Consistency warnings about the observation but no single stage, most serious first. */
  warnings: readonly ConsistencyWarning[];
}

/** Figures of one observation of `unit`; `warnings` are the feed's consistency warnings. */
export function funnelFigures(
  indicator: FunnelIndicator,
  observation: FunnelObservation,
  unit: string,
  basis: Basis,
  warnings: readonly ConsistencyWarning[],
): FunnelFigures {
  let max = 0;
  const stages = stageCounts(indicator, observation).map((counts): StageFigure => {
    const { index, value, target, previous, source } = counts;
    const change = value != null && previous != null ? value - previous : null;
    const levels: LevelPart[] = [];
    if (value != null && source?.levels)
      (indicator.levels ?? []).forEach((level, levelIndex) => {
        const count = source.levels?.[level.id];
        if (count != null)
          levels.push({
            id: level.id,
            label: level.label,
            index: levelIndex,
            value: count,
            share: value > 0 ? count / value : 0,
          });
      });
    max = Math.max(max, value ?? 0, target ?? 0);
    return {
      id: counts.id,
      label: indicator.stages[index]!.label,
      index,
      missing: value == null,
      value,
      target,
      ownTarget: source?.target != null,
      percent: rateOf(value, basisCount(counts, basis)),
      overTarget: value != null && target != null && value > target,
      grows: change != null && change > 0,
      conversion: index > 0 ? rateOf(value, previous) : null,
      change,
      changePercent: change != null ? rateOf(change, previous) : null,
      levels,
      source,
      warnings: source ? warningsAbout(warnings, source) : [],
    };
  });
  return {
    unit,
    note: observation.note ?? null,
    stages,
    max,
    warnings: warningsAbout(warnings, observation),
  };
}

/** Shared scale of several funnels: the largest value or target of all, so bars compare. */
export function sharedMax(funnels: readonly FunnelFigures[]): number {
  return funnels.reduce((max, funnel) => Math.max(max, funnel.max), 0);
}

/** The units to show: `units` (`all` or comma-separated codes) wins over `unit`. */
export function requestedUnits(
  indicator: FunnelIndicator,
  publisherUnit: string,
  unit: string | null,
  units: string | null,
): string[] {
  const list = (units ?? "").trim();
  if (list === "all") {
    const codes = indicator.observations.map((observation) => observation.unit ?? publisherUnit);
    return [...new Set(codes)];
  }
  if (list) return [...new Set(list.split(",").map((code) => code.trim()))].filter(Boolean);
  return [unit || publisherUnit];
}
