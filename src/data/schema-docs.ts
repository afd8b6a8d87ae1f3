/**
 * What every field of the feed means, in Vietnamese and in English: the `description` of each
 * property of the published JSON Schema, which is what an editor shows on hover and in completion
 * (VS Code and any JSON Schema tool). `schema.ts` attaches them with zod's `z.describe()`, so an
 * app that runs `z.toJSONSchema` on `chiso/schema` gets them too. A field without words here does
 * not compile (see `documented`); a test counts them in the generated schema.
 *
 * Only `chiso/schema` and `npm run schema` read this module: the widgets never do.
 */
import * as z from "zod/mini";
import { HISTORY_INDICATOR_DOCS, HISTORY_OBSERVATION_DOCS } from "./history-docs.js";
import { CATEGORY_DOC, RELATION_DOCS, REMAINDER_DOCS } from "./relation-docs.js";

export * from "./history-docs.js";
export * from "./relation-docs.js";

/** Vietnamese first, then English. */
export type FieldDoc = readonly [vi: string, en: string];

/** The `description` text of one field: Vietnamese, a blank line, English. */
export const descriptionOf = ([vi, en]: FieldDoc): string => `${vi}\n\n${en}`;

/**
 * A shape whose every field carries its words. The docs are typed by the shape's keys, so a field
 * left undocumented is a compile error; a doc for a field that does not exist fails at import.
 */
export function documented<T extends Record<string, z.ZodMiniType>>(
  docs: { readonly [K in keyof T]: FieldDoc },
  shape: T,
): T {
  const out: Record<string, z.ZodMiniType> = {};
  for (const key of Object.keys(docs))
    if (!(key in shape)) throw new Error(`schema-docs: no field "${key}" to document`);
  for (const [key, field] of Object.entries(shape))
    out[key] = field.check(z.describe(descriptionOf(docs[key]!)));
  return out as T;
}

const NOTE: FieldDoc = [
  "Ghi chú cho người đọc (vd. cách tính, điều kiện của số liệu).",
  "A note for readers (e.g. how the figure was counted, what it covers).",
];
const PROVENANCE: FieldDoc = [
  "Nguồn gốc số liệu: số văn bản, mục hoặc bảng, câu trích nguyên văn.",
  "Where the figure comes from: document number, section or table, verbatim quote.",
];
const AS_OF: FieldDoc = [
  'Ngày số liệu được tính đến ("tính đến ngày"), khi khác ngày cuối kỳ; dạng YYYY-MM-DD.',
  'Date the figure was counted at ("tính đến ngày") when it differs from the period end; YYYY-MM-DD.',
];
const NO_DATA: FieldDoc = [
  "true: đơn vị không báo cáo số liệu này; hiển thị là không có số liệu, không bao giờ là 0.",
  "true: not reported; shown as no data, never as zero.",
];
const STATED_RATE: FieldDoc = [
  "Tỷ lệ phần trăm in trong báo cáo, giữ nguyên như in (85.29 nghĩa là 85,29 %); null khi báo cáo không in.",
  "The percentage as printed in the report (85.29 means 85.29 %); null when none was printed.",
];
const QUALIFIER: FieldDoc = [
  'Từ đi kèm con số trong báo cáo: "nearly" (gần), "above" (trên), "about" (khoảng), "more-than" (hơn).',
  'The hedge printed with the number: "nearly" (gần), "above" (trên), "about" (khoảng), "more-than" (hơn).',
];
const TARGET_PERCENT: FieldDoc = [
  "Chỉ tiêu (mục tiêu) tính bằng phần trăm, vd. 60 cho 60 %.",
  "Target in percent, e.g. 60 for 60 %.",
];
const SLUG_ID = (vi: string, en: string): FieldDoc => [
  `${vi} Viết chữ thường không dấu, số và - . _ (vd. cap-doi-cccd), tối đa 80 ký tự.`,
  `${en} Lowercase ASCII letters, digits and - . _ (e.g. cap-doi-cccd), at most 80 characters.`,
];
const UNIT_CODE = (vi: string, en: string): FieldDoc => [
  `${vi} Mã đơn vị hành chính của Tổng cục Thống kê, dạng chuỗi, giữ số 0 đầu: 2 chữ số cho tỉnh ("24"), 3 cho huyện ("213"), 5 cho xã; "VN" cho cả nước.`,
  `${en} GSO administrative code as a string, leading zeros kept: 2 digits for a province ("24"), 3 for a district ("213"), 5 for a commune; "VN" for the country.`,
];
const LABEL: FieldDoc = [
  'Tên hiển thị: chuỗi tiếng Việt, hoặc {"vi": …, "en": …}.',
  'Name shown to people: a Vietnamese string, or {"vi": …, "en": …}.',
];
const COUNT = (vi: string, en: string): FieldDoc => [
  `${vi} Số nguyên ≥ 0, viết như số JSON: 42328, không viết "42.328".`,
  `${en} A whole number ≥ 0 written as a JSON number: 42328, not "42.328".`,
];

