/**
 * Funnel maths: observation → plain figures per stage (value, % of the chosen basis, conversion
 * and drop-off, levels, target) and the shared scale of a set of funnels. Pure, no DOM, no Lit.
 *
 * Counts are the truth: every percentage is computed from counts with `rateOf`; a printed rate is
 * never shown as the figure, only flagged when the consistency pass says it disagrees.
 */
import type { ConsistencyWarning } from "../../data/consistency.js";
import { rateOf } from "../../data/figures.js";
import { childPath } from "../../data/parse.js";
import type {
  FunnelIndicator,
  FunnelObservation,
  FunnelStageValue,
  LocalizedText,
} from "../../data/schema.js";

/** What a stage's percentage is of: its target (or the quota), the first stage, the previous one. */
export type Basis = "target" | "first" | "previous";

/** An attribute value as a basis; anything unknown is `target`, the reports' own reading. */
export function toBasis(value: string | null | undefined): Basis {
  return value === "first" || value === "previous" ? value : "target";
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
  /** Consistency warnings about this stage. */
  warnings: ConsistencyWarning[];
}

export interface FunnelFigures {
  unit: string;
  /** The observation's note ("figures are illustrative"…). */
  note: LocalizedText | null;
  stages: StageFigure[];
  /** Largest value or target: the scale a lone funnel needs. */
  max: number;
  /** Consistency warnings about the observation but no single stage. */
  warnings: ConsistencyWarning[];
}

function startsPath(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
}

/**
 * Figures of one observation. `path` is the observation's JSON path
 * (`indicators[0].observations[1]`), used to pick its warnings.
 */
export function funnelFigures(
  indicator: FunnelIndicator,
  observation: FunnelObservation,
  unit: string,
  basis: Basis,
  path: string,
  allWarnings: readonly ConsistencyWarning[],
): FunnelFigures {
  const own = allWarnings.filter((warning) => startsPath(warning.path, path));
  const used = new Set<ConsistencyWarning>();
  const quota = observation.quota ?? null;
  let first: number | null | undefined;
  let previous: number | null = null;
  let max = 0;
  const stages = indicator.stages.map((stage, index): StageFigure => {
    const source = observation.stages[stage.id] ?? null;
    const value = source && !source.noData ? (source.value ?? null) : null;
    if (index === 0) first = value;
    const target = source?.target ?? quota;
    const basisValue = basis === "target" ? target : basis === "first" ? first : previous;
    // The stage's path as the consistency pass writes it (`….stages.collected`, `….stages["1st"]`).
    const stagePath = childPath(`${path}.stages`, stage.id);
    const warnings = own.filter((warning) => startsPath(warning.path, stagePath));
    warnings.forEach((warning) => used.add(warning));
    const change = value != null && previous != null && index > 0 ? value - previous : null;
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
    const figure: StageFigure = {
      id: stage.id,
      label: stage.label,
      index,
      missing: value == null,
      value,
      target,
      ownTarget: source?.target != null,
      percent: index === 0 && basis === "previous" ? null : rateOf(value, basisValue),
      overTarget: value != null && target != null && value > target,
      grows: change != null && change > 0,
      conversion: index > 0 ? rateOf(value, previous) : null,
      change,
      changePercent: change != null ? rateOf(change, previous) : null,
      levels,
      source,
      warnings,
    };
    previous = value;
    return figure;
  });
  return {
    unit,
    note: observation.note ?? null,
    stages,
    max,
    warnings: own.filter((warning) => !used.has(warning)),
  };
}

/** Shared scale of several funnels: the largest value or target of all, so bars compare. */
export function sharedMax(funnels: readonly FunnelFigures[]): number {
  return funnels.reduce((max, funnel) => Math.max(max, funnel.max), 0);
}

/** Length on the shared scale, in percent of the track (0–100). */
export function scaleLength(value: number | null, max: number): number {
  if (value == null || !(max > 0)) return 0;
  return Math.max(0, Math.min(100, (100 * value) / max));
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
