/**
 * The panel as text, for pages whose policy stops Lit (shared/trusted-types.ts): the count per
 * data mode, then each subsystem's mode, state and age, in the panel's order.
 */
import { MODES } from "../../data/figures/status.js";
import type { SubsystemRow } from "../../data/figures/status.js";
import { formatAge, localize } from "../../data/format.js";
import type { Locale } from "../../data/format.js";
import type { DataMode, StatusIndicator } from "../../data/schema.js";
import type { SharedMessages } from "../shared/messages.js";
import type { TextFigures } from "../shared/text-fallback.js";
import type { StatusPanelMessages } from "./messages.js";
import type { Live } from "./subsystem-detail.js";

export function panelTextFigures(
  indicator: StatusIndicator | undefined,
  rows: readonly SubsystemRow[],
  live: readonly Live[],
  modeCounts: Record<DataMode, number>,
  words: { m: StatusPanelMessages; shared: SharedMessages; locale: Locale },
): TextFigures | null {
  if (!indicator) return null;
  const { m, shared, locale } = words;
  const summary = MODES.filter((mode) => modeCounts[mode] > 0)
    .map((mode) => m.modeCount(mode, modeCounts[mode]))
    .join(" · ");
  const lines = rows.map((row) => {
    const { freshness, ageMs } = live[row.index]!;
    const age = ageMs == null ? m.never : shared.updated(formatAge(ageMs, locale));
    return `${row.label}: ${m.mode[row.subsystem.mode]}, ${m.freshness[freshness]}, ${age}`;
  });
  return { title: localize(indicator.label, locale), lines: [summary, ...lines] };
}