export const LOCALIZED_TEXT_DOCS = {
  vi: ["Văn bản tiếng Việt (bắt buộc).", "Vietnamese text (required)."],
  en: ["Bản tiếng Anh (không bắt buộc).", "English text (optional)."],
} as const;

export const PROVENANCE_DOCS = {
  document: ["Số văn bản như in, vd. 552/BC-TCT.", "Document number as printed, e.g. 552/BC-TCT."],
  section: [
    "Mục, bảng hoặc phụ lục, vd. Phụ lục I, dòng 3.",
    "Section, table or appendix, e.g. Phụ lục I, dòng 3.",
  ],
  quote: [
    "Câu hoặc dòng bảng chứa số liệu, trích nguyên văn.",
    "The sentence or table row the figure was read from, verbatim.",
  ],
} as const;

export const OBSERVATION_DOCS = {
  unit: UNIT_CODE(
    "Đơn vị hành chính của số liệu; mặc định là đơn vị của bên công bố.",
    "Administrative unit the figure is about; defaults to the publisher's own unit.",
  ),
  noData: NO_DATA,
  asOf: AS_OF,
  note: NOTE,
  provenance: PROVENANCE,
  ...HISTORY_OBSERVATION_DOCS,
} as const;

export const PREVIOUS_RATIO_DOCS = {
  numerator: COUNT("Tử số của kỳ trước.", "Numerator of the previous period."),
  denominator: COUNT("Mẫu số của kỳ trước.", "Denominator of the previous period."),
  rate: [
    "Tỷ lệ kỳ trước như in, tính bằng phần trăm.",
    "Previous period's rate as printed, in percent.",
  ],
  changePoints: [
    'Mức thay đổi tính bằng điểm phần trăm như in ("tăng 1,86 %" → 1.86), khi không có tỷ lệ kỳ trước.',
    'Change in percentage points as printed ("tăng 1,86 %" → 1.86), when no previous rate is given.',
  ],
  label: ["Kỳ trước là kỳ nào, vd. tháng 6/2023.", "Which period this was, e.g. tháng 6/2023."],
} as const;

export const DOSSIER_DETAIL_DOCS = {
  onTime: COUNT("Số hồ sơ giải quyết đúng hạn.", "Dossiers resolved on time."),
  overdue: COUNT("Số hồ sơ giải quyết quá hạn.", "Dossiers resolved late."),
  onTimeOf: [
    'Đúng hạn / quá hạn tính trên gì: "online" (hồ sơ trực tuyến) hoặc "resolved" (mọi hồ sơ đã giải quyết).',
    'What on time / overdue count out of: "online" (the online dossiers) or "resolved" (all resolved dossiers).',
  ],
  resolved: COUNT("Số hồ sơ đã giải quyết trong kỳ.", "Dossiers resolved in the period."),
  onlineCitizens: COUNT(
    "Số hồ sơ trực tuyến của công dân.",
    "Online dossiers submitted by citizens.",
  ),
  onlineBusinesses: COUNT(
    "Số hồ sơ trực tuyến của doanh nghiệp.",
    "Online dossiers submitted by businesses.",
  ),
  rejected: COUNT("Số hồ sơ bị từ chối (không tiếp nhận).", "Dossiers not accepted (rejected)."),
  rejectedReason: ["Lý do từ chối như báo cáo ghi.", "Why they were rejected, as the report says."],
} as const;

