/**
 * Strings of `<chiso-status-panel>`, Vietnamese first. Typed so a missing English string is a
 * compile error; counts and sentences are functions.
 */
import { formatCount } from "../../data/format.js";
import type { Locale } from "../../data/format.js";
import type { DataMode, Health } from "../../data/schema.js";
import type { DurationUnit } from "../../data/duration.js";
import type { Freshness } from "../../data/figures/status.js";

export interface StatusPanelMessages {
  /** Mode as a tile label: "Trực tuyến". */
  mode: Record<DataMode, string>;
  /** Mode counted in the summary: "5 trực tuyến". */
  modeCount: (mode: DataMode, count: number) => string;
  health: Record<Health, string>;
  /** Freshness word shown before the age on each tile. */
  freshness: Record<Freshness, string>;
  /** Summary of freshness problems: "2 quá hạn cập nhật". */
  staleCount: (count: number) => string;
  offlineCount: (count: number) => string;
  allFresh: string;
  subsystems: (count: number) => string;
  never: string;
  /** A `lastUpdated` the clock rule does not believe (garbage, far in the future). */
  implausibleTime: string;
  /** The age line of a simulated subsystem (its time says nothing): what it is. */
  simulatedData: string;
  every: (interval: string) => string;
  /** With `fit`, the tiles on the page shown (`start` from 0): "Phân hệ 1–100 / 500". */
  shown: (start: number, end: number, total: number) => string;
  listLabel: string;
  /** The step past the rendered tiles: "Xem thêm 500 phân hệ (còn 9.500)". */
  more: (step: string, left: string) => string;
  empty: string;
  otherGroup: string;
  close: string;
  lastUpdated: string;
  expectedInterval: string;
  healthLabel: string;
  modeLabel: string;
  group: string;
  note: string;
  /** One live announcement: "Hành chính công: quá hạn cập nhật". */
  change: (label: string, what: string) => string;
  moreChanges: (count: number) => string;
  /** Duration words for the expected interval: "15 phút", "1 tháng". */
  duration: (value: number, unit: DurationUnit) => string;
}

const VI_UNITS: Record<DurationUnit, string> = {
  y: "năm",
  mo: "tháng",
  w: "tuần",
  d: "ngày",
  h: "giờ",
  min: "phút",
  s: "giây",
};
const EN_UNITS: Record<DurationUnit, [string, string]> = {
  y: ["year", "years"],
  mo: ["month", "months"],
  w: ["week", "weeks"],
  d: ["day", "days"],
  h: ["h", "h"],
  min: ["min", "min"],
  s: ["s", "s"],
};

export const STATUS_PANEL_MESSAGES: Record<Locale, StatusPanelMessages> = {
  vi: {
    mode: {
      online: "Trực tuyến",
      manual: "Thủ công",
      simulated: "Mô phỏng",
      "awaiting-connection": "Chờ kết nối",
      offline: "Ngoại tuyến",
    },
    modeCount: (mode, count) =>
      `${formatCount(count, "vi")} ${STATUS_PANEL_MESSAGES.vi.mode[mode].toLocaleLowerCase("vi")}`,
    health: {
      ok: "Hoạt động bình thường",
      degraded: "Hoạt động kém",
      down: "Ngừng hoạt động",
      unknown: "Chưa rõ tình trạng",
    },
    freshness: {
      fresh: "Đúng hạn",
      stale: "Quá hạn cập nhật",
      offline: "Mất tín hiệu",
      unknown: "Chưa rõ",
    },
    staleCount: (count) => `${formatCount(count, "vi")} quá hạn cập nhật`,
    offlineCount: (count) => `${formatCount(count, "vi")} mất tín hiệu`,
    allFresh: "Tất cả cập nhật đúng hạn",
    subsystems: (count) => `${formatCount(count, "vi")} phân hệ`,
    never: "chưa có dữ liệu",
    implausibleTime: "thời điểm cập nhật không hợp lệ",
    simulatedData: "Dữ liệu mô phỏng",
    every: (interval) => `${interval} một lần`,
    shown: (start, end, total) =>
      `Phân hệ ${formatCount(start + 1, "vi")}–${formatCount(end, "vi")} / ${formatCount(total, "vi")}`,
    listLabel: "Các phân hệ",
    more: (step, left) => `Xem thêm ${step} phân hệ (còn ${left})`,
    empty: "Không có phân hệ nào",
    otherGroup: "Khác",
    close: "Đóng",
    lastUpdated: "Cập nhật lần cuối",
    expectedInterval: "Chu kỳ cập nhật",
    healthLabel: "Tình trạng",
    modeLabel: "Chế độ dữ liệu",
    group: "Nhóm",
    note: "Ghi chú",
    change: (label, what) => `${label}: ${what}`,
    moreChanges: (count) => `và ${formatCount(count, "vi")} thay đổi khác`,
    duration: (value, unit) => `${formatCount(value, "vi")} ${VI_UNITS[unit]}`,
  },
  en: {
    mode: {
      online: "Online feed",
      manual: "Manual",
      simulated: "Simulated",
      "awaiting-connection": "Awaiting connection",
      offline: "Offline",
    },
    modeCount: (mode, count) =>
      `${formatCount(count, "en")} ${mode === "online" ? "online" : STATUS_PANEL_MESSAGES.en.mode[mode].toLowerCase()}`,
    health: {
      ok: "Working normally",
      degraded: "Degraded",
      down: "Down",
      unknown: "Health unknown",
    },
    freshness: {
      fresh: "On time",
      stale: "Overdue",
      offline: "No signal",
      unknown: "Unknown",
    },
    staleCount: (count) => `${formatCount(count, "en")} overdue`,
    offlineCount: (count) => `${formatCount(count, "en")} without signal`,
    allFresh: "All up to date",
    subsystems: (count) =>
      `${formatCount(count, "en")} ${count === 1 ? "subsystem" : "subsystems"}`,
    never: "no data yet",
    implausibleTime: "update time not plausible",
    simulatedData: "Simulated data",
    every: (interval) => `every ${interval}`,
    shown: (start, end, total) =>
      `Subsystems ${formatCount(start + 1, "en")}–${formatCount(end, "en")} of ${formatCount(total, "en")}`,
    listLabel: "Subsystems",
    more: (step, left) => `Show ${step} more subsystems (${left} left)`,
    empty: "No subsystems",
    otherGroup: "Other",
    close: "Close",
    lastUpdated: "Last updated",
    expectedInterval: "Expected update",
    healthLabel: "Health",
    modeLabel: "Data mode",
    group: "Group",
    note: "Note",
    change: (label, what) => `${label}: ${what}`,
    moreChanges: (count) =>
      `and ${formatCount(count, "en")} more ${count === 1 ? "change" : "changes"}`,
    duration: (value, unit) => `${formatCount(value, "en")} ${EN_UNITS[unit][value === 1 ? 0 : 1]}`,
  },
};
