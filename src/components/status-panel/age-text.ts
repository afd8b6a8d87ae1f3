/**
 * The age line of a subsystem, said once for the tile, the details and the plain-text fallback:
 * "cập nhật 3 phút trước", "chưa có dữ liệu", "số liệu mô phỏng, không phải số liệu thật" for a
 * simulated subsystem, or — when its `lastUpdated` is not a time the
 * clock rule believes (clock.ts `ageAt`: garbage, year 9999, hours in the future) — that it is
 * not plausible, instead of "vừa xong" for ever.
 */
import type { SubsystemRow } from "../../data/figures/status.js";
import { formatAge } from "../../data/format.js";
import type { Locale } from "../../data/format.js";
import type { SharedMessages } from "../shared/messages.js";
import type { StatusPanelMessages } from "./messages.js";

export interface AgeWords {
  m: StatusPanelMessages;
  shared: SharedMessages;
  locale: Locale;
}

export function subsystemAgeText(
  row: SubsystemRow,
  ageMs: number | null,
  { m, shared, locale }: AgeWords,
): string {
  // A simulated subsystem's time says nothing ("cập nhật 1.225 ngày trước"): say what it is.
  if (row.subsystem.mode === "simulated") return m.simulatedData;
  if (ageMs != null) return shared.updated(formatAge(ageMs, locale));
  return row.subsystem.lastUpdated ? m.implausibleTime : m.never;
}