export const RATIO_OBSERVATION_DOCS = {
  ...OBSERVATION_DOCS,
  service: SLUG_ID(
    "Mã dịch vụ trong services; bỏ trống cho số liệu chung mọi dịch vụ.",
    "Service id from services; absent for the all-services figure.",
  ),
  numerator: COUNT(
    "Tử số: số hồ sơ trực tuyến (hoặc cái mà chỉ tiêu đếm là đã đạt); null khi không báo cáo.",
    "Numerator: online dossiers (or whatever the indicator counts as done); null when not reported.",
  ),
  denominator: COUNT(
    "Mẫu số: tổng số hồ sơ tiếp nhận; null khi không báo cáo.",
    "Denominator: all dossiers received; null when not reported.",
  ),
  statedRate: STATED_RATE,
  qualifier: QUALIFIER,
  target: [
    "Chỉ tiêu phần trăm riêng của số liệu này, thay cho chỉ tiêu của cả chỉ tiêu.",
    "Target in percent for this observation, overriding the indicator's.",
  ],
  previous: [
    "Số liệu kỳ trước, để tính mức tăng giảm theo điểm phần trăm.",
    "Previous-period figures, for the change in percentage points.",
  ],
  detail: [
    "Chi tiết giải quyết hồ sơ (các cột của phụ lục).",
    "Processing detail of the dossiers (the appendix columns).",
  ],
  notApplicable: [
    'true: cấp này không giải quyết dịch vụ này (vd. "Cấp tỉnh" trong báo cáo cấp huyện).',
    'true: the service is not handled at this tier (e.g. "Cấp tỉnh" in a district report).',
  ],
  category: CATEGORY_DOC,
  ...RELATION_DOCS,
} as const;

export const FUNNEL_STAGE_VALUE_DOCS = {
  value: COUNT(
    "Giá trị của giai đoạn cho đơn vị này; null khi không báo cáo.",
    "This stage's value for this unit; null when not reported.",
  ),
  target: COUNT(
    "Chỉ tiêu riêng của giai đoạn này; các giai đoạn có thể có chỉ tiêu khác nhau.",
    "This stage's own target; stages may have different targets.",
  ),
  levels: [
    "Chia theo mức định danh (mức 1 / mức 2): mã mức trong levels → số nguyên ≥ 0.",
    "Split by assurance level (mức 1 / mức 2): a level id from levels → a whole number ≥ 0.",
  ],
  statedRate: STATED_RATE,
  statedRateOf: [
    'Tỷ lệ in trong báo cáo tính trên gì: "target" (chỉ tiêu), "first" (giai đoạn đầu), "previous" (giai đoạn trước).',
    'What the printed rate is out of: "target", "first" (the first stage) or "previous" (the stage before).',
  ],
  qualifier: QUALIFIER,
  noData: NO_DATA,
  asOf: AS_OF,
  note: NOTE,
  provenance: PROVENANCE,
  ...REMAINDER_DOCS,
  ...RELATION_DOCS,
} as const;

