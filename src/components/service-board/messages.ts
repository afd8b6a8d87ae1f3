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
  /** With `fit`, the rows left out for want of room: "… và 18 dịch vụ khác". */
  more: (count: number) => string;
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
    more: (count) => `… và ${formatCount(count, "vi")} dịch vụ khác không đủ chỗ hiển thị`,
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
    more: (count) =>
      `… and ${formatCount(count, "en")} more ${count === 1 ? "service" : "services"} with no room to show`,
    columns: { rate: "rate", volume: "dossier count", name: "service name" },
  },
};
