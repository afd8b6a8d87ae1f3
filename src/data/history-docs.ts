/**
 * The words of the history fields of feed format 1.1 (Vietnamese, then English), beside the rest
 * in `schema-docs.ts`: the observation's own period and publication, the indicator's cadence and
 * marks, and the feed index. Read only by `chiso/schema` and `npm run schema`.
 */

const DAY = (vi: string, en: string) =>
  [`${vi} Dạng YYYY-MM-DD, vd. 2023-02-15.`, `${en} As YYYY-MM-DD, e.g. 2023-02-15.`] as const;

export const OWN_PERIOD_DOCS = {
  start: DAY("Ngày đầu kỳ.", "First day of the period."),
  end: DAY("Ngày cuối kỳ.", "Last day of the period."),
  label: [
    "Tên kỳ như báo cáo ghi, vd. Tháng 02/2023, 9 tháng đầu năm 2023.",
    "The period as printed, e.g. Tháng 02/2023, 9 tháng đầu năm 2023.",
  ],
} as const;

export const HISTORY_OBSERVATION_DOCS = {
  period: [
    "Kỳ của số liệu này; mặc định là kỳ của tệp. Một tệp có nhiều kỳ là một chuỗi số liệu: kỳ không báo cáo là khoảng trống, không phải số 0.",
    "The period of this figure; defaults to the feed's. A feed with many periods is a history: a period left out is a gap, never a zero.",
  ],
  accumulation: [
    'Số liệu trong kỳ ("in-period") hay lũy kế ("cumulative", tính đến ngày); mặc định theo chỉ tiêu, nếu không thì trong kỳ. Một dòng không được trộn hai loại.',
    'In-period ("in-period") or cumulative ("cumulative", to date) figures; defaults to the indicator\'s, else in-period. One line never mixes the two.',
  ],
  publishedOn: DAY(
    "Ngày công bố số liệu. Hai số liệu cùng đơn vị, dịch vụ và kỳ chỉ hợp lệ khi khác ngày công bố: bản sau được dùng, bản trước được giữ như bản cũ.",
    "When the figure was published. Two figures for the same unit, service and period are a restatement only with different dates: the later wins, the earlier is kept as a revision.",
  ),
  unitVintage: [
    "Năm của danh mục đơn vị hành chính mà mã unit thuộc về, khi khác với của tệp (vd. 2023 trước ngày 1/7/2025).",
    "Year of the unit list this figure's unit code belongs to, when it differs from the feed's (e.g. 2023 before 1 July 2025).",
  ],
} as const;

export const HISTORY_INDICATOR_DOCS = {
  cadence: [
    "Tần suất báo cáo: month, quarter, half-year, nine-months, year; khoảng trống được đếm theo bước này.",
    "How often it is reported: month, quarter, half-year, nine-months, year; gaps are counted in these steps.",
  ],
  accumulation: [
    "Loại số liệu mặc định của các số liệu: in-period (trong kỳ) hoặc cumulative (lũy kế).",
    "Default accumulation of its figures: in-period or cumulative.",
  ],
  annotations: [
    "Các mốc vẽ trên biểu đồ theo thời gian: chiến dịch (90 ngày đêm), sắp xếp đơn vị hành chính, ghi chú (tối đa 50).",
    "Dated marks drawn on its trend: a campaign (90 ngày đêm), the unit reform, a note (at most 50).",
  ],
} as const;

export const ANNOTATION_DOCS = {
  start: DAY("Ngày bắt đầu của mốc.", "First day of the mark."),
  end: DAY("Ngày kết thúc, nếu là một khoảng.", "Last day, for a span."),
  label: ["Tên mốc, vd. 90 ngày đêm.", "The mark's name, e.g. 90 ngày đêm."],
  kind: [
    "Loại mốc: campaign (chiến dịch), reform (sắp xếp đơn vị hành chính), note (ghi chú).",
    "Kind of mark: campaign, reform (administrative reform), note.",
  ],
} as const;

export const FEED_INDEX_DOCS = {
  $schema: ["Đường dẫn tới lược đồ, để trình soạn thảo kiểm tra.", "The schema, for editors."],
  schemaVersion: ["Phiên bản định dạng, 1.x.", "Format version, 1.x."],
  kind: ['Luôn là "feed-index".', 'Always "feed-index".'],
  id: ["Mã ổn định của danh mục.", "Stable id of the index."],
  title: ["Tên danh mục.", "Title of the index."],
  publisher: ["Bên công bố các tệp.", "Who publishes the feeds."],
  feeds: [
    "Các tệp số liệu, mỗi kỳ một tệp (1–600); tệp sau cho cùng kỳ được dùng.",
    "The feeds, one per period (1–600); a later file for the same period wins.",
  ],
} as const;

export const FEED_INDEX_PUBLISHER_DOCS = {
  name: ["Tên bên công bố.", "Publisher's name."],
  unitCode: ["Mã đơn vị hành chính của bên công bố.", "The publisher's unit code."],
} as const;

export const FEED_INDEX_ENTRY_DOCS = {
  url: [
    "Địa chỉ tệp số liệu, tính từ địa chỉ của danh mục.",
    "The feed's address, relative to the index's own.",
  ],
  period: ["Kỳ của tệp.", "The feed's period."],
  publishedOn: DAY("Ngày công bố tệp.", "When the file was published."),
} as const;
