/**
 * Strings of `<chiso-choropleth>`, Vietnamese first. Typed so a missing English string is a
 * compile error; sentences with figures are functions that receive already formatted numbers.
 * "No data", "no dossiers" and "not handled at this tier" are the shared `SHARED_MESSAGES.noRate`,
 * as in the other widgets.
 */
import type { Locale } from "../../data/format.js";

export interface ChoroplethMessages {
  loadingMap: string;
  mapFailed: (reason: string) => string;
  noBoundaries: string;
  noTarget: string;
  /** Accessible name of the map. */
  mapLabel: (title: string) => string;
  keyboardHint: string;
  legend: string;
  rank: (rank: number, of: number) => string;
  counts: (numerator: string, denominator: string) => string;
  below: (target: string) => string;
  at: (from: string, to: string) => string;
  above: (from: string) => string;
  lessThan: (value: string) => string;
  atLeast: (value: string) => string;
  unmatched: (count: number, codes: string) => string;
  vintageMismatch: (feed: string, map: string) => string;
  total: (name: string) => string;
  islands: { hoangSa: string; truongSa: string };
  showTable: string;
  hideTable: string;
  tableCaption: (title: string) => string;
  columns: { rank: string; unit: string; rate: string; counts: string; class: string };
  sortBy: (column: string, descending: boolean) => string;
  /** What the live region adds for a unit's colour class. */
  classIs: (label: string) => string;
  selected: string;
  /** Drill-down: the breadcrumb's name, its first step, the hint and what failed. */
  drillTrail: string;
  drillTop: string;
  drillHint: string;
  drillFailed: (name: string, reason: string) => string;
}

export const CHOROPLETH_MESSAGES: Record<Locale, ChoroplethMessages> = {
  vi: {
    loadingMap: "Đang tải bản đồ…",
    mapFailed: (reason) => `Không tải được bản đồ: ${reason}`,
    noBoundaries: "Chưa có bản đồ (thuộc tính boundaries hoặc boundaryData)",
    noTarget: "Chỉ tiêu không có mục tiêu — tô màu theo giá trị",
    mapLabel: (title) => `Bản đồ: ${title}`,
    keyboardHint: "Dùng phím mũi tên để chuyển giữa các đơn vị, Enter để chọn, Esc để bỏ chọn.",
    legend: "Chú giải",
    rank: (rank, of) => `hạng ${rank}/${of}`,
    counts: (numerator, denominator) => `${numerator} / ${denominator}`,
    below: (target) => `▼ Dưới mục tiêu (< ${target})`,
    at: (from, to) => `● Đạt mục tiêu (${from} – ${to})`,
    above: (from) => `▲ Vượt mục tiêu (≥ ${from})`,
    lessThan: (value) => `< ${value}`,
    atLeast: (value) => `≥ ${value}`,
    unmatched: (count, codes) =>
      `${count} đơn vị trong số liệu không có trên bản đồ (mã: ${codes})`,
    vintageMismatch: (feed, map) =>
      `Số liệu theo danh mục đơn vị hành chính năm ${feed}, bản đồ theo danh mục năm ${map}: mã đơn vị có thể không khớp.`,
    total: (name) => `${name} (tổng)`,
    islands: { hoangSa: "QĐ Hoàng Sa", truongSa: "QĐ Trường Sa" },
    showTable: "Xem bảng số liệu",
    hideTable: "Ẩn bảng số liệu",
    tableCaption: (title) => `Bảng số liệu: ${title}`,
    columns: { rank: "Hạng", unit: "Đơn vị", rate: "Tỷ lệ", counts: "Số liệu", class: "Nhóm" },
    sortBy: (column, descending) =>
      `Sắp xếp theo ${column.toLowerCase()}, ${descending ? "giảm dần" : "tăng dần"}`,
    classIs: (label) => `nhóm ${label}`,
    selected: "đang chọn",
    drillTrail: "Cấp bản đồ",
    drillTop: "Cả nước",
    drillHint: "Enter: xem bản đồ chi tiết; Esc, Backspace: quay lại.",
    drillFailed: (name, reason) => `Chưa có bản đồ chi tiết của ${name} (${reason}).`,
  },
  en: {
    loadingMap: "Loading the map…",
    mapFailed: (reason) => `Could not load the map: ${reason}`,
    noBoundaries: "No map yet (set the boundaries attribute or the boundaryData property)",
    noTarget: "The indicator has no target — coloured by value",
    mapLabel: (title) => `Map: ${title}`,
    keyboardHint: "Use the arrow keys to move between units, Enter to select, Esc to clear.",
    legend: "Legend",
    rank: (rank, of) => `rank ${rank} of ${of}`,
    counts: (numerator, denominator) => `${numerator} / ${denominator}`,
    below: (target) => `▼ Below target (< ${target})`,
    at: (from, to) => `● On target (${from} – ${to})`,
    above: (from) => `▲ Above target (≥ ${from})`,
    lessThan: (value) => `< ${value}`,
    atLeast: (value) => `≥ ${value}`,
    unmatched: (count, codes) =>
      `${count} ${count === 1 ? "unit" : "units"} in the data ${count === 1 ? "is" : "are"} not on the map (codes: ${codes})`,
    vintageMismatch: (feed, map) =>
      `The data uses the ${feed} list of administrative units, the map the ${map} list: unit codes may not match.`,
    total: (name) => `${name} (total)`,
    islands: { hoangSa: "Hoàng Sa Is.", truongSa: "Trường Sa Is." },
    showTable: "Show data table",
    hideTable: "Hide data table",
    tableCaption: (title) => `Data table: ${title}`,
    columns: { rank: "Rank", unit: "Unit", rate: "Rate", counts: "Counts", class: "Class" },
    sortBy: (column, descending) =>
      `Sort by ${column.toLowerCase()}, ${descending ? "descending" : "ascending"}`,
    classIs: (label) => `class ${label}`,
    selected: "selected",
    drillTrail: "Map level",
    drillTop: "Whole country",
    drillHint: "Enter: open its map; Esc, Backspace: back.",
    drillFailed: (name, reason) => `No detailed map of ${name} yet (${reason}).`,
  },
};
