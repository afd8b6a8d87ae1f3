/**
 * The age line of a subsystem, said once for the tile, the details and the plain-text fallback:
 * "cập nhật 3 phút trước", "chưa có dữ liệu", "Dữ liệu mô phỏng" for a simulated subsystem, the
 * date for an update older than a month ("cập nhật 12/03/2023", not "cập nhật 1.225 ngày
 * trước": past a month an operator reads a date, not a count of days), or — when its
 * `lastUpdated` is not a time the clock rule believes (clock.ts `ageAt`: garbage, year 9999,
 * hours in the future) — that it is not plausible, instead of "vừa xong" for ever.
 */
import type { SubsystemRow } from "../../data/figures/status.js";
import { formatAge, formatDate } from "../../data/format.js";
import type { Locale } from "../../data/format.js";
import type { SharedMessages } from "../shared/messages.js";
import type { StatusPanelMessages } from "./messages.js";

export interface AgeWords {
  m: StatusPanelMessages;
  shared: SharedMessages;
  locale: Locale;
}

/** Older than this, an update is shown by its date. */
export const DATED_AFTER_MS = 30 * 86_400_000;

export function subsystemAgeText(
  row: SubsystemRow,
  ageMs: number | null,
  { m, shared, locale }: AgeWords,
): string {
  // A simulated subsystem's time says nothing ("cập nhật 1.225 ngày trước"): say what it is.
  if (row.subsystem.mode === "simulated") return m.simulatedData;
  if (ageMs != null)
    return shared.updated(
      ageMs > DATED_AFTER_MS
        ? // The calendar day in Viet Nam (UTC+7), as the feed's own dates are.
          formatDate(new Date(row.lastMs! + 25_200_000).toISOString().slice(0, 10), locale)
        : formatAge(ageMs, locale),
    );
  return row.subsystem.lastUpdated ? m.implausibleTime : m.never;
}
