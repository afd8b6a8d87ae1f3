/**
 * Strings of `<chiso-gauge>`, Vietnamese first. Typed so a missing English string is a compile
 * error; sentences with figures are functions that receive already formatted numbers.
 */
import type { Locale } from "../../data/format.js";

export interface GaugeMessages {
  meetsTarget: (target: string) => string;
  belowTarget: (target: string) => string;
  vsPrevious: (label: string) => string;
  previousPeriod: string;
  statedDisagrees: (stated: string, computed: string) => string;
  /** The printed rate is the shown one, rounded (or hedged: "gần 78 %"). */
  statedRounded: (stated: string, hedged: boolean) => string;
  unknownService: (id: string) => string;
  noTotal: string;
  numeratorOnly: (count: string) => string;
  details: string;
  period: string;
  subject: string;
  counts: string;
  target: string;
  change: string;
  statedRate: string;
  /** Change in words for screen readers: "tăng 1,86 điểm". */
  changeWords: (points: number, magnitude: string) => string;
  /** The meter's aria-valuetext. */
  valueText: (label: string, rate: string, target: string | null, change: string | null) => string;
}

export const GAUGE_MESSAGES: Record<Locale, GaugeMessages> = {
  vi: {
    meetsTarget: (target) => `Đạt chỉ tiêu ${target}`,
    belowTarget: (target) => `Dưới chỉ tiêu ${target}`,
    vsPrevious: (label) => `so với ${label}`,
    previousPeriod: "kỳ trước",
    statedDisagrees: (stated, computed) =>
      `Báo cáo ghi ${stated}, tính từ số liệu được ${computed}`,
    statedRounded: (stated, hedged) => `Báo cáo ghi ${stated}${hedged ? "" : " (làm tròn)"}`,
    unknownService: (id) => `Không có số liệu cho dịch vụ "${id}"`,
    noTotal:
      "Nguồn dữ liệu không có số liệu chung cho mọi dịch vụ; hãy chọn một dịch vụ (thuộc tính service)",
    numeratorOnly: (count) => `${count} (báo cáo không ghi tổng số)`,
    details: "Chi tiết",
    period: "Kỳ báo cáo",
    subject: "Đơn vị, dịch vụ",
    counts: "Số liệu",
    target: "Chỉ tiêu",
    change: "Thay đổi",
    statedRate: "Tỷ lệ báo cáo ghi",
    changeWords: (points, magnitude) =>
      points > 0 ? `tăng ${magnitude} điểm` : points < 0 ? `giảm ${magnitude} điểm` : "không đổi",
    valueText: (label, rate, target, change) =>
      [`${label} ${rate}`, target && `mục tiêu ${target}`, change].filter(Boolean).join(", "),
  },
  en: {
    meetsTarget: (target) => `Meets the ${target} target`,
    belowTarget: (target) => `Below the ${target} target`,
    vsPrevious: (label) => `vs ${label}`,
    previousPeriod: "previous period",
    statedDisagrees: (stated, computed) => `Report prints ${stated}; the counts give ${computed}`,
    statedRounded: (stated, hedged) => `Report prints ${stated}${hedged ? "" : " (rounded)"}`,
    unknownService: (id) => `No figures for service "${id}"`,
    noTotal: "The feed has no all-services figure; choose a service (service attribute)",
    numeratorOnly: (count) => `${count} (the report gives no total)`,
    details: "Details",
    period: "Period",
    subject: "Unit, service",
    counts: "Counts",
    target: "Target",
    change: "Change",
    statedRate: "Rate printed in the report",
    changeWords: (points, magnitude) =>
      points > 0 ? `up ${magnitude} points` : points < 0 ? `down ${magnitude} points` : "unchanged",
    valueText: (label, rate, target, change) =>
      [`${label} ${rate}`, target && `target ${target}`, change].filter(Boolean).join(", "),
  },
};
