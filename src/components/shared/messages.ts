/**
 * UI strings shared by every widget, Vietnamese first. Typed so a missing English string is a
 * compile error; plurals and figures are functions.
 */
import type { RatioState } from "../../data/figures/ratio.js";
import { formatCount } from "../../data/format.js";
import type { Locale } from "../../data/format.js";
import type { Qualifier } from "../../data/schema.js";
import type { WarningSeverity } from "../../data/warnings.js";

export interface SharedMessages {
  loading: string;
  loadFailed: string;
  staleBadge: string;
  updated: (age: string) => string;
  /** What failed, for the feed chip (feed-state.ts `causeOf`). */
  cause: Record<"network" | "timeout" | "invalid" | "busy" | "server" | "refused", string>;
  /** An age under a minute, exactly: "12 giây trước". */
  secondsAgo: (seconds: number) => string;
  /** Age of the data on screen while refreshes fail: "số liệu nhận 3 phút trước". */
  received: (age: string) => string;
  receivedAt: (time: string) => string;
  nextTryAt: (time: string) => string;
  /** The server answered 429 / 503 with `Retry-After`: `wait` is "2 phút". */
  serverAskedWait: (wait: string, time: string) => string;
  retrying: string;
  retry: string;
  invalidData: string;
  moreIssues: (count: number) => string;
  noFeed: string;
  unknownIndicator: (id: string, kind: string) => string;
  unknownUnit: (code: string) => string;
  /** What a visitor reads when the configuration names nothing the feed has (config-problem.ts). */
  problem: Record<"indicator" | "unit" | "service" | "total", string>;
  /** The developer's list of values that would work. */
  problemChoices: (attribute: string, values: string) => string;
  warnings: (count: number) => string;
  /** How serious a consistency warning is, in words (data/warnings.ts `WarningSeverity`). */
  severity: Record<WarningSeverity, string>;
  /** The heading of the consistency warnings in a detail or a table. */
  checks: string;
  /** A ratio without a rate, in words: never shown as 0 % or 100 %. */
  noRate: Record<Exclude<RatioState, "ok">, string>;
  source: string;
  /** The report's hedge on a figure, put before it: "gần 78 %", "hơn 5.000". */
  qualifier: Record<Qualifier, string>;
  /** The page's security policy stops chiso's drawing (Trusted Types); `duplicate`: a second Lit. */
  textOnly: (duplicate: boolean) => string;
  /** The rest of a long text-only list. */
  moreLines: (count: number) => string;
}

