/**
 * The panel as text, for pages whose policy stops Lit (shared/trusted-types.ts): the count per
 * data mode, then each subsystem's mode, state and age, in the panel's order.
 */
import { MODES } from "../../data/figures/status.js";
import type { SubsystemRow } from "../../data/figures/status.js";
import { localize } from "../../data/format.js";
import type { DataMode, StatusIndicator } from "../../data/schema.js";
import type { TextFigures } from "../shared/text-fallback.js";
import { subsystemAgeText } from "./age-text.js";
import type { AgeWords } from "./age-text.js";
import type { Live } from "./subsystem-detail.js";

export function panelTextFigures(
  indicator: StatusIndicator | undefined,
  rows: readonly SubsystemRow[],
  live: readonly Live[],
  modeCounts: Record<DataMode, number>,
  words: AgeWords,
): TextFigures | null {
  if (!indicator) return null;
  const { m, locale } = words;
  const summary = MODES.filter((mode) => modeCounts[mode] > 0)
    .map((mode) => m.modeCount(mode, modeCounts[mode]))
    .join(" · ");
  const lines = rows.map((row) => {
    const { freshness, ageMs } = live[row.index]!;
    const age = subsystemAgeText(row, ageMs, words);
    return `${row.label}: ${m.mode[row.subsystem.mode]}, ${m.freshness[freshness]}, ${age}`;
  });
  return { title: localize(indicator.label, locale), lines: [summary, ...lines] };
}
