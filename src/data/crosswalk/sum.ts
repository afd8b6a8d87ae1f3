/**
 * Adding up the observations of several source units into one, per indicator kind. Counts are
 * summed (numerator and denominator, done and total, stage values) and nothing else is made up:
 * a printed rate belonged to its unit and is not carried, a field that not every source gives is
 * left out (and reported), and a source without usable counts refuses the whole sum.
 */
import type {
  DossierDetail,
  FunnelIndicator,
  FunnelObservation,
  FunnelStageValue,
  ProgressObservation,
  RatioObservation,
} from "../schema.js";
import type { BilingualText } from "../parse.js";
import { label, text } from "./messages.js";
import type { NamedUnit } from "./messages.js";
import type { Reason } from "./types.js";

/** One source unit's observation. */
export interface Source<O> extends NamedUnit {
  path: string;
  observation: O;
}

export type Sum<O> =
  | {
      ok: true;
      /** The summed observation, without `unit`, `service` and `note`. */
      observation: O;
      figures: Record<string, number>;
      rate: number | null;
      notCarried: { field: string; message: BilingualText }[];
      cautions: Reason[];
    }
  | { ok: false; reasons: Reason[] };

/** The counts of one observation that a report lists. */
export function figuresOf(
  observation: RatioObservation | ProgressObservation | FunnelObservation,
): Record<string, number> {
  const figures: Record<string, number> = {};
  const put = (key: string, value: number | null | undefined) => {
    if (value != null) figures[key] = value;
  };
  if ("stages" in observation)
    for (const [id, stage] of Object.entries(observation.stages)) put(`stages.${id}`, stage.value);
  else if ("done" in observation || "total" in observation) {
    put("done", observation.done);
    put("total", observation.total);
  } else if ("numerator" in observation || "denominator" in observation) {
    put("numerator", observation.numerator);
    put("denominator", observation.denominator);
  }
  return figures;
}

/** Collects what a sum leaves out, and the reasons it cannot be made. */
class Ledger {
  readonly notCarried: { field: string; message: BilingualText }[] = [];
  readonly reasons: Reason[] = [];
  readonly cautions: Reason[] = [];

  drop(field: string, message: BilingualText): void {
    this.notCarried.push({ field, message });
  }

  refuse(code: Reason["code"], sources: NamedUnit[], message: (items: string[]) => BilingualText) {
    add(this.reasons, code, sources, message);
  }

  /** The sum of a count every source gives; undefined (and reported) when only some give it. */
  total(field: string, values: (number | null | undefined)[]): number | undefined {
    if (values.every((value) => value == null)) return undefined;
    if (values.some((value) => value == null)) {
      this.drop(field, text.notCarriedEverywhere());
      return undefined;
    }
    return sum(values as number[]);
  }

  /** A value every source shares (target, date), or undefined (reported when they differ). */
  same<T>(field: string, values: T[]): T | undefined {
    const first = JSON.stringify(values[0]);
    if (values.every((value) => JSON.stringify(value) === first)) return values[0];
    this.drop(field, text.notCarriedDiffers());
    return undefined;
  }

  /** A printed rate (and its hedge) stays with its unit. */
  dropRates(field: string, values: (number | null | undefined)[]): void {
    if (values.some((value) => value != null)) this.drop(field, text.notCarriedRate());
  }

  /** Zero denominators are real counts (no dossiers), added as 0 but reported. */
  zeroDenominators(sources: NamedUnit[], zeroSum: boolean): void {
    add(this.cautions, "zero-denominator-source", sources, text.zeroSources);
    if (zeroSum)
      this.cautions.push({ code: "zero-denominator", units: [], message: text.zeroSum() });
  }
}

