/**
 * The published JSON indicator feed, version 1 — the single source of truth.
 *
 * `npm run schema` generates two files from it, and the test command fails when either drifts:
 * `schema/indicator-feed.schema.json` (JSON Schema draft 2020-12, for publishers' tools) and
 * `feed-rules.generated.ts` (the rules the shipped validator, `validate.ts`, interprets — so zod
 * itself never reaches a portal page). Apps that use zod can import this module as `chiso/schema`.
 *
 * Conventions shared by every part of the feed:
 * - counts are plain JSON numbers (`42328`, never `"42.328"`), rates are percent (`85.29`, never 0.8529);
 * - `null` or `noData: true` means "not reported", which is never the same as `0`;
 * - text that people read is `LocalizedText`: a Vietnamese string, or `{ "vi": …, "en": … }`;
 * - administrative units are referred to by their GSO code (`"24"`, `"213"`), leading zeros kept.
 */
import * as z from "zod/mini";
import * as docs from "./schema-docs.js";
import { documented } from "./schema-docs.js";
import { relationFields, remainderFields } from "./schema-relations.js";
import {
  Amount,
  Count,
  Duration,
  IsoDate,
  IsoDateTime,
  LocalizedText,
  nonEmpty,
  Percent,
  Slug,
  UnitCode,
} from "./schema-values.js";

/**
 * The `$id` of the generated JSON Schema, an address that serves it: unpkg serves the file of the
 * newest chiso on npm (pin one with `chiso@0.1.0`). The file keeps this name for every 1.x format.
 */
export const FEED_SCHEMA_ID = "https://unpkg.com/chiso/schema/indicator-feed.schema.json";
/**
 * The feed-format version this library writes and reads (any `1.x` is accepted). 1.1 added
 * history: observations of many periods (`period`, `accumulation`, `publishedOn`,
 * `unitVintage` on an observation), an indicator's `cadence` and `annotations`, and the
 * `FeedIndex` of monthly files. 1.2 ties figures together for the consistency pass: an
 * observation's `id`, the `fact` it states, its `parts`, a printed `change`, a `category` and
 * printed remainders (`remaining`, `failed`). Every 1.0 and 1.1 feed is a valid 1.2 feed.
 */
export const FEED_SCHEMA_VERSION = "1.2";
/** The `$id` of the generated JSON Schema of a feed index (served the same way). */
export const FEED_INDEX_SCHEMA_ID = "https://unpkg.com/chiso/schema/feed-index.schema.json";

export { IsoDate, LocalizedText, Slug, UnitCode } from "./schema-values.js";

/** Where a figure comes from, so that anyone can check it against the report. */
export const Provenance = z.strictObject(
  documented(docs.PROVENANCE_DOCS, {
    /** Document number as printed, e.g. `552/BC-TCT`. */
    document: z.optional(nonEmpty),
    /** Section, table or appendix, e.g. `Phụ lục I, dòng 3`. */
    section: z.optional(nonEmpty),
    /** The sentence or table row the figure was read from, verbatim. */
    quote: z.optional(z.string().check(z.maxLength(4000))),
  }),
);

/** A period of its own: a month, a quarter, six or nine months, a year, or any span of days. */
export const Period = z.strictObject(
  documented(docs.OWN_PERIOD_DOCS, {
    start: IsoDate,
    end: IsoDate,
    /** As printed, e.g. `Tháng 02/2023`, `9 tháng đầu năm 2023`. */
    label: z.optional(LocalizedText),
  }),
);

/**
 * In-period figures ("trong kỳ", "trong tháng") or cumulative ones ("lũy kế", "tính đến ngày",
 * counted from the start of a year or a campaign). One series never mixes the two.
 */
export const Accumulation = z.enum(["in-period", "cumulative"]);

/** A year of the administrative-unit list: `2023` (63 provinces, 705 districts) or `2025`. */
const Vintage = z.string().check(z.regex(/^\d{4}$/));