export const FUNNEL_OBSERVATION_DOCS = {
  ...OBSERVATION_DOCS,
  quota: COUNT(
    "Chỉ tiêu chung cho mọi giai đoạn không có chỉ tiêu riêng.",
    "Overall quota for every stage without its own target.",
  ),
  stages: [
    "Số liệu từng giai đoạn: mã giai đoạn trong stages → giá trị. Giai đoạn bỏ trống hiển thị là thiếu.",
    "Figures per stage: a stage id from stages → its value. Stages left out are shown as missing.",
  ],
} as const;

export const STAGE_DOCS = {
  id: SLUG_ID(
    "Mã giai đoạn, dùng trong observations[].stages.",
    "Stage id, used in observations[].stages.",
  ),
  label: LABEL,
} as const;

export const LEVEL_DOCS = {
  id: SLUG_ID("Mã mức, dùng trong stages[…].levels.", "Level id, used in stages[…].levels."),
  label: LABEL,
} as const;

export const PROGRESS_OBSERVATION_DOCS = {
  ...OBSERVATION_DOCS,
  done: [
    "Đã làm được (số ≥ 0, có thể lẻ); null khi không báo cáo.",
    "Done so far (a number ≥ 0, may be fractional); null when not reported.",
  ],
  total: [
    "Tổng cần làm (số ≥ 0); null khi không báo cáo.",
    "The total to reach (a number ≥ 0); null when not reported.",
  ],
  statedRate: STATED_RATE,
  qualifier: QUALIFIER,
  target: TARGET_PERCENT,
  category: CATEGORY_DOC,
  ...REMAINDER_DOCS,
  ...RELATION_DOCS,
} as const;

export const SUBSYSTEM_DOCS = {
  id: SLUG_ID("Mã phân hệ, duy nhất trong chỉ tiêu.", "Subsystem id, unique within the indicator."),
  label: LABEL,
  mode: [
    'Cách dữ liệu về trung tâm điều hành: "online" (trực tuyến), "manual" (nhập tay), "simulated" (mô phỏng), "awaiting-connection" (chờ kết nối), "offline" (ngừng).',
    'How the data reaches the operations centre: "online", "manual", "simulated", "awaiting-connection" or "offline".',
  ],
  health: [
    'Tình trạng: "ok" (bình thường), "degraded" (suy giảm), "down" (ngừng), "unknown" (không rõ).',
    'Health: "ok", "degraded", "down" or "unknown".',
  ],
  lastUpdated: [
    "Lần cuối có dữ liệu, ISO 8601 có múi giờ (vd. 2023-07-26T17:00:00+07:00); null khi chưa bao giờ có.",
    "When its data last arrived, ISO 8601 with offset (e.g. 2023-07-26T17:00:00+07:00); null when it never did.",
  ],
  expectedInterval: [
    "Bao lâu có dữ liệu mới một lần (thời lượng ISO 8601: PT5M, PT1H, P1D); cũ hơn thì bị coi là dữ liệu cũ.",
    "How often fresh data is expected (ISO 8601 duration: PT5M, PT1H, P1D); older data counts as stale.",
  ],
  group: ["Nhóm phân hệ, để gom trên bảng.", "Group the subsystem is shown under."],
  note: NOTE,
  provenance: PROVENANCE,
} as const;

export const INDICATOR_DOCS = {
  id: SLUG_ID(
    "Mã chỉ tiêu, ổn định, dùng trong thuộc tính indicator của các widget.",
    "Stable indicator id, used by the widgets' indicator attribute.",
  ),
  label: LABEL,
  description: ["Mô tả chỉ tiêu.", "What the indicator measures."],
  unitLabel: ["Cái được đếm, vd. hồ sơ, tài khoản.", "What is counted, e.g. hồ sơ, tài khoản."],
  note: NOTE,
  provenance: PROVENANCE,
  ...HISTORY_INDICATOR_DOCS,
} as const;

