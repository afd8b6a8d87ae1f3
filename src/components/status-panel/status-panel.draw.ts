/**
 * Pure maths of `<chiso-status-panel>`: rows, order, groups, freshness, clock correction and the
 * wall grid fit. No DOM, no Lit — testable on plain data and cheap enough for 500 subsystems.
 */
import { durationMs } from "../../data/duration.js";
import type { FeedSnapshot } from "../../data/feed-hub.js";
import type { DataMode, Subsystem } from "../../data/schema.js";

/** Whether a subsystem's data is as fresh as promised. */
export type Freshness = "fresh" | "stale" | "offline" | "unknown";
export type SortOrder = "mode" | "staleness" | "name" | "feed";
export type GroupBy = "mode" | "group" | "none";
export type Layout = "tiles" | "list";

/** Summary and `sort="mode"` order: live first, then the ones that need people. */
export const MODES: readonly DataMode[] = [
  "online",
  "manual",
  "simulated",
  "awaiting-connection",
  "offline",
];

/** One subsystem prepared once per feed: everything that does not depend on the time. */
export interface Row {
  /** Unique key for `repeat()` (the id, suffixed when a feed repeats one). */
  key: string;
  subsystem: Subsystem;
  /** Position in the feed. */
  index: number;
  label: string;
  /** Localised group label, `""` when none. */
  group: string;
  lastMs: number | null;
  intervalMs: number | null;
  /**
   * When the data falls due (`lastUpdated + expectedInterval`); `-Infinity` for subsystems that
   * are offline, down or never delivered, `Infinity` when nothing is promised. Sorting by it puts the
   * stale ones first, most overdue first, and — unlike the age — it does not change with time,
   * so the order is computed once per feed instead of every tick.
   */
  dueMs: number;
}

export function prepareRows(
  subsystems: readonly Subsystem[],
  text: (value: Subsystem["label"] | undefined) => string,
): Row[] {
  const seen = new Set<string>();
  return subsystems.map((subsystem, index) => {
    let key = subsystem.id;
    for (let n = index; seen.has(key); n += 1) key = `${subsystem.id}#${n}`;
    seen.add(key);
    const parsed = subsystem.lastUpdated ? Date.parse(subsystem.lastUpdated) : NaN;
    const lastMs = Number.isFinite(parsed) ? parsed : null;
    const intervalMs = subsystem.expectedInterval ? durationMs(subsystem.expectedInterval) : null;
    const { mode, health } = subsystem;
    // Offline, down, or expected but never delivered: the top of a staleness sort. A subsystem
    // awaiting its connection promises nothing yet, so it goes last, like one without interval.
    const dead =
      mode === "offline" || health === "down" || (lastMs == null && mode !== "awaiting-connection");
    return {
      key,
      subsystem,
      index,
      label: text(subsystem.label),
      group: text(subsystem.group),
      lastMs,
      intervalMs,
      dueMs: dead ? -Infinity : lastMs != null && intervalMs ? lastMs + intervalMs : Infinity,
    };
  });
}

/** Sorted copy; ties keep the feed's order. */
export function sortRows(rows: readonly Row[], sort: SortOrder, collator: Intl.Collator): Row[] {
  const sorted = [...rows];
  const byFeed = (a: Row, b: Row) => a.index - b.index;
  if (sort === "mode")
    sorted.sort(
      (a, b) => MODES.indexOf(a.subsystem.mode) - MODES.indexOf(b.subsystem.mode) || byFeed(a, b),
    );
  else if (sort === "name")
    sorted.sort((a, b) => collator.compare(a.label, b.label) || byFeed(a, b));
  else if (sort === "staleness")
    sorted.sort((a, b) => (a.dueMs === b.dueMs ? 0 : a.dueMs < b.dueMs ? -1 : 1) || byFeed(a, b));
  return sorted;
}

export interface Group {
  key: string;
  /** Heading; `""` when not grouped. */
  label: string;
  mode: DataMode | null;
  rows: Row[];
}

