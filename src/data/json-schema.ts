/**
 * The JSON Schema (draft 2020-12) of the feed, generated from the zod schema. Used only by the
 * `npm run schema` script and by tests — widgets never import it, so the descriptions below cost
 * nothing at run time.
 */
import * as z from "zod/mini";
import * as s from "./schema.js";

type Meta = { id?: string; description: string };

/** Named definitions (`$defs`) with a description each, so the JSON Schema reads as documentation. */
const DEFINITIONS: [z.core.$ZodType, Meta][] = [
  [
    s.LocalizedText,
    {
      id: "LocalizedText",
      description: "Vietnamese text, or { vi, en }. A bare string is Vietnamese.",
    },
  ],
  [
    s.Provenance,
    {
      id: "Provenance",
      description: "Where a figure comes from: document number, section or table, verbatim quote.",
    },
  ],
  [
    s.Qualifier,
    {
      id: "Qualifier",
      description:
        "Hedge printed with a number: gần (nearly), trên (above), khoảng (about), hơn (more than).",
    },
  ],
  [
    s.PreviousRatio,
    {
      id: "PreviousRatio",
      description:
        "Previous-period figures for the delta in percentage points: counts, a stated rate, or a stated change in points.",
    },
  ],
  [
    s.DossierDetail,
    {
      id: "DossierDetail",
      description:
        "Processing detail of a service's dossiers: on time, overdue, rejected with reason, online by citizens and businesses.",
    },
  ],
  [
    s.RatioObservation,
    {
      id: "RatioObservation",
      description:
        "numerator / denominator is the truth; statedRate is what the report printed. Omit both counts for a rate-only figure; noData means not reported (never zero); notApplicable means the service is not handled at this tier.",
    },
  ],
  [
    s.FunnelStageValue,
    {
      id: "FunnelStageValue",
      description:
        "One stage's value for one unit, with its own target and per-level split (mức 1 / mức 2).",
    },
  ],
  [
    s.FunnelObservation,
    {
      id: "FunnelObservation",
      description:
        "Funnel figures for one unit: stage id → value. Stages left out are shown as missing.",
    },
  ],
  [
    s.ProgressObservation,
    {
      id: "ProgressObservation",
      description: "Progress towards a total (done / total), e.g. data cleaning or digitisation.",
    },
  ],
  [
    s.Subsystem,
    {
      id: "Subsystem",
      description:
        "One IOC subsystem: data mode, health, last update and the interval after which its data counts as stale (ISO 8601 duration).",
    },
  ],
  [
    s.RatioIndicator,
    {
      id: "RatioIndicator",
      description:
        "A rate such as the share of dossiers submitted online, per unit and per service, with an optional target in percent.",
    },
  ],
  [
    s.FunnelIndicator,
    {
      id: "FunnelIndicator",
      description:
        "Ordered stages such as e-ID target → collected → approved → activated (2–8 stages), optional levels and campaign window.",
    },
  ],
  [s.StatusIndicator, { id: "StatusIndicator", description: "IOC subsystem status board." }],
  [s.ProgressIndicator, { id: "ProgressIndicator", description: "done / total progress figures." }],
  [
    s.AdminUnit,
    { id: "AdminUnit", description: "An administrative unit referred to by GSO code." },
  ],
  [
    s.Service,
    {
      id: "Service",
      description: "A public service, e.g. one of the 25 essential services (25 DVC thiết yếu).",
    },
  ],
];

export function feedJsonSchema(): Record<string, unknown> {
  const metadata = z.registry<Meta>();
  for (const [schema, meta] of DEFINITIONS) metadata.add(schema, meta);
  const generated = z.toJSONSchema(s.IndicatorFeed, {
    target: "draft-2020-12",
    metadata,
  }) as Record<string, unknown>;
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: s.FEED_SCHEMA_ID,
    title: "chiso indicator feed",
    description:
      "A province's published Đề án 06 indicator feed (ratio, funnel, status and progress indicators). Generated from src/data/schema.ts by `npm run schema`; do not edit by hand.",
    ...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== "$schema")),
  };
}

export function jsonSchemaText(): string {
  return JSON.stringify(feedJsonSchema(), null, 2) + "\n";
}

/** The JSON Schema of a feed index (`FeedIndex`): the monthly files of one publisher. */
export function feedIndexJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(s.FeedIndex, { target: "draft-2020-12" }) as Record<
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