export const KIND_DOCS = {
  ratio: [
    'Loại chỉ tiêu: "ratio" (tỷ lệ tử số / mẫu số).',
    'Indicator kind: "ratio" (numerator / denominator).',
  ],
  funnel: [
    'Loại chỉ tiêu: "funnel" (các giai đoạn nối tiếp).',
    'Indicator kind: "funnel" (ordered stages).',
  ],
  status: [
    'Loại chỉ tiêu: "status" (trạng thái các phân hệ).',
    'Indicator kind: "status" (subsystem status).',
  ],
  progress: [
    'Loại chỉ tiêu: "progress" (đã làm / tổng).',
    'Indicator kind: "progress" (done / total).',
  ],
} as const satisfies Record<string, FieldDoc>;

export const RATIO_TARGET_DOCS: FieldDoc = [
  "Chỉ tiêu tỷ lệ tính bằng phần trăm (vd. 60 cho yêu cầu 60 % hồ sơ trực tuyến).",
  "Target rate in percent (e.g. 60 for a 60 % online requirement).",
];

export const PROGRESS_TARGET_DOCS: FieldDoc = TARGET_PERCENT;

export const OBSERVATIONS_DOCS: FieldDoc = [
  "Các số liệu, mỗi đơn vị (và dịch vụ) một mục.",
  "The figures, one entry per unit (and service).",
];

export const FUNNEL_DOCS = {
  stages: [
    "Các giai đoạn theo thứ tự (2–8), vd. chỉ tiêu → thu nhận → phê duyệt → kích hoạt.",
    "The stages in order (2–8), e.g. target → collected → approved → activated.",
  ],
  levels: [
    "Các mức định danh (tối đa 4), vd. mức 1, mức 2.",
    "Assurance levels (at most 4), e.g. mức 1, mức 2.",
  ],
  campaign: [
    'Đợt cao điểm mà số liệu thuộc về ("90 ngày đêm", 20/6–20/9/2023).',
    'A time-boxed campaign the figures belong to ("90 ngày đêm", 20/6–20/9/2023).',
  ],
} as const;

export const CAMPAIGN_DOCS = {
  start: ["Ngày bắt đầu đợt, YYYY-MM-DD.", "First day of the campaign, YYYY-MM-DD."],
  end: ["Ngày kết thúc đợt, YYYY-MM-DD.", "Last day of the campaign, YYYY-MM-DD."],
  label: ["Tên đợt.", "Name of the campaign."],
} as const;

export const SUBSYSTEMS_DOCS: FieldDoc = [
  "Các phân hệ của trung tâm điều hành (IOC).",
  "The subsystems of the operations centre (IOC).",
];

export const ADMIN_UNIT_DOCS = {
  code: UNIT_CODE("Mã đơn vị.", "The unit's code."),
  name: ["Tên đơn vị, vd. Thành phố Bắc Giang.", "The unit's name, e.g. Thành phố Bắc Giang."],
  level: [
    'Cấp: "country" (cả nước), "province" (tỉnh), "district" (huyện), "commune" (xã).',
    'Level: "country", "province", "district" or "commune".',
  ],
  parent: UNIT_CODE("Mã đơn vị cấp trên.", "Code of the unit it belongs to."),
} as const;

export const SERVICE_DOCS = {
  id: SLUG_ID(
    "Mã dịch vụ, dùng trong observations[].service và thuộc tính service của widget.",
    "Service id, used in observations[].service and the widgets' service attribute.",
  ),
  name: ["Tên dịch vụ công.", "Name of the public service."],
  authority: [
    "Cơ quan phụ trách, vd. Công an, Tư pháp.",
    "Authority responsible, e.g. Công an, Tư pháp.",
  ],
  tier: [
    'Cấp giải quyết: "national", "provincial", "district" hoặc "commune".',
    'Tier that handles it: "national", "provincial", "district" or "commune".',
  ],
  connectedToNationalPortal: [
    "Đã kết nối Cổng Dịch vụ công quốc gia chưa; null khi không rõ.",
    "Connected to the National Public Service Portal; null when unknown.",
  ],
} as const;

