/**
 * Strings of `<chiso-trend>`, Vietnamese first. Sentences with figures are functions that receive
 * already formatted numbers.
 */
import type { Locale } from "../../data/format.js";

export interface TrendMessages {
  vsPrevious: string;
  vsYearAgo: string;
  notReported: string;
  noRate: string;
  target: (rate: string) => string;
  restated: (date: string) => string;
  earlier: (value: string, date: string) => string;
  newVintage: (vintage: string) => string;
  table: string;
  period: string;
  value: string;
  counts: string;
  note: string;
  chartName: (label: string, subject: string) => string;
  keyboardHint: string;
  latest: string;
  noHistory: string;
  historyLoading: string;
  historyProgress: (loaded: string, total: string) => string;
  historyFailed: (periods: string) => string;
  indexFailed: (detail: string) => string;
  /** "34 đơn vị, cùng thang đo 0–100 %": the small multiples' units and their one scale. */
  unitCount: (count: number, range: string) => string;
  unitsHint: string;
  unit: string;
}

export const TREND_MESSAGES: Record<Locale, TrendMessages> = {
  vi: {
    vsPrevious: "so với kỳ trước",
    vsYearAgo: "so với cùng kỳ năm trước",
    notReported: "Không báo cáo",
    noRate: "Không có tỷ lệ",
    target: (rate) => `Chỉ tiêu ${rate}`,
    restated: (date) => `công bố lại ${date}`,
    earlier: (value, date) => `trước đó ${value} (${date})`,
    newVintage: (vintage) => `danh mục đơn vị hành chính ${vintage}`,
    table: "Xem bảng số liệu",
    period: "Kỳ",
    value: "Tỷ lệ",
    counts: "Số liệu",
    note: "Ghi chú",
    chartName: (label, subject) => `${label}, ${subject}, theo thời gian`,
    keyboardHint: "Dùng phím mũi tên trái, phải để đọc từng kỳ",
    latest: "Kỳ gần nhất",
    noHistory: "Nguồn dữ liệu chưa có số liệu theo thời gian cho chỉ tiêu này",
    historyLoading: "Đang tải chuỗi số liệu…",
    historyProgress: (loaded, total) => `Đã tải ${loaded}/${total} kỳ`,
    historyFailed: (periods) => `Không tải được: ${periods}`,
    indexFailed: (detail) => `Không đọc được danh mục tệp số liệu: ${detail}`,
    unitCount: (count, range) => `${count} đơn vị, cùng thang đo ${range}`,
    unitsHint: "Dùng phím mũi tên trái, phải để đọc từng kỳ; mũi tên lên, xuống để chuyển đơn vị",
    unit: "Đơn vị",
  },
  en: {
    vsPrevious: "vs previous period",
    vsYearAgo: "vs a year earlier",
    notReported: "Not reported",
    noRate: "No rate",
    target: (rate) => `Target ${rate}`,
    restated: (date) => `restated ${date}`,
    earlier: (value, date) => `earlier ${value} (${date})`,
    newVintage: (vintage) => `${vintage} list of administrative units`,
    table: "Show data table",
    period: "Period",
    value: "Rate",
    counts: "Counts",
    note: "Note",
    chartName: (label, subject) => `${label}, ${subject}, over time`,
    keyboardHint: "Use the left and right arrow keys to read each period",
    latest: "Latest period",
    noHistory: "The feed has no figures over time for this indicator",
    historyLoading: "Loading the series…",
    historyProgress: (loaded, total) => `Loaded ${loaded} of ${total} periods`,
    historyFailed: (periods) => `Could not load: ${periods}`,
    indexFailed: (detail) => `Could not read the feed index: ${detail}`,
    unitCount: (count, range) => `${count} units, one scale ${range}`,
    unitsHint: "Use the left and right arrow keys to read each period, up and down to change unit",
    unit: "Unit",
  },
};
