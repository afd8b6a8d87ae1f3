/**
 * The JSON Schema (draft 2020-12) of the feed, generated from the zod schema. Used only by the
 * `npm run schema` script and by tests — widgets never import it, so the descriptions below cost
 * nothing at run time.
 */
import * as z from "zod/mini";
import { FeedIndex } from "./feed-index-schema.js";
import * as s from "./schema.js";
import { descriptionOf } from "./schema-docs.js";
import type { FieldDoc } from "./schema-docs.js";

type Meta = { id?: string; description?: string };

/**
 * Named definitions (`$defs`), each with what it is in both languages, so the JSON Schema reads as
 * documentation. The fields' own words come from schema-docs.ts, through zod's global registry.
 */
const DEFINITIONS: [z.core.$ZodType, string, FieldDoc][] = [
  [
    s.LocalizedText,
    "LocalizedText",
    [
      'Văn bản tiếng Việt, hoặc {"vi": …, "en": …}. Một chuỗi đơn là tiếng Việt.',
      'Vietnamese text, or {"vi": …, "en": …}. A bare string is Vietnamese.',
    ],
  ],
  [
    s.Provenance,
    "Provenance",
    [
      "Nguồn gốc số liệu: số văn bản, mục hoặc bảng, câu trích nguyên văn.",
      "Where a figure comes from: document number, section or table, verbatim quote.",
    ],
  ],
  [
    s.Qualifier,
    "Qualifier",
    [
      "Từ đi kèm con số: gần (nearly), trên (above), khoảng (about), hơn (more-than).",
      "Hedge printed with a number: gần (nearly), trên (above), khoảng (about), hơn (more-than).",
    ],
  ],
  [
    s.PreviousRatio,
    "PreviousRatio",
    [
      "Số liệu kỳ trước để tính mức thay đổi theo điểm phần trăm: tử số và mẫu số, tỷ lệ như in, hoặc mức thay đổi như in.",
      "Previous-period figures for the change in percentage points: counts, a stated rate, or a stated change in points.",
    ],
  ],
  [
    s.DossierDetail,
    "DossierDetail",
    [
      "Chi tiết giải quyết hồ sơ của một dịch vụ: đúng hạn, quá hạn, bị từ chối và lý do, trực tuyến của công dân và doanh nghiệp.",
      "Processing detail of a service's dossiers: on time, overdue, rejected with reason, online by citizens and businesses.",
    ],
  ],
  [
    s.RatioObservation,
    "RatioObservation",
    [
      "Tử số / mẫu số là số thật; statedRate là tỷ lệ báo cáo in. Bỏ cả hai số đếm khi chỉ có tỷ lệ; noData là không báo cáo (không bao giờ là 0); notApplicable là cấp này không giải quyết dịch vụ.",
      "numerator / denominator is the truth; statedRate is what the report printed. Omit both counts for a rate-only figure; noData means not reported (never zero); notApplicable means the service is not handled at this tier.",
    ],
  ],
  [
    s.FunnelStageValue,
    "FunnelStageValue",
    [
      "Giá trị của một giai đoạn cho một đơn vị, với chỉ tiêu riêng và phần chia theo mức (mức 1 / mức 2).",
      "One stage's value for one unit, with its own target and per-level split (mức 1 / mức 2).",
    ],
  ],
  [
    s.FunnelObservation,
    "FunnelObservation",
    [
      "Số liệu các giai đoạn cho một đơn vị: mã giai đoạn → giá trị. Giai đoạn bỏ trống hiển thị là thiếu.",
      "Funnel figures for one unit: stage id → value. Stages left out are shown as missing.",
    ],
  ],
  [
    s.ProgressObservation,
    "ProgressObservation",
    [
      "Tiến độ so với tổng (đã làm / tổng), vd. làm sạch dữ liệu, số hoá.",
      "Progress towards a total (done / total), e.g. data cleaning or digitisation.",
    ],
  ],
  [
    s.Subsystem,
    "Subsystem",
    [
      "Một phân hệ IOC: cách dữ liệu về, tình trạng, lần cập nhật cuối và khoảng thời gian mà sau đó dữ liệu bị coi là cũ (thời lượng ISO 8601).",
      "One IOC subsystem: data mode, health, last update and the interval after which its data counts as stale (ISO 8601 duration).",
    ],
  ],
  [
    s.RatioIndicator,
    "RatioIndicator",
    [
      "Một tỷ lệ, vd. tỷ lệ hồ sơ nộp trực tuyến, theo đơn vị và dịch vụ, với chỉ tiêu phần trăm không bắt buộc.",
      "A rate such as the share of dossiers submitted online, per unit and per service, with an optional target in percent.",
    ],
  ],
  [
    s.FunnelIndicator,
    "FunnelIndicator",
    [
      "Các giai đoạn theo thứ tự, vd. chỉ tiêu định danh → thu nhận → phê duyệt → kích hoạt (2–8 giai đoạn), các mức và đợt cao điểm không bắt buộc.",
      "Ordered stages such as e-ID target → collected → approved → activated (2–8 stages), optional levels and campaign window.",
    ],
  ],
  [
    s.StatusIndicator,
    "StatusIndicator",
    ["Bảng trạng thái các phân hệ IOC.", "IOC subsystem status board."],
  ],
  [
    s.ProgressIndicator,
    "ProgressIndicator",
    ["Số liệu tiến độ đã làm / tổng.", "done / total progress figures."],
  ],
  [
    s.AdminUnit,
    "AdminUnit",
    [
      "Một đơn vị hành chính, theo mã của Tổng cục Thống kê.",
      "An administrative unit referred to by GSO code.",
    ],
  ],
  [
    s.Service,
    "Service",
    [
      "Một dịch vụ công, vd. một trong 25 dịch vụ công thiết yếu.",
      "A public service, e.g. one of the 25 essential services (25 DVC thiết yếu).",
    ],
  ],
];

