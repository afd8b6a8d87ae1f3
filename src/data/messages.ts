/**
 * The data layer's words, Vietnamese first: what the consistency pass, the feed hub and the
 * figures say. One typed table, so a missing English sentence is a compile error and each thing
 * is said once. Figures arrive as numbers or already formatted text; a sentence that needs a
 * formatted number receives the locale's own formatting from `bilingual()`.
 *
 * (The validation messages of parse.ts / validate.ts are worded where they are built.)
 */
import { formatCount } from "./format.js";
import type { Locale } from "./format.js";

/** A message in both languages. */
export interface BilingualText {
  vi: string;
  en: string;
}

/** What a printed rate is compared with, by kind of figure. */
export type RateBasisWords = "ratio" | "funnel" | "progress";

export interface DataMessages {
  // Feed loading (feed-hub.ts, and the inline feeds of the elements).
  invalidFeed: string;
  httpStatus: (status: number) => string;
  timedOut: (seconds: number) => string;
  /** The browser's own reason ("Failed to fetch") goes to `FeedError.detail`, untranslated. */
  unreachable: string;
  /** A body that did not parse, served as `type` (say so: the URL may be a login page). */
  wrongContentType: (type: string) => string;
  /** `data` was emptied after a feed had been shown. */
  dataCleared: string;

  // Consistency (consistency.ts).
  unknownUnit: (unit: string) => string;
  districtAfterReform: (unit: string, vintage: string) => string;
  unknownService: (service: string) => string;
  dateInFuture: (day: string, generatedDay: string) => string;
  dateOutsidePeriod: (day: string, start: string, end: string) => string;
  lastUpdatedInFuture: (lastUpdated: string) => string;
  duplicateObservation: string;
  /** `printed` and `computed` are formatted percentages; `of` names the division. */
  rateMismatch: (printed: string, of: string, computed: string) => string;
  rateBasis: Record<RateBasisWords, string>;
  /** `statedRate`: the rate the report still prints for 0 dossiers, or `null`. */
  noDossiers: (statedRate: number | null) => string;
  numeratorExceedsDenominator: (numerator: number, denominator: number) => string;
  citizensAndBusinessesDiffer: (
    citizens: number,
    businesses: number,
    sum: number,
    numerator: number,
  ) => string;
  handledExceedsTotal: (onTime: number, overdue: number, handled: number, total: number) => string;
  rejectedExceedsTotal: (rejected: number, total: number) => string;
  stageLargerThanPrevious: (
    stage: string,
    count: number,
    previous: string,
    previousCount: number,
  ) => string;
  levelsDiffer: (sum: number, count: number) => string;
  totalIsZero: string;
  doneExceedsTotal: (done: number, total: number) => string;
}

/** A count or amount in a sentence: `1.667` / `1,667`, up to two decimals (`1.204,5`). */
const vi = (value: number) => formatCount(value, "vi", 2);
const en = (value: number) => formatCount(value, "en", 2);