/** How often an indicator is reported. */
export const Cadence = z.enum(["month", "quarter", "half-year", "nine-months", "year"]);

/** A dated mark on a series: a campaign ("90 ngày đêm"), the 1 July 2025 reform, a note. */
export const Annotation = z.strictObject(
  documented(docs.ANNOTATION_DOCS, {
    start: IsoDate,
    /** Last day, for a span; absent for a single day. */
    end: z.optional(IsoDate),
    label: LocalizedText,
    kind: z.optional(z.enum(["campaign", "reform", "note"])),
  }),
);

/** Fields every observation may carry. */
const observationBase = {
  /**
   * The period this figure is about; defaults to the feed's `period`. A feed holding many
   * periods is a history: a period left out is a gap, never a zero.
   */
  period: z.optional(Period),
  /** In-period or cumulative; defaults to the indicator's `accumulation`, else in-period. */
  accumulation: z.optional(Accumulation),
  /**
   * When this figure was published. Two observations of the same unit, service and period are
   * a restatement only with different `publishedOn`: the later one wins, the earlier one is kept
   * and shown as a revision.
   */
  publishedOn: z.optional(IsoDate),
  /** The unit list this figure's `unit` belongs to, when it differs from the feed's. */
  unitVintage: z.optional(Vintage),
  /** Administrative unit the figure is about; defaults to the publisher's own unit. */
  unit: z.optional(UnitCode),
  /** Explicitly "not reported" — shown as no data, never as zero. */
  noData: z.optional(z.boolean()),
  /** Date the figure was counted at ("tính đến ngày"), when it differs from the period end. */
  asOf: z.optional(IsoDate),
  note: z.optional(LocalizedText),
  provenance: z.optional(Provenance),
};

/** Hedge printed with a number: "gần 78 %" (nearly), "trên 51 %" (above), "khoảng" (about). */
export const Qualifier = z.enum(["nearly", "above", "about", "more-than"]);

/** Previous-period figures for a ratio, used for the delta in percentage points. */
export const PreviousRatio = z.strictObject(
  documented(docs.PREVIOUS_RATIO_DOCS, {
    numerator: z.optional(Count),
    denominator: z.optional(Count),
    /** Stated rate of the previous period, in percent. */
    rate: z.optional(Percent),
    /** Change in percentage points as printed ("tăng 1,86 %" → `1.86`), when no previous rate is given. */
    changePoints: z.optional(z.number().check(z.gte(-100000), z.lte(100000))),
    /** Which period this was, e.g. `tháng 6/2023`. */
    label: z.optional(LocalizedText),
  }),
);

/** Processing detail of a service's dossiers (Phụ lục columns). */
export const DossierDetail = z.strictObject(
  documented(docs.DOSSIER_DETAIL_DOCS, {
    /** Dossiers resolved on time. */
    onTime: z.optional(Count),
    /** Dossiers resolved late. */
    overdue: z.optional(Count),
    /** What on-time/overdue count out of: the online dossiers or all resolved dossiers. */
    onTimeOf: z.optional(z.enum(["online", "resolved"])),
    /** Dossiers resolved in the period. */
    resolved: z.optional(Count),
    /** Online dossiers submitted by citizens. */
    onlineCitizens: z.optional(Count),
    /** Online dossiers submitted by businesses. */
    onlineBusinesses: z.optional(Count),
    /** Dossiers not accepted (rejected). */
    rejected: z.optional(Count),
    rejectedReason: z.optional(LocalizedText),
  }),
);

/**
 * One ratio figure: `numerator / denominator` is the truth; `statedRate` is what the report
 * printed and is kept apart (some reports print only a rate).
 */