/** Groups in order of first appearance (by mode: in `MODES` order); rows keep their order. */
export function groupRows(
  rows: readonly Row[],
  groupBy: GroupBy,
  labels: { mode: Record<DataMode, string>; otherGroup: string },
): Group[] {
  if (groupBy === "none") return [{ key: "all", label: "", mode: null, rows: [...rows] }];
  const groups = new Map<string, Group>();
  if (groupBy === "mode")
    for (const mode of MODES)
      groups.set(mode, { key: mode, label: labels.mode[mode], mode, rows: [] });
  for (const row of rows) {
    const key = groupBy === "mode" ? row.subsystem.mode : `g:${row.group}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, label: row.group || labels.otherGroup, mode: null, rows: [] };
      groups.set(key, group);
    }
    group.rows.push(row);
  }
  const result = [...groups.values()].filter((group) => group.rows.length > 0);
  // Subsystems without a group go last, under "Khác".
  return result.sort((a, b) => Number(a.key === "g:") - Number(b.key === "g:"));
}

/** Freshness of one subsystem at the (corrected) time `nowMs`. */
export function freshness(row: Row, nowMs: number): Freshness {
  const { mode, health } = row.subsystem;
  if (mode === "offline" || health === "down") return "offline";
  if (row.lastMs == null || row.intervalMs == null) return "unknown";
  return nowMs - row.lastMs > row.intervalMs ? "stale" : "fresh";
}

/** Age in ms at `nowMs`, never negative; `null` when the subsystem never delivered. */
export function ageOf(row: Row, nowMs: number): number | null {
  return row.lastMs == null ? null : Math.max(0, nowMs - row.lastMs);
}

/**
 * How far the viewer's clock is behind the truth, in ms (add it to the local time).
 *
 * 1. The server's `Date` header (`snapshot.clockOffsetMs`) when the hub could read one.
 * 2. Otherwise, when the feed says it was generated after the moment we received it, the viewer's
 *    clock is behind by at least `generatedAt − receivedAt`: a wall whose clock is two hours slow
 *    would show every subsystem two hours "fresher" than it is, or ages in the future.
 * 3. Otherwise 0: a feed generated in the past proves nothing about the local clock.
 */
export function clockOffset(snapshot: FeedSnapshot): number {
  if (snapshot.clockOffsetMs) return snapshot.clockOffsetMs;
  if (!snapshot.feed || snapshot.receivedAt == null) return 0;
  const generated = Date.parse(snapshot.feed.generatedAt);
  return Number.isFinite(generated) && generated > snapshot.receivedAt
    ? generated - snapshot.receivedAt
    : 0;
}

export function countModes(rows: readonly Row[]): Record<DataMode, number> {
  const counts = { online: 0, manual: 0, simulated: 0, "awaiting-connection": 0, offline: 0 };
  for (const row of rows) counts[row.subsystem.mode] += 1;
  return counts;
}

export type DurationUnit = "y" | "mo" | "w" | "d" | "h" | "min" | "s";

/** `P1M` → `[[1, "mo"]]`, `PT1H30M` → `[[1, "h"], [30, "min"]]`: read as written, not as ms. */
export function durationParts(iso: string): Array<[number, DurationUnit]> {
  const match =
    /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(
      iso,
    );
  if (!match) return [];
  const units: DurationUnit[] = ["y", "mo", "w", "d", "h", "min", "s"];
  return units.flatMap((unit, i): Array<[number, DurationUnit]> => {
    const value = Number(match[i + 1] ?? 0);
    return value ? [[value, unit]] : [];
  });
}

export interface GridFit {
  cols: number;
  rows: number;
  /** Font size in px that lets a tile's text fit its cell. */
  fontPx: number;
  /** Tiles too small for four lines: name and icons only. */
  dense: boolean;
}

/** A tile is about this many ems tall and wide (name on two lines, mode, state, age, padding). */
const TILE_EM = { height: 7.6, width: 13 };
const DENSE_EM = { height: 1.8, width: 8 };
const MIN_FONT_PX = 11;

/**
 * Chooses the column count that gives `count` cells in a `width × height` box the largest
 * legible type, so a wall cell is filled without scrollbars whether it shows 9 subsystems or 500.
 * Below `MIN_FONT_PX` tiles switch to a dense form with fewer lines. O(count), run on resize and
 * when the count changes only.
 */
export function fitGrid(count: number, width: number, height: number, gapPx: number): GridFit {
  const n = Math.max(1, count);
  const best = (em: { height: number; width: number }) => {
    let fit = { cols: 1, rows: n, fontPx: 0 };
    for (let cols = 1; cols <= n; cols += 1) {
      const rows = Math.ceil(n / cols);
      // Skip column counts that leave a whole row empty.
      if (cols > 1 && Math.ceil(n / (cols - 1)) === rows) continue;
      const cellW = (width - gapPx * (cols - 1)) / cols;
      const cellH = (height - gapPx * (rows - 1)) / rows;
      const fontPx = Math.min(cellW / em.width, cellH / em.height);
      if (fontPx > fit.fontPx) fit = { cols, rows, fontPx };
    }
    return fit;
  };
  const normal = best(TILE_EM);
  if (normal.fontPx >= MIN_FONT_PX) return { ...normal, dense: false };
  const dense = best(DENSE_EM);
  return { ...dense, fontPx: Math.max(dense.fontPx, 6), dense: true };
}

/** Burn-in protection: a slow walk around a 5 × 5 px square, one step every few minutes. */
const SHIFT_PATH: ReadonlyArray<readonly [number, number]> = [
  [0, 0],
  [2, 0],
  [2, 2],
  [0, 2],
  [-2, 2],
  [-2, 0],
  [-2, -2],
  [0, -2],
  [2, -2],
];

export function pixelShift(step: number): readonly [number, number] {
  return SHIFT_PATH[((step % SHIFT_PATH.length) + SHIFT_PATH.length) % SHIFT_PATH.length]!;
}
