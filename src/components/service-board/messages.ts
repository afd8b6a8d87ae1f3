/**
 * Strings of `<chiso-service-board>`, Vietnamese first. Typed so a missing English string is a
 * compile error; sentences with figures are functions of already formatted numbers.
 */
import { formatCount } from "../../data/format.js";
import type { Locale } from "../../data/format.js";
import type { SortKey, SortOrder } from "../../data/figures/rank.js";

export interface BoardMessages {
  rank: string;
  service: string;
  rate: string;
  volume: string;
  volumeShort: string;
  status: string;
  total: string;
  sortBy: (column: string, order: SortOrder) => string;
  belowTarget: string;
  meetsTarget: string;
  statedDisagrees: (stated: string) => string;
  summary: (below: number, shown: number, target: string) => string;
  noServices: string;
  /** With `fit`, the rows on the page shown: "Dịch vụ 9–16 / 25". */
  shown: (from: number, to: number, total: number) => string;
  /** The step past the rendered rows: "Xem thêm 200 dịch vụ (còn 99.800)". */
  more: (step: string, left: string) => string;
  columns: Record<SortKey, string>;
}

export const BOARD_MESSAGES: Record<Locale, BoardMessages> = {
  vi: {
    rank: "Hạng",
    service: "Dịch vụ",
    rate: "Tỷ lệ",
    volume: "Trực tuyến / tổng số",
    volumeShort: "Hồ sơ",
    status: "Đánh giá",
    total: "Tổng cộng",
    sortBy: (column, order) =>
      `Sắp xếp theo ${column}, ${order === "asc" ? "tăng dần" : "giảm dần"}`,
    belowTarget: "Dưới chỉ tiêu",
    meetsTarget: "Đạt chỉ tiêu",
    statedDisagrees: (stated) => `Báo cáo ghi ${stated}`,
    summary: (below, shown, target) =>
      `${below}/${shown} dịch vụ có số liệu dưới chỉ tiêu ${target}`,
    noServices: "Nguồn dữ liệu không có số liệu theo từng dịch vụ cho chỉ tiêu này",
    more: (step, left) => `Xem thêm ${step} dịch vụ (còn ${left})`,
    shown: (from, to, total) =>
      `Dịch vụ ${formatCount(from, "vi")}–${formatCount(to, "vi")} / ${formatCount(total, "vi")}`,
    columns: { rate: "tỷ lệ", volume: "số hồ sơ", name: "tên dịch vụ" },
  },
  en: {
    rank: "Rank",
    service: "Service",
    rate: "Rate",
    volume: "Online / total",
    volumeShort: "Dossiers",
    status: "Status",
    total: "Total",
    sortBy: (column, order) => `Sort by ${column}, ${order === "asc" ? "ascending" : "descending"}`,
    belowTarget: "Below target",
    meetsTarget: "Meets target",
    statedDisagrees: (stated) => `Report prints ${stated}`,
    summary: (below, shown, target) =>
      `${below} of ${shown} services with figures are below the ${target} target`,
    noServices: "The feed has no per-service figures for this indicator",
    more: (step, left) => `Show ${step} more services (${left} left)`,
    shown: (from, to, total) =>
      `Services ${formatCount(from, "en")}–${formatCount(to, "en")} of ${formatCount(total, "en")}`,
    columns: { rate: "rate", volume: "dossier count", name: "service name" },
  },
};