export const RatioObservation = z.strictObject(
  documented(docs.RATIO_OBSERVATION_DOCS, {
    ...observationBase,
    /** Service id from `feed.services`; absent for the all-services figure. */
    service: z.optional(Slug),
    /** Online dossiers (or whatever the indicator counts as "done"). */
    numerator: z.optional(z.nullable(Count)),
    /** All dossiers received. */
    denominator: z.optional(z.nullable(Count)),
    /** The percentage printed in the report, if any. */
    statedRate: z.optional(z.nullable(Percent)),
    qualifier: z.optional(Qualifier),
    /** Target in percent for this observation, overriding the indicator's. */
    target: z.optional(Percent),
    previous: z.optional(PreviousRatio),
    detail: z.optional(DossierDetail),
    /** The service is not handled at this tier (e.g. "Cấp tỉnh" in a district report). */
    notApplicable: z.optional(z.boolean()),
    category: z.optional(Slug),
    ...relationFields,
  }),
);

/** A value of one funnel stage for one unit. */
export const FunnelStageValue = z.strictObject(
  documented(docs.FUNNEL_STAGE_VALUE_DOCS, {
    value: z.optional(z.nullable(Count)),
    /** This stage's own target (chỉ tiêu); stages may have different targets. */
    target: z.optional(Count),
    /** Split by assurance level, keyed by `indicator.levels[].id`. */
    levels: z.optional(z.record(Slug, Count)),
    /** The percentage printed in the report, and of what it was printed. */
    statedRate: z.optional(z.nullable(Percent)),
    statedRateOf: z.optional(z.enum(["target", "first", "previous"])),
    qualifier: z.optional(Qualifier),
    noData: z.optional(z.boolean()),
    asOf: z.optional(IsoDate),
    note: z.optional(LocalizedText),
    provenance: z.optional(Provenance),
    ...remainderFields,
    ...relationFields,
  }),
);

/** Funnel figures for one unit: stage id → value. Stages left out are "missing". */
export const FunnelObservation = z.strictObject(
  documented(docs.FUNNEL_OBSERVATION_DOCS, {
    ...observationBase,
    /** Overall quota that applies to every stage without its own target. */
    quota: z.optional(Count),
    stages: z.record(Slug, FunnelStageValue),
  }),
);

export const FunnelStage = z.strictObject(
  documented(docs.STAGE_DOCS, { id: Slug, label: LocalizedText }),
);

export const FunnelLevel = z.strictObject(
  documented(docs.LEVEL_DOCS, { id: Slug, label: LocalizedText }),
);

/** Progress towards a total: data cleaning, digitisation, cashless payment. */
export const ProgressObservation = z.strictObject(
  documented(docs.PROGRESS_OBSERVATION_DOCS, {
    ...observationBase,
    done: z.optional(z.nullable(Amount)),
    total: z.optional(z.nullable(Amount)),
    statedRate: z.optional(z.nullable(Percent)),
    qualifier: z.optional(Qualifier),
    target: z.optional(Percent),
    category: z.optional(Slug),
    ...remainderFields,
    ...relationFields,
  }),
);

/** How a subsystem's data reaches the operations centre. */
export const DataMode = z.enum(["online", "manual", "simulated", "awaiting-connection", "offline"]);
export const Health = z.enum(["ok", "degraded", "down", "unknown"]);

/** One IOC subsystem. */
export const Subsystem = z.strictObject(
  documented(docs.SUBSYSTEM_DOCS, {
    id: Slug,
    label: LocalizedText,
    mode: DataMode,
    health: z.optional(Health),
    /** When its data last arrived; `null` when it never did. */
    lastUpdated: z.optional(z.nullable(IsoDateTime)),
    /** How often fresh data is expected (ISO 8601 duration); older data counts as stale. */
    expectedInterval: z.optional(Duration),
    group: z.optional(LocalizedText),
    note: z.optional(LocalizedText),
    provenance: z.optional(Provenance),
  }),
);

