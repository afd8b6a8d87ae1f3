/** What the relation rules say, Vietnamese first (relations/*.ts). */
import type { Locale } from "../format.js";
import type { SummedField } from "../schema.js";

/** Every field a relation compares, read the same way on every kind of figure. */
export type Field = SummedField | "rate";

export interface Words {
  field: Record<Field, string>;
  at: (path: string) => string;
  sameFact: (field: string, here: string, there: string, path: string) => string;
  sameFactDated: (here: string, there: string, path: string) => string;
  /** `emptyHere`: this statement has no dossiers and the one at `path` prints `rate`. */
  rateForNothing: (rate: string, emptyHere: boolean, path: string) => string;
  rateAboveRemainder: (rate: string, rest: string, total: string) => string;
  duplicateId: (id: string, path: string) => string;
  unknownReference: (id: string) => string;
  partsSum: (field: string, sum: string, total: string, members: number) => string;
  partsExceed: (field: string, sum: string, total: string) => string;
  remainder: (terms: string, sum: string, total: string) => string;
  change: (printed: string, from: string, to: string, actual: string) => string;
  impossibleChange: (printed: string, to: string, implied: string) => string;
  points: (value: string) => string;
  stageTargetGrows: (
    stage: string,
    target: string,
    earlier: string,
    earlierTarget: string,
  ) => string;
  rateNotApplicable: (rate: string) => string;
  overTarget: (value: string, target: string, rate: string) => string;
  printedMismatch: (printed: string, field: string, value: string) => string;
  printedForm: (printed: string, as: string) => string;
  printedUnreadable: (printed: string) => string;
  printedRate: (printed: string, computed: string) => string;
  blankNumber: (printed: string) => string;
  blankDate: string;
}