function add(
  reasons: Reason[],
  code: Reason["code"],
  sources: NamedUnit[],
  message: (items: string[]) => BilingualText,
): void {
  if (sources.length)
    reasons.push({ code, units: sources.map((s) => s.code), message: message(sources.map(label)) });
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** Removes members left undefined, so the result has no `"target": undefined`. */
function defined<T extends object>(object: T): T {
  for (const key of Object.keys(object) as (keyof T)[])
    if (object[key] === undefined) delete object[key];
  return object;
}

/** A source that is "not reported" or "not applicable" refuses the sum: neither is zero. */
function refuseFlagged(
  ledger: Ledger,
  sources: Source<{ noData?: boolean; notApplicable?: boolean }>[],
): void {
  ledger.refuse(
    "not-applicable-source",
    sources.filter((s) => s.observation.notApplicable),
    text.notApplicable,
  );
  ledger.refuse(
    "no-data-source",
    sources.filter((s) => s.observation.noData && !s.observation.notApplicable),
    text.noData,
  );
}

/** Sources lacking one of a pair of counts: rate-only ones and the others. */
function refuseIncomplete<O extends { statedRate?: number | null; noData?: boolean }>(
  ledger: Ledger,
  sources: Source<O & { notApplicable?: boolean }>[],
  complete: (source: Source<O>) => boolean,
  message: (items: string[]) => BilingualText,
): void {
  const lacking = sources.filter(
    (s) => !complete(s) && !s.observation.noData && !s.observation.notApplicable,
  );
  ledger.refuse(
    "rate-only-source",
    lacking.filter((s) => s.observation.statedRate != null),
    text.rateOnly,
  );
  ledger.refuse(
    "incomplete-counts",
    lacking.filter((s) => s.observation.statedRate == null),
    message,
  );
}

const DETAIL_COUNTS = [
  "onTime",
  "overdue",
  "resolved",
  "onlineCitizens",
  "onlineBusinesses",
  "rejected",
] as const;

/** Counts of a ratio or a progress figure, by name. */
type PairKey = "numerator" | "denominator" | "done" | "total";
const count = (observation: object, key: PairKey) =>
  (observation as Partial<Record<PairKey, number | null>>)[key];

/**
 * A part and its whole (numerator and denominator, done and total): both summed, the rate
 * recomputed from the sums; `extras` adds what one kind has beyond them.
 */
function sumPair<O extends RatioObservation | ProgressObservation>(
  sources: Source<O>[],
  [part, whole]: ["numerator", "denominator"] | ["done", "total"],
  incomplete: (items: string[]) => BilingualText,
  extras: (ledger: Ledger, observations: O[]) => Partial<O> = () => ({}),
): Sum<O> {
  const ledger = new Ledger();
  const observations = sources.map((s) => s.observation);
  refuseFlagged(ledger, sources);
  refuseIncomplete(
    ledger,
    sources,
    (s) => count(s.observation, part) != null && count(s.observation, whole) != null,
    incomplete,
  );
  if (ledger.reasons.length) return { ok: false, reasons: ledger.reasons };

  const parts = sum(observations.map((o) => count(o, part)!));
  const wholes = sum(observations.map((o) => count(o, whole)!));
  ledger.dropRates(
    "statedRate",
    observations.map((o) => o.statedRate),
  );
  const observation = defined({
    [part]: parts,
    [whole]: wholes,
    target: ledger.same(
      "target",
      observations.map((o) => o.target),
    ),
    asOf: ledger.same(
      "asOf",
      observations.map((o) => o.asOf),
    ),
    ...extras(ledger, observations),
  }) as unknown as O; // the pair's keys are computed, which TS cannot follow
  ledger.zeroDenominators(
    sources.filter((s) => count(s.observation, whole) === 0),
    wholes === 0,
  );
  return {
    ok: true,
    observation,
    figures: { [part]: parts, [whole]: wholes },
    rate: wholes ? (100 * parts) / wholes : null,
    notCarried: ledger.notCarried,
    cautions: ledger.cautions,
  };
}

export function sumRatio(sources: Source<RatioObservation>[]): Sum<RatioObservation> {
  return sumPair(sources, ["numerator", "denominator"], text.incompleteRatio, (ledger, all) => ({
    previous: sumPrevious(ledger, all),
    detail: sumDetail(ledger, all),
  }));
}

export function sumProgress(sources: Source<ProgressObservation>[]): Sum<ProgressObservation> {
  return sumPair(sources, ["done", "total"], text.incompleteProgress);
}

function sumPrevious(
  ledger: Ledger,
  observations: RatioObservation[],
): RatioObservation["previous"] {
  const previous = observations.map((o) => o.previous);
  if (previous.every((p) => !p)) return undefined;
  ledger.dropRates(
    "previous.rate",
    previous.map((p) => p?.rate ?? p?.changePoints),
  );
  const numerator = ledger.total(
    "previous.numerator",
    previous.map((p) => p?.numerator),
  );
  const denominator = ledger.total(
    "previous.denominator",
    previous.map((p) => p?.denominator),
  );
  if (numerator === undefined || denominator === undefined) return undefined;
  return defined({
    numerator,
    denominator,
    label: ledger.same(
      "previous.label",
      previous.map((p) => p?.label),
    ),
  });
}

function sumDetail(ledger: Ledger, observations: RatioObservation[]): DossierDetail | undefined {
  const details = observations.map((o) => o.detail);
  if (details.every((d) => !d)) return undefined;
  const detail: DossierDetail = {};
  for (const field of DETAIL_COUNTS)
    detail[field] = ledger.total(
      `detail.${field}`,
      details.map((d) => d?.[field]),
    );
  if (detail.onTime !== undefined || detail.overdue !== undefined)
    detail.onTimeOf = ledger.same(
      "detail.onTimeOf",
      details.map((d) => d?.onTimeOf),
    );
  if (details.some((d) => d?.rejectedReason))
    ledger.drop("detail.rejectedReason", text.notCarriedDiffers());
  defined(detail);
  return Object.keys(detail).length ? detail : undefined;
}

/**
 * A funnel: each stage's value is summed when every source gives one; a stage some source lacks
 * is left out (reported). With no stage left, the sum is refused.
 */
export function sumFunnel(
  indicator: FunnelIndicator,
  sources: Source<FunnelObservation>[],
): Sum<FunnelObservation> {
  const ledger = new Ledger();
  const observations = sources.map((s) => s.observation);
  refuseFlagged(ledger, sources);
  if (ledger.reasons.length) return { ok: false, reasons: ledger.reasons };

  const stages: Record<string, FunnelStageValue> = {};
  const figures: Record<string, number> = {};
  for (const { id } of indicator.stages) {
    const values = observations.map((o) => o.stages[id]);
    const usable = values.every((v) => v && v.value != null && !v.noData);
    if (!usable) {
      if (values.some((v) => v)) ledger.drop(`stages.${id}`, text.notCarriedEverywhere());
      continue;
    }
    const value = sum(values.map((v) => v!.value!));
    figures[`stages.${id}`] = value;
    ledger.dropRates(
      `stages.${id}.statedRate`,
      values.map((v) => v!.statedRate),
    );
    stages[id] = defined({
      value,
      target: ledger.total(
        `stages.${id}.target`,
        values.map((v) => v!.target),
      ),
      levels: sumLevels(
        ledger,
        `stages.${id}.levels`,
        values.map((v) => v!.levels),
      ),
      asOf: ledger.same(
        `stages.${id}.asOf`,
        values.map((v) => v!.asOf),
      ),
    });
  }
  if (!Object.keys(stages).length) {
    const lacking = sources.filter((s) =>
      indicator.stages.some(({ id }) => s.observation.stages[id]?.value == null),
    );
    ledger.refuse("incomplete-counts", lacking, text.incompleteFunnel);
    return { ok: false, reasons: ledger.reasons };
  }
  const result: FunnelObservation = defined({
    stages,
    quota: ledger.total(
      "quota",
      observations.map((o) => o.quota),
    ),
    asOf: ledger.same(
      "asOf",
      observations.map((o) => o.asOf),
    ),
  });
  return {
    ok: true,
    observation: result,
    figures,
    rate: null,
    notCarried: ledger.notCarried,
    cautions: ledger.cautions,
  };
}

function sumLevels(
  ledger: Ledger,
  field: string,
  levels: (Record<string, number> | undefined)[],
): Record<string, number> | undefined {
  if (levels.every((l) => !l)) return undefined;
  const keys = [...new Set(levels.flatMap((l) => Object.keys(l ?? {})))];
  const out: Record<string, number> = {};
  for (const key of keys) {
    const value = ledger.total(
      `${field}.${key}`,
      levels.map((l) => l?.[key]),
    );
    if (value !== undefined) out[key] = value;
  }
  return Object.keys(out).length ? out : undefined;
}