export const SHARED_MESSAGES: Record<Locale, SharedMessages> = {
  vi: {
    loading: "Đang tải dữ liệu…",
    loadFailed: "Không tải được dữ liệu",
    staleBadge: "Dữ liệu cũ",
    updated: (age) => `cập nhật ${age}`,
    cause: {
      network: "Mất kết nối",
      timeout: "Máy chủ không phản hồi",
      invalid: "Dữ liệu mới không hợp lệ",
      busy: "Máy chủ đang bận",
      server: "Máy chủ gặp lỗi",
      refused: "Máy chủ không cấp dữ liệu",
    },
    secondsAgo: (seconds) => `${seconds} giây trước`,
    received: (age) => `số liệu nhận ${age}`,
    receivedAt: (time) => `Số liệu đang hiển thị nhận lúc ${time}`,
    nextTryAt: (time) => `thử lại lúc ${time}`,
    serverAskedWait: (wait, time) => `máy chủ yêu cầu chờ ${wait}, thử lại lúc ${time}`,
    retrying: "đang thử lại…",
    retry: "Thử lại",
    invalidData: "Dữ liệu không hợp lệ",
    moreIssues: (count) => `và ${count} lỗi khác`,
    noFeed: "Chưa có nguồn dữ liệu (thuộc tính src hoặc data)",
    unknownIndicator: (id, kind) =>
      id
        ? `Không tìm thấy chỉ tiêu "${id}" (loại ${kind}) trong nguồn dữ liệu`
        : `Nguồn dữ liệu không có chỉ tiêu loại ${kind}`,
    unknownUnit: (code) => `Không có số liệu cho đơn vị "${code}"`,
    problem: {
      indicator: "Chưa có số liệu",
      unit: "Chưa có số liệu cho đơn vị này",
      service: "Chưa có số liệu cho dịch vụ này",
      total: "Chưa có số liệu tổng hợp",
    },
    problemChoices: (attribute, values) =>
      `Giá trị có số liệu của thuộc tính ${attribute}: ${values}`,
    warnings: (count) => `${count} cảnh báo về tính nhất quán của số liệu`,
    severity: { error: "Lỗi số liệu", warning: "Cảnh báo", info: "Lưu ý" },
    checks: "Kiểm tra số liệu",
    noRate: {
      "no-dossiers": "Không có hồ sơ",
      "no-data": "Không có số liệu",
      "not-applicable": "Không áp dụng ở cấp này",
    },
    source: "Nguồn",
    qualifier: { nearly: "gần", above: "trên", about: "khoảng", "more-than": "hơn" },
    textOnly: (duplicate) =>
      `Chính sách bảo mật của trang chặn cách vẽ biểu đồ, nên số liệu hiển thị dạng chữ. Quản trị trang: ${
        duplicate
          ? "thêm 'allow-duplicates' vào chỉ thị trusted-types"
          : "thêm lit-html vào chỉ thị trusted-types"
      } của Content-Security-Policy.`,
    moreLines: (count) => `… và ${formatCount(count, "vi")} dòng khác`,
  },
  en: {
    loading: "Loading data…",
    loadFailed: "Could not load the data",
    staleBadge: "Stale data",
    updated: (age) => `updated ${age}`,
    cause: {
      network: "Connection lost",
      timeout: "The server does not answer",
      invalid: "The new data is invalid",
      busy: "The server is busy",
      server: "Server error",
      refused: "The server did not provide the data",
    },
    secondsAgo: (seconds) => `${seconds} s ago`,
    received: (age) => `data received ${age}`,
    receivedAt: (time) => `The data shown was received at ${time}`,
    nextTryAt: (time) => `next try at ${time}`,
    serverAskedWait: (wait, time) => `the server asked to wait ${wait}; next try at ${time}`,
    retrying: "retrying…",
    retry: "Retry",
    invalidData: "Invalid data",
    moreIssues: (count) => `and ${count} more ${count === 1 ? "problem" : "problems"}`,
    noFeed: "No feed yet (set the src attribute or the data property)",
    unknownIndicator: (id, kind) =>
      id ? `Indicator "${id}" (${kind}) is not in the feed` : `The feed has no ${kind} indicator`,
    unknownUnit: (code) => `No figures for unit "${code}"`,
    problem: {
      indicator: "No figures yet",
      unit: "No figures for this unit yet",
      service: "No figures for this service yet",
      total: "No overall figure yet",
    },
    problemChoices: (attribute, values) => `Values of ${attribute} with figures: ${values}`,
    warnings: (count) => `${count} data consistency ${count === 1 ? "warning" : "warnings"}`,
    severity: { error: "Data error", warning: "Warning", info: "Note" },
    checks: "Consistency checks",
    noRate: {
      "no-dossiers": "No dossiers",
      "no-data": "No data",
      "not-applicable": "Not handled at this tier",
    },
    source: "Source",
    qualifier: { nearly: "nearly", above: "above", about: "about", "more-than": "more than" },
    textOnly: (duplicate) =>
      `This page's security policy blocks how chiso draws charts, so the figures are shown as text. Site administrator: ${
        duplicate
          ? "add 'allow-duplicates' to the trusted-types directive"
          : "add lit-html to the trusted-types directive"
      } of the Content-Security-Policy.`,
    moreLines: (count) => `… and ${formatCount(count, "en")} more`,
  },
};