export const WORDS: Record<Locale, Words> = {
  vi: {
    field: {
      numerator: "tử số",
      denominator: "mẫu số",
      done: "số đã làm",
      total: "tổng",
      value: "giá trị",
      remaining: "số còn lại",
      failed: "số không thành công",
      "detail.onTime": "số đúng hạn",
      "detail.overdue": "số quá hạn",
      "detail.resolved": "số đã giải quyết",
      "change.value": "mức tăng giảm",
      rate: "tỷ lệ",
    },
    at: (path) => `ở ${path}`,
    sameFact: (field, here, there, path) =>
      `cùng một số liệu được nêu hai lần khác nhau: ${field} ${here} ở đây, ${there} ở ${path}`,
    sameFactDated: (here, there, path) =>
      `cùng một số liệu được ghi hai ngày khác nhau: ${here} ở đây, ${there} ở ${path}`,
    rateForNothing: (rate, emptyHere, path) =>
      emptyHere
        ? `cùng một số liệu: ở đây không có hồ sơ nào, ${path} vẫn in tỷ lệ ${rate}`
        : `cùng một số liệu: ở đây in tỷ lệ ${rate}, ${path} ghi không có hồ sơ nào`,
    rateAboveRemainder: (rate, rest, total) =>
      `tỷ lệ in ${rate} nhưng ${rest} trong tổng ${total} chưa xong hoặc không thành công`,
    duplicateId: (id, path) => `mã "${id}" đã dùng cho số liệu ở ${path}`,
    unknownReference: (id) => `không có số liệu nào mang mã "${id}"`,
    partsSum: (field, sum, total, members) =>
      `${members} thành phần cộng lại được ${field} ${sum}, khác tổng ${total}`,
    partsExceed: (field, sum, total) =>
      `các thành phần đã nêu cộng lại được ${field} ${sum}, vượt tổng ${total}`,
    remainder: (terms, sum, total) => `${terms} = ${sum}, khác tổng ${total}`,
    change: (printed, from, to, actual) =>
      `mức thay đổi in là ${printed}, nhưng từ ${from} lên ${to} là ${actual}`,
    impossibleChange: (printed, to, implied) =>
      `mức thay đổi in là ${printed} thì kỳ trước là ${implied} (nay ${to}): không thể có`,
    points: (value) => `${value} điểm %`,
    stageTargetGrows: (stage, target, earlier, earlierTarget) =>
      `chỉ tiêu của giai đoạn ${stage} (${target}) lớn hơn chỉ tiêu của giai đoạn trước ${earlier} (${earlierTarget})`,
    rateNotApplicable: (rate) => `dòng ghi là không áp dụng cho cấp này mà vẫn in tỷ lệ ${rate}`,
    overTarget: (value, target, rate) => `${value} vượt chỉ tiêu ${target} (${rate})`,
    printedMismatch: (printed, field, value) =>
      `báo cáo in “${printed}” nhưng nguồn dữ liệu ghi ${field} ${value}`,
    printedForm: (printed, as) =>
      `“${printed}” không viết theo cách Việt Nam (dấu phẩy thập phân, dấu chấm hàng nghìn): ${as}`,
    printedUnreadable: (printed) => `“${printed}” không đọc được thành một số`,
    printedRate: (printed, computed) =>
      `tỷ lệ in “${printed}” khác với tử số / mẫu số = ${computed} ở độ chính xác đã in`,
    blankNumber: (printed) => `số văn bản để trống (“${printed}”)`,
    blankDate: "ngày văn bản để trống",
  },
  en: {
    field: {
      numerator: "numerator",
      denominator: "denominator",
      done: "done",
      total: "total",
      value: "value",
      remaining: "remaining",
      failed: "failed",
      "detail.onTime": "on time",
      "detail.overdue": "overdue",
      "detail.resolved": "resolved",
      "change.value": "change",
      rate: "rate",
    },
    at: (path) => `at ${path}`,
    sameFact: (field, here, there, path) =>
      `one fact stated twice with different figures: ${field} ${here} here, ${there} at ${path}`,
    sameFactDated: (here, there, path) =>
      `one fact stated with two dates: ${here} here, ${there} at ${path}`,
    rateForNothing: (rate, emptyHere, path) =>
      emptyHere
        ? `one fact: no dossiers here, while ${path} prints a rate of ${rate}`
        : `one fact: a rate of ${rate} here, while ${path} says there were no dossiers`,
    rateAboveRemainder: (rate, rest, total) =>
      `the rate is printed as ${rate}, but ${rest} of the ${total} are not done or failed`,
    duplicateId: (id, path) => `the id "${id}" is already used by the figure at ${path}`,
    unknownReference: (id) => `no figure has the id "${id}"`,
    partsSum: (field, sum, total, members) =>
      `the ${members} parts add up to ${field} ${sum}, not the total ${total}`,
    partsExceed: (field, sum, total) =>
      `the parts stated add up to ${field} ${sum}, more than the total ${total}`,
    remainder: (terms, sum, total) => `${terms} = ${sum}, not the total ${total}`,
    change: (printed, from, to, actual) =>
      `the change is printed as ${printed}, but from ${from} to ${to} it is ${actual}`,
    impossibleChange: (printed, to, implied) =>
      `a change of ${printed} makes the earlier figure ${implied} (now ${to}): not possible`,
    points: (value) => `${value} points`,
    stageTargetGrows: (stage, target, earlier, earlierTarget) =>
      `the target of stage ${stage} (${target}) is larger than that of the earlier stage ${earlier} (${earlierTarget})`,
    rateNotApplicable: (rate) =>
      `a row marked not applicable at this tier still prints a rate of ${rate}`,
    overTarget: (value, target, rate) => `${value} is above the target ${target} (${rate})`,
    printedMismatch: (printed, field, value) =>
      `the report prints “${printed}” but the feed says ${field} ${value}`,
    printedForm: (printed, as) =>
      `“${printed}” is not written the Vietnamese way (decimal comma, thousands point): ${as}`,
    printedUnreadable: (printed) => `“${printed}” cannot be read as a number`,
    printedRate: (printed, computed) =>
      `the printed rate “${printed}” disagrees with numerator / denominator = ${computed} at its printed precision`,
    blankNumber: (printed) => `the document number is left blank (“${printed}”)`,
    blankDate: "the document date is left blank",
  },
};