const indicatorBase = {
  /** Stable id used by the widgets' `indicator` attribute. */
  id: Slug,
  label: LocalizedText,
  description: z.optional(LocalizedText),
  /** What is counted, e.g. `hồ sơ`, `tài khoản`. */
  unitLabel: z.optional(LocalizedText),
  note: z.optional(LocalizedText),
  provenance: z.optional(Provenance),
  /** How often it is reported: gaps in a history are counted in these steps. */
  cadence: z.optional(Cadence),
  /** Default accumulation of its observations. */
  accumulation: z.optional(Accumulation),
  /** Dated marks drawn on its trend. */
  annotations: z.optional(z.array(Annotation).check(z.maxLength(50))),
};

const INDICATOR_DOCS = { ...docs.INDICATOR_DOCS, observations: docs.OBSERVATIONS_DOCS };

export const RatioIndicator = z.strictObject(
  documented(
    { ...INDICATOR_DOCS, kind: docs.KIND_DOCS.ratio, target: docs.RATIO_TARGET_DOCS },
    {
      ...indicatorBase,
      kind: z.literal("ratio"),
      /** Target rate in percent (e.g. 60 for Bắc Giang's online requirement). */
      target: z.optional(Percent),
      observations: z.array(RatioObservation),
    },
  ),
);

export const FunnelIndicator = z.strictObject(
  documented(
    { ...INDICATOR_DOCS, ...docs.FUNNEL_DOCS, kind: docs.KIND_DOCS.funnel },
    {
      ...indicatorBase,
      kind: z.literal("funnel"),
      stages: z.array(FunnelStage).check(z.minLength(2), z.maxLength(8)),
      levels: z.optional(z.array(FunnelLevel).check(z.maxLength(4))),
      /** A time-boxed campaign the figures belong to ("90 ngày đêm", 20/6–20/9/2023). */
      campaign: z.optional(
        z.strictObject(
          documented(docs.CAMPAIGN_DOCS, {
            start: IsoDate,
            end: IsoDate,
            label: z.optional(LocalizedText),
          }),
        ),
      ),
      observations: z.array(FunnelObservation),
    },
  ),
);

export const StatusIndicator = z.strictObject(
  documented(
    { ...docs.INDICATOR_DOCS, kind: docs.KIND_DOCS.status, subsystems: docs.SUBSYSTEMS_DOCS },
    { ...indicatorBase, kind: z.literal("status"), subsystems: z.array(Subsystem) },
  ),
);

export const ProgressIndicator = z.strictObject(
  documented(
    { ...INDICATOR_DOCS, kind: docs.KIND_DOCS.progress, target: docs.PROGRESS_TARGET_DOCS },
    {
      ...indicatorBase,
      kind: z.literal("progress"),
      target: z.optional(Percent),
      observations: z.array(ProgressObservation),
    },
  ),
);

export const Indicator = z.discriminatedUnion("kind", [
  RatioIndicator,
  FunnelIndicator,
  StatusIndicator,
  ProgressIndicator,
]);

export const AdminLevel = z.enum(["country", "province", "district", "commune"]);

/** A unit the feed refers to, so widgets can name it without boundary files. */
export const AdminUnit = z.strictObject(
  documented(docs.ADMIN_UNIT_DOCS, {
    code: UnitCode,
    name: LocalizedText,
    level: AdminLevel,
    parent: z.optional(UnitCode),
  }),
);

/** One public service (e.g. one of the 25 essential services). */
export const Service = z.strictObject(
  documented(docs.SERVICE_DOCS, {
    id: Slug,
    name: LocalizedText,
    /** Authority responsible, e.g. `Công an`, `Tư pháp`. */
    authority: z.optional(LocalizedText),
    /** Tier that handles it. */
    tier: z.optional(z.enum(["national", "provincial", "district", "commune"])),
    /** Connected to the National Public Service Portal; `null` when unknown. */
    connectedToNationalPortal: z.optional(z.nullable(z.boolean())),
  }),
);

