/**
 * The words of the relation fields of feed format 1.2 (Vietnamese, then English): a figure's
 * `id`, the `fact` it states, its `parts`, the `change` printed with it, a `category` and the
 * printed remainders. Read only by `chiso/schema` and `npm run schema`.
 */

const COUNT_AS_PRINTED = (vi: string, en: string) =>
  [`${vi} Ghi như báo cáo in, không tự tính.`, `${en} As printed, never computed.`] as const;

/** Fields every figure that other figures can refer to may carry. */
export const RELATION_DOCS = {
  id: [
    "Mã của số liệu này, duy nhất trong tệp: để số liệu khác trỏ tới (parts.members, change.from).",
    "This figure's id, unique in the feed: how other figures refer to it (parts.members, change.from).",
  ],
  fact: [
    "Các số liệu cùng fact nêu cùng một sự việc (cùng đơn vị, dịch vụ, kỳ, số đo) ở hai chỗ của báo cáo, vd. phần nội dung và phụ lục: số của chúng phải khớp.",
    "Figures with the same fact state one fact (same unit, service, period and measure) in two places of a report, e.g. its text and its appendix: their figures must agree.",
  ],
  parts: [
    "Số liệu này là tổng của các số liệu khác (các dòng dưới dòng Tổng, các dịch vụ của một nhóm, các cấp học).",
    "This figure is the total of other figures (the rows under a total line, a group's services, school levels).",
  ],
  printed: [
    'Số như báo cáo in, từng trường ("103.2%", "85/98%", "#DIV/0!"): để kiểm tra cách viết số kiểu Việt Nam và lấy độ chính xác của tỷ lệ từ số chữ số thập phân đã in.',
    'The figures as the report printed them, field by field ("103.2%", "85/98%", "#DIV/0!"): checked against the Vietnamese way of writing numbers, and the printed decimals set a rate\'s rounding tolerance.',
  ],
  change: [
    'Mức tăng giảm in kèm số liệu ("tăng 961 hồ sơ", "tăng 1,86 %"): phải khớp với hai số liệu nó nối.',
    'The change printed with this figure ("tăng 961 hồ sơ", "tăng 1,86 %"): it must agree with the two figures it joins.',
  ],
} as const;

export const CATEGORY_DOC = [
  "Nhóm của số liệu khi không phải đơn vị hay dịch vụ (cấp học, tuyến, loại đối tượng); hai số liệu khác nhóm không trùng nhau.",
  "The figure's group when it is neither a unit nor a service (school level, tier, beneficiary type); figures of different groups are not duplicates.",
] as const;

export const REMAINDER_DOCS = {
  remaining: COUNT_AS_PRINTED(
    'Số còn lại ("còn …", "chưa …").',
    'The remainder ("còn …", "chưa …").',
  ),
  failed: COUNT_AS_PRINTED(
    'Số không thành công ("không thành công").',
    'The count that failed ("không thành công").',
  ),
} as const;

export const PARTS_DOCS = {
  members: ["Mã (id) các số liệu thành phần.", "The ids of the figures that are its parts."],
  sums: [
    'Trường nào của các thành phần cộng lại bằng trường cùng tên của tổng, vd. ["numerator", "denominator"]; mặc định mọi số đếm mà tổng có.',
    'Which fields of the parts add up to the same field of the total, e.g. ["numerator", "denominator"]; by default every count the total has.',
  ],
  complete: [
    "false: báo cáo không liệt kê hết các thành phần, nên tổng các phần chỉ không được vượt tổng; mặc định true (phải bằng).",
    "false: the report does not list every part, so the parts must only not exceed the total; default true (they must equal it).",
  ],
} as const;

export const STATED_CHANGE_DOCS = {
  of: [
    'Cái gì thay đổi: "numerator", "denominator", "done", "total", "value" hoặc "rate" (tỷ lệ).',
    'What changed: "numerator", "denominator", "done", "total", "value" or "rate".',
  ],
  value: [
    'Mức thay đổi như in, âm khi giảm ("giảm 136" → -136).',
    'The change as printed, negative for a fall ("giảm 136" → -136).',
  ],
  unit: [
    '"count" (số đếm; mặc định), "points" (điểm phần trăm) hoặc "percent" (phần trăm so với kỳ trước).',
    '"count" (the default), "points" (percentage points) or "percent" (per cent of the earlier figure).',
  ],
  ambiguous: [
    'true: báo cáo in "%" mà không rõ là điểm phần trăm hay phần trăm ("tăng 1,86 %"): chấp nhận cả hai cách đọc.',
    'true: the report prints "%" without saying points or per cent ("tăng 1,86 %"): either reading is accepted.',
  ],
  from: [
    "Mã (id) số liệu kỳ trước mà mức thay đổi tính từ đó; bỏ trống thì dùng previous hoặc chỉ kiểm tra số kỳ trước suy ra có thể có không.",
    "The id of the earlier figure the change is from; without it, previous is used, or only whether the implied earlier figure is possible is checked.",
  ],
  label: [
    "Kỳ so sánh như báo cáo ghi, vd. so với tháng 6/2023.",
    "The period compared with, as printed, e.g. so với tháng 6/2023.",
  ],
} as const;

const AS_PRINTED = (vi: string, en: string) =>
  [`${vi} như in, vd. "85,29%".`, `${en} as printed, e.g. "85,29%".`] as const;

export const PRINTED_DOCS = {
  statedRate: AS_PRINTED("Tỷ lệ", "The rate"),
  numerator: AS_PRINTED("Tử số", "The numerator"),
  denominator: AS_PRINTED("Mẫu số", "The denominator"),
  done: AS_PRINTED("Số đã làm", "Done"),
  total: AS_PRINTED("Tổng", "The total"),
  value: AS_PRINTED("Giá trị", "The value"),
} as const;