export const DATA_MESSAGES: Record<Locale, DataMessages> = {
  vi: {
    invalidFeed: "dữ liệu không hợp lệ",
    httpStatus: (status) => `máy chủ trả về lỗi HTTP ${status}`,
    timedOut: (seconds) => `hết thời gian chờ (${seconds} giây)`,
    unreachable: "không kết nối được",
    wrongContentType: (type) => `máy chủ gửi ${type}, không phải JSON (application/json)`,
    dataCleared: "thuộc tính data bị đặt thành null; đang hiển thị dữ liệu gần nhất",

    unknownUnit: (unit) => `đơn vị "${unit}" không có trong danh sách units`,
    districtAfterReform: (unit, vintage) =>
      `"${unit}" là mã huyện; danh mục ${vintage} không còn cấp huyện (từ 1/7/2025): dùng mã tỉnh hoặc mã xã`,
    unknownService: (service) => `dịch vụ "${service}" không có trong danh sách services`,
    dateInFuture: (day, generatedDay) =>
      `ngày ${day} sau thời điểm lập nguồn dữ liệu (${generatedDay})`,
    dateOutsidePeriod: (day, start, end) => `ngày ${day} nằm ngoài kỳ báo cáo ${start} – ${end}`,
    lastUpdatedInFuture: (lastUpdated) =>
      `cập nhật lúc ${lastUpdated}, sau thời điểm lập nguồn dữ liệu`,
    duplicateObservation: "quan sát trùng đơn vị và dịch vụ với một quan sát trước",
    rateMismatch: (printed, of, computed) =>
      `tỷ lệ in trong báo cáo ${printed} khác với ${of} = ${computed}`,
    rateBasis: { ratio: "tử số / mẫu số", funnel: "giá trị / cơ sở", progress: "đã làm / tổng" },
    noDossiers: (statedRate) =>
      `không có hồ sơ (mẫu số bằng 0)${statedRate != null ? ` (báo cáo vẫn ghi ${vi(statedRate)} %)` : ""}`,
    numeratorExceedsDenominator: (numerator, denominator) =>
      `tử số ${vi(numerator)} lớn hơn mẫu số ${vi(denominator)}`,
    citizensAndBusinessesDiffer: (citizens, businesses, sum, numerator) =>
      `công dân ${vi(citizens)} + doanh nghiệp ${vi(businesses)} = ${vi(sum)}, khác tử số ${vi(numerator)}`,
    handledExceedsTotal: (onTime, overdue, handled, total) =>
      `đúng hạn ${vi(onTime)} + quá hạn ${vi(overdue)} = ${vi(handled)} vượt tổng ${vi(total)}`,
    rejectedExceedsTotal: (rejected, total) =>
      `số hồ sơ bị từ chối ${vi(rejected)} vượt tổng ${vi(total)}`,
    stageLargerThanPrevious: (stage, count, previous, previousCount) =>
      `giai đoạn "${stage}" (${vi(count)}) lớn hơn giai đoạn trước "${previous}" (${vi(previousCount)})`,
    levelsDiffer: (sum, count) => `tổng các mức ${vi(sum)} khác giá trị giai đoạn ${vi(count)}`,
    totalIsZero: "tổng bằng 0",
    doneExceedsTotal: (done, total) => `đã làm ${vi(done)} vượt tổng ${vi(total)}`,
  },
  en: {
    invalidFeed: "invalid feed",
    httpStatus: (status) => `the server answered HTTP ${status}`,
    timedOut: (seconds) => `timed out after ${seconds} s`,
    unreachable: "could not connect",
    wrongContentType: (type) => `the server sent ${type}, not JSON (application/json)`,
    dataCleared: "the data property was set to null; the last data is shown",

    unknownUnit: (unit) => `unit "${unit}" is not listed in units`,
    districtAfterReform: (unit, vintage) =>
      `"${unit}" is a district code; the ${vintage} list has no districts (since 1 July 2025): use a province or commune code`,
    unknownService: (service) => `service "${service}" is not listed in services`,
    dateInFuture: (day, generatedDay) =>
      `date ${day} is after the feed was generated (${generatedDay})`,
    dateOutsidePeriod: (day, start, end) =>
      `date ${day} is outside the reporting period ${start} – ${end}`,
    lastUpdatedInFuture: (lastUpdated) =>
      `last updated ${lastUpdated}, after the feed was generated`,
    duplicateObservation: "another observation has the same unit and service",
    rateMismatch: (printed, of, computed) =>
      `printed rate ${printed} disagrees with ${of} = ${computed}`,
    rateBasis: {
      ratio: "numerator / denominator",
      funnel: "value / basis",
      progress: "done / total",
    },
    noDossiers: (statedRate) =>
      `no dossiers (denominator is 0)${statedRate != null ? ` (the report still prints ${en(statedRate)}%)` : ""}`,
    numeratorExceedsDenominator: (numerator, denominator) =>
      `numerator ${en(numerator)} exceeds denominator ${en(denominator)}`,
    citizensAndBusinessesDiffer: (citizens, businesses, sum, numerator) =>
      `citizens ${en(citizens)} + businesses ${en(businesses)} = ${en(sum)}, not the numerator ${en(numerator)}`,
    handledExceedsTotal: (onTime, overdue, handled, total) =>
      `on time ${en(onTime)} + overdue ${en(overdue)} = ${en(handled)} exceeds the total ${en(total)}`,
    rejectedExceedsTotal: (rejected, total) =>
      `rejected ${en(rejected)} exceeds the total ${en(total)}`,
    stageLargerThanPrevious: (stage, count, previous, previousCount) =>
      `stage "${stage}" (${en(count)}) is larger than the stage before it, "${previous}" (${en(previousCount)})`,
    levelsDiffer: (sum, count) => `levels add up to ${en(sum)}, not the stage value ${en(count)}`,
    totalIsZero: "total is 0",
    doneExceedsTotal: (done, total) => `done ${en(done)} exceeds total ${en(total)}`,
  },
};

/**
 * One sentence in both languages: `say` picks it from the table and may format numbers for the
 * locale it is given. `bilingual((m) => m.httpStatus(404))`.
 */
export function bilingual(say: (messages: DataMessages, locale: Locale) => string): BilingualText {
  return { vi: say(DATA_MESSAGES.vi, "vi"), en: say(DATA_MESSAGES.en, "en") };
}