/**
 * The `$defs` ids and words, over the fields' words in zod's global registry (where
 * `z.describe()` puts them). A field's own words win over those of the definition it refers to.
 */
function metadataRegistry() {
  const metadata = z.registry<Meta>();
  for (const [schema, id, doc] of DEFINITIONS)
    metadata.add(schema, { id, description: descriptionOf(doc) });
  const own = metadata.get.bind(metadata);
  metadata.get = (schema) => {
    const definition = own(schema);
    const field = z.globalRegistry.get(schema);
    return definition || field ? { ...definition, ...field } : undefined;
  };
  return metadata;
}

export function feedJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(s.IndicatorFeed, {
    target: "draft-2020-12",
    metadata: metadataRegistry(),
  }) as Record<string, unknown>;
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: s.FEED_SCHEMA_ID,
    title: "chiso indicator feed",
    description: descriptionOf([
      "Nguồn dữ liệu chỉ tiêu Đề án 06 do một tỉnh công bố (chỉ tiêu tỷ lệ, giai đoạn, trạng thái và tiến độ). Sinh từ src/data/schema.ts bằng `npm run schema`; không sửa tay.",
      "A province's published Đề án 06 indicator feed (ratio, funnel, status and progress indicators). Generated from src/data/schema.ts by `npm run schema`; do not edit by hand.",
    ]),
    ...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== "$schema")),
  };
}

export function jsonSchemaText(): string {
  return JSON.stringify(feedJsonSchema(), null, 2) + "\n";
}

/** The JSON Schema of a feed index (`FeedIndex`): the monthly files of one publisher. */
export function feedIndexJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(FeedIndex, { target: "draft-2020-12" }) as Record<
    string,
    unknown
  >;
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: s.FEED_INDEX_SCHEMA_ID,
    title: "chiso feed index",
    description:
      "The list of a publisher's feeds, one per period, that a trend loads as a history. Generated from src/data/schema.ts by `npm run schema`; do not edit by hand.",
    ...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== "$schema")),
  };
}

export function feedIndexJsonSchemaText(): string {
  return JSON.stringify(feedIndexJsonSchema(), null, 2) + "\n";
}