export const IndicatorFeed = z.strictObject(
  documented(docs.FEED_DOCS, {
    $schema: z.optional(z.string()),
    /** Feed-format version, `1.x`. */
    schemaVersion: z.string().check(z.regex(/^1\.\d+$/)),
    /** Stable id of this feed, e.g. `bac-giang-2023-02`. */
    id: Slug,
    title: z.optional(LocalizedText),
    publisher: z.strictObject(
      documented(docs.PUBLISHER_DOCS, {
        name: LocalizedText,
        /** The publisher's own administrative unit: the default unit of every observation. */
        unitCode: UnitCode,
        url: z.optional(z.string().check(z.regex(/^https?:\/\//))),
      }),
    ),
    /** The report the figures come from. */
    source: z.optional(
      z.strictObject(
        documented(docs.SOURCE_DOCS, {
          /** Document number as printed; may be incomplete (`/BC-TCTTKĐA`). */
          docNumber: z.optional(z.string().check(z.maxLength(200))),
          /** Signature date; `null` when the report leaves it blank. */
          date: z.optional(z.nullable(IsoDate)),
          title: z.optional(LocalizedText),
          issuer: z.optional(LocalizedText),
          url: z.optional(z.string().check(z.regex(/^https?:\/\//))),
        }),
      ),
    ),
    period: z.strictObject(
      documented(docs.PERIOD_DOCS, { start: IsoDate, end: IsoDate, label: LocalizedText }),
    ),
    /** When the feed was generated; also used to correct a viewer's wrong clock. */
    generatedAt: IsoDateTime,
    /**
     * Year of the administrative-unit list the codes belong to: `2023` (before the 1 July 2025
     * reform: 63 provinces, 705 districts) or `2025` (34 provinces, no districts).
     */
    unitVintage: Vintage,
    units: z.optional(z.array(AdminUnit)),
    services: z.optional(z.array(Service)),
    indicators: z.array(Indicator).check(z.minLength(1)),
  }),
);

export type LocalizedText = z.infer<typeof LocalizedText>;
export type { Parts, Printed, StatedChange, SummedField } from "./schema-relations.js";
export type Period = z.infer<typeof Period>;
export type Accumulation = z.infer<typeof Accumulation>;
export type Cadence = z.infer<typeof Cadence>;
export type Annotation = z.infer<typeof Annotation>;
export type Provenance = z.infer<typeof Provenance>;
export type Qualifier = z.infer<typeof Qualifier>;
export type PreviousRatio = z.infer<typeof PreviousRatio>;
export type DossierDetail = z.infer<typeof DossierDetail>;
export type RatioObservation = z.infer<typeof RatioObservation>;
export type FunnelStageValue = z.infer<typeof FunnelStageValue>;
export type FunnelObservation = z.infer<typeof FunnelObservation>;
export type FunnelStage = z.infer<typeof FunnelStage>;
export type FunnelLevel = z.infer<typeof FunnelLevel>;
export type ProgressObservation = z.infer<typeof ProgressObservation>;
/** An observation of any indicator that has observations (every kind but `status`). */
export type Observation = RatioObservation | FunnelObservation | ProgressObservation;
export type DataMode = z.infer<typeof DataMode>;
export type Health = z.infer<typeof Health>;
export type Subsystem = z.infer<typeof Subsystem>;
export type RatioIndicator = z.infer<typeof RatioIndicator>;
export type FunnelIndicator = z.infer<typeof FunnelIndicator>;
export type StatusIndicator = z.infer<typeof StatusIndicator>;
export type ProgressIndicator = z.infer<typeof ProgressIndicator>;
export type Indicator = z.infer<typeof Indicator>;
export type IndicatorKind = Indicator["kind"];
export type AdminLevel = z.infer<typeof AdminLevel>;
export type AdminUnit = z.infer<typeof AdminUnit>;
export type Service = z.infer<typeof Service>;
export type IndicatorFeed = z.infer<typeof IndicatorFeed>;