export const PUBLISHER_DOCS = {
  name: ["Tên đơn vị công bố.", "Name of the publisher."],
  unitCode: UNIT_CODE(
    "Đơn vị hành chính của bên công bố, là đơn vị mặc định của mọi số liệu.",
    "The publisher's own administrative unit, the default unit of every observation.",
  ),
  url: [
    "Trang web của bên công bố (http:// hoặc https://).",
    "The publisher's website (http:// or https://).",
  ],
} as const;

export const SOURCE_DOCS = {
  docNumber: [
    "Số văn bản như in; có thể thiếu (/BC-TCTTKĐA).",
    "Document number as printed; may be incomplete (/BC-TCTTKĐA).",
  ],
  date: [
    "Ngày ký, YYYY-MM-DD; null khi báo cáo để trống.",
    "Signature date, YYYY-MM-DD; null when the report leaves it blank.",
  ],
  title: ["Tên báo cáo.", "Title of the report."],
  issuer: ["Cơ quan ban hành báo cáo.", "Who issued the report."],
  url: [
    "Địa chỉ của báo cáo (http:// hoặc https://).",
    "Where the report can be read (http:// or https://).",
  ],
} as const;

export const PERIOD_DOCS = {
  start: ["Ngày đầu kỳ báo cáo, YYYY-MM-DD.", "First day of the reporting period, YYYY-MM-DD."],
  end: ["Ngày cuối kỳ báo cáo, YYYY-MM-DD.", "Last day of the reporting period, YYYY-MM-DD."],
  label: [
    "Kỳ báo cáo như in, vd. Từ ngày 16/01/2023 đến 15/02/2023.",
    "The period as printed, e.g. Từ ngày 16/01/2023 đến 15/02/2023.",
  ],
} as const;

export const FEED_DOCS = {
  $schema: [
    "Đường dẫn tới lược đồ này, để trình soạn thảo kiểm tra khi gõ (chiso bỏ qua trường này).",
    "Where this schema is, so an editor checks the feed as you type (chiso ignores it).",
  ],
  schemaVersion: [
    'Phiên bản định dạng, "1.x" (vd. "1.0").',
    'Feed-format version, "1.x" (e.g. "1.0").',
  ],
  id: SLUG_ID(
    "Mã ổn định của nguồn dữ liệu, vd. bac-giang-2023-02.",
    "Stable id of this feed, e.g. bac-giang-2023-02.",
  ),
  title: ["Tiêu đề nguồn dữ liệu.", "Title of the feed."],
  publisher: ["Đơn vị công bố số liệu.", "Who publishes the figures."],
  source: ["Báo cáo mà số liệu được lấy ra.", "The report the figures come from."],
  period: ["Kỳ báo cáo.", "The reporting period."],
  generatedAt: [
    "Thời điểm lập nguồn dữ liệu, ISO 8601 có múi giờ (vd. 2023-07-26T17:00:00+07:00); cũng dùng để chỉnh đồng hồ sai của màn hình.",
    "When the feed was generated, ISO 8601 with offset (e.g. 2023-07-26T17:00:00+07:00); also corrects a viewer's wrong clock.",
  ],
  unitVintage: [
    'Năm của danh mục đơn vị hành chính: "2023" (trước 1/7/2025: 63 tỉnh, 705 huyện) hoặc "2025" (34 tỉnh, không còn huyện).',
    'Year of the administrative-unit list the codes belong to: "2023" (before 1 July 2025: 63 provinces, 705 districts) or "2025" (34 provinces, no districts).',
  ],
  units: [
    "Các đơn vị mà số liệu nhắc tới, để widget gọi tên mà không cần tệp ranh giới.",
    "The units the figures refer to, so widgets can name them without boundary files.",
  ],
  services: ["Các dịch vụ công mà số liệu nhắc tới.", "The public services the figures refer to."],
  indicators: ["Các chỉ tiêu (ít nhất một).", "The indicators (at least one)."],
} as const;
