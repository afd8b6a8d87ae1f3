/**
 * The relations of feed format 1.2, checked: figures a report states twice (`fact`), a total and
 * its parts (`parts`), a printed remainder (`remaining`, `failed`) and a printed change
 * (`change`). Reports printed by hand contradict themselves most often between such figures — a
 * body-text total that is not its appendix's, rows that do not add up to their total line, a
 * "tăng 961" that would make last month's count negative — and only the feed's own words can say
 * which figures belong together, so nothing here guesses a relation from labels or positions.
 *
 * Also the rules between a figure and its target: a funnel stage target larger than an earlier
 * stage's, a stage above its target (info), a rate printed on a row marked not applicable.
 *
 * Part of `checkConsistency`; never throws; runs on a feed that already passed `parseFeed`. Pure,
 * no DOM.
 */
import { formatCount, formatPercent } from "./format.js";
import type { Locale } from "./format.js";
import { childPath } from "./parse.js";
import { printedDecimals, rateOf } from "./figures/rate.js";
import { stageCounts } from "./figures/funnel.js";
import type {
  FunnelIndicator,
  FunnelObservation,
  FunnelStageValue,
  Indicator,
  IndicatorFeed,
  ProgressObservation,
  RatioObservation,
  StatedChange,
  SummedField,
} from "./schema.js";
import type { ConsistencyWarning, RelationCode, WarningSeverity } from "./warnings.js";

type Observation = RatioObservation | ProgressObservation | FunnelObservation;
type Figure = RatioObservation | ProgressObservation | FunnelStageValue;

/** A figure that can take part in a relation, with where it sits. */
interface Located {
  figure: Figure;
  path: string;
  indicator: Indicator;
  observation: Observation;
  /** The whole a remainder counts out of: a progress total, a stage's target or the quota. */
  whole: number | null | undefined;
}

/** Every field a relation compares, read the same way on every kind of figure. */
type Field = SummedField | "rate";

/** The counts two statements of one fact must share (a rate is compared with its precision). */
const COUNTS: readonly Field[] = ["numerator", "denominator", "done", "total", "value"];

function read(figure: Figure, field: Field): number | null {
  const any = figure as Partial<Record<string, unknown>> & Partial<RatioObservation>;
  let value: unknown;
  if (field === "rate")
    value =
      rateOf(any.numerator, any.denominator) ??
      rateOf((figure as ProgressObservation).done, (figure as ProgressObservation).total) ??
      figure.statedRate;
  else if (field === "change.value") value = figure.change?.value;
  else if (field.startsWith("detail."))
    value = (any.detail as Record<string, unknown> | undefined)?.[field.slice(7)];
  else value = any[field];
  return typeof value === "number" ? value : null;
}

/** Counts may be fractional (progress amounts): equal up to floating-point noise. */
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

interface Words {
  field: Record<Field, string>;
  at: (path: string) => string;
  sameFact: (field: string, here: string, there: string, path: string) => string;
  sameFactDated: (here: string, there: string, path: string) => string;
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
}

const WORDS: Record<Locale, Words> = {
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
  },
};

const SEVERITY: Record<RelationCode, WarningSeverity> = {
  "duplicate-id": "error",
  "unknown-reference": "warning",
  "same-fact-mismatch": "error",
  "parts-total-mismatch": "error",
  "remainder-mismatch": "error",
  "change-mismatch": "error",
  "stage-target-grows": "warning",
  "rate-not-applicable": "warning",
  // Over target is news, not a contradiction (Nghệ An collected 103,2 % of its quota).
  "over-target": "info",
};

/** Decimals to show: as printed, at most three (a computed figure has many). */
const decimalsOf = (value: number, least = 0) =>
  Math.min(3, Math.max(least, printedDecimals(value)));

/** Formats a figure of `field` for `locale`: rates as percentages, counts with their decimals. */
function show(field: Field, value: number, locale: Locale): string {
  if (field === "rate") return formatPercent(value, locale, decimalsOf(value, 2));
  return formatCount(value, locale, decimalsOf(value));
}

class Relations {
  readonly warnings: ConsistencyWarning[] = [];
  readonly byId = new Map<string, Located>();

  add(
    code: RelationCode,
    at: Located,
    path: string,
    say: (words: Words, locale: Locale) => string,
    severity = SEVERITY[code],
  ): void {
    this.warnings.push({
      code,
      severity,
      path,
      message: { vi: say(WORDS.vi, "vi"), en: say(WORDS.en, "en") },
      indicator: at.indicator,
      subject: at.figure,
      observation: at.observation,
    });
  }

  /** The figure an id names, or a warning at `path` when none does. */
  resolve(id: string, from: Located, path: string): Located | null {
    const found = this.byId.get(id);
    if (!found) this.add("unknown-reference", from, path, (w) => w.unknownReference(id));
    return found ?? null;
  }
}

/** Every figure of the feed that may take part in a relation, in document order. */
function* figuresOf(feed: IndicatorFeed): Generator<Located> {
  for (const [i, indicator] of feed.indicators.entries()) {
    if (indicator.kind === "status") continue;
    for (const [o, observation] of indicator.observations.entries()) {
      const path = `indicators[${i}].observations[${o}]`;
      if (indicator.kind !== "funnel") {
        const whole = (observation as ProgressObservation).total;
        yield { figure: observation, path, indicator, observation, whole };
        continue;
      }
      const funnel = observation as FunnelObservation;
      for (const [stage, value] of Object.entries(funnel.stages))
        yield {
          figure: value,
          path: childPath(`${path}.stages`, stage),
          indicator,
          observation,
          whole: value.target ?? funnel.quota,
        };
    }
  }
}

/** Returns the warnings of the relations a feed states, in document order of their figures. */
export function checkRelations(feed: IndicatorFeed): ConsistencyWarning[] {
  const relations = new Relations();
  const located = [...figuresOf(feed)];
  const facts = new Map<string, Located>();
  for (const at of located) {
    const { id, fact } = at.figure;
    if (id) {
      const held = relations.byId.get(id);
      if (held)
        relations.add("duplicate-id", at, `${at.path}.id`, (w) => w.duplicateId(id, held.path));
      else relations.byId.set(id, at);
    }
    if (fact) {
      const first = facts.get(fact);
      if (first) checkSameFact(at, first, relations);
      else facts.set(fact, at);
    }
  }
  for (const at of located) {
    checkParts(at, relations);
    checkRemainder(at, relations);
    checkChange(at, relations);
    checkNotApplicable(at, relations);
  }
  feed.indicators.forEach((indicator, i) => {
    if (indicator.kind === "funnel") checkStageTargets(indicator, `indicators[${i}]`, relations);
  });
  return relations.warnings;
}

/** A fact stated again (`at`) against its first statement: the same counts, rate and date. */
function checkSameFact(at: Located, first: Located, relations: Relations): void {
  let differs = false;
  for (const field of COUNTS) {
    const here = read(at.figure, field);
    const there = read(first.figure, field);
    if (here == null || there == null || same(here, there)) continue;
    differs = true;
    relations.add("same-fact-mismatch", at, `${at.path}.${field}`, (w, locale) =>
      w.sameFact(w.field[field], show(field, here, locale), show(field, there, locale), first.path),
    );
  }
  const here = at.figure.statedRate;
  const there = first.figure.statedRate;
  // Two printings of one rate agree within the coarser one's rounding ("65 %" and "64,71 %").
  const tolerance = 0.5 * 10 ** -Math.min(printedDecimals(here ?? 0), printedDecimals(there ?? 0));
  if (here != null && there != null && Math.abs(here - there) > tolerance + 1e-9) {
    differs = true;
    relations.add("same-fact-mismatch", at, `${at.path}.statedRate`, (w, locale) =>
      w.sameFact(w.field.rate, show("rate", here, locale), show("rate", there, locale), first.path),
    );
  }
  const day = at.figure.asOf;
  const firstDay = first.figure.asOf;
  if (!differs && day && firstDay && day !== firstDay)
    relations.add(
      "same-fact-mismatch",
      at,
      `${at.path}.asOf`,
      (w) => w.sameFactDated(day, firstDay, first.path),
      "warning",
    );
}

/** A total against its parts, field by field: equal when complete, not beyond it otherwise. */
function checkParts(at: Located, relations: Relations): void {
  const parts = at.figure.parts;
  if (!parts) return;
  const members = parts.members
    .map((id, m) => relations.resolve(id, at, `${at.path}.parts.members[${m}]`))
    .filter((member): member is Located => member != null);
  if (members.length < parts.members.length) return;
  const fields = parts.sums ?? COUNTS.filter((field) => read(at.figure, field) != null);
  for (const field of fields) {
    const total = read(at.figure, field);
    const values = members.map((member) => read(member.figure, field));
    // A part that does not state the field leaves nothing to add up.
    if (total == null || values.some((value) => value == null)) continue;
    const sum = (values as number[]).reduce((a, b) => a + b, 0);
    const complete = parts.complete !== false;
    if (complete ? same(sum, total) : sum <= total + 1e-9) continue;
    relations.add("parts-total-mismatch", at, `${at.path}.parts`, (w, locale) =>
      complete
        ? w.partsSum(
            w.field[field],
            show(field, sum, locale),
            show(field, total, locale),
            members.length,
          )
        : w.partsExceed(w.field[field], show(field, sum, locale), show(field, total, locale)),
    );
  }
}

/** Printed remainders: done + failed + remaining is the whole (at most the whole without a remainder). */
function checkRemainder(at: Located, relations: Relations): void {
  const remaining = read(at.figure, "remaining");
  const failed = read(at.figure, "failed");
  const done = read(at.figure, "done") ?? read(at.figure, "value");
  const whole = at.whole;
  if ((remaining == null && failed == null) || done == null || whole == null) return;
  const terms: [Field, number][] = [[read(at.figure, "value") == null ? "done" : "value", done]];
  if (failed != null) terms.push(["failed", failed]);
  if (remaining != null) terms.push(["remaining", remaining]);
  const sum = terms.reduce((total, [, value]) => total + value, 0);
  if (remaining != null ? same(sum, whole) : sum <= whole + 1e-9) return;
  const field = remaining != null ? "remaining" : "failed";
  relations.add("remainder-mismatch", at, `${at.path}.${field}`, (w, locale) =>
    w.remainder(
      terms.map(([name, value]) => `${w.field[name]} ${show(name, value, locale)}`).join(" + "),
      show("total", sum, locale),
      show("total", whole, locale),
    ),
  );
}

/** The earlier figure of a change: the one `from` names, else the ratio's printed `previous`. */
function earlierValue(at: Located, change: StatedChange, relations: Relations): number | null {
  if (change.from) {
    const earlier = relations.resolve(change.from, at, `${at.path}.change.from`);
    return earlier ? read(earlier.figure, change.of) : null;
  }
  const previous = (at.figure as RatioObservation).previous;
  if (!previous) return null;
  if (change.of === "rate")
    return rateOf(previous.numerator, previous.denominator) ?? previous.rate ?? null;
  if (change.of === "numerator") return previous.numerator ?? null;
  return change.of === "denominator" ? (previous.denominator ?? null) : null;
}

/** A change, signed, in its unit: "+961", "+1,86 điểm %", "+1,86 %". */
function say(
  unit: "count" | "points" | "percent",
  value: number,
  field: Field,
  w: Words,
  locale: Locale,
): string {
  const sign = value > 0 ? "+" : "";
  if (unit === "count") return sign + show(field, value, locale);
  const number = sign + formatCount(value, locale, decimalsOf(value, 2));
  return unit === "points" ? w.points(number) : `${number} %`;
}

/** The changes a printed one can mean: in its own unit, or either way when it says "%" only. */
function readings(change: StatedChange): ("count" | "points" | "percent")[] {
  if (change.ambiguous) return ["points", "percent"];
  return [change.unit ?? (change.of === "rate" ? "points" : "count")];
}

/** A printed change against the two figures it joins, or against what it implies was before. */
function checkChange(at: Located, relations: Relations): void {
  const change = at.figure.change;
  if (!change) return;
  const now = read(at.figure, change.of);
  if (now == null) return;
  const before = earlierValue(at, change, relations);
  const field = change.of;
  const options = readings(change);
  // The printed change in its own unit; a bare "%" stays a bare "%".
  const printed = (w: Words, locale: Locale) =>
    say(change.ambiguous ? "percent" : options[0]!, change.value, field, w, locale);
  // Rates and per cents are compared with the printed change's own rounding, and the rates'.
  const tolerance = 0.5 * 10 ** -printedDecimals(change.value) + 0.005;
  const agrees = (reading: "count" | "points" | "percent", earlier: number) => {
    if (reading === "count") return same(now - earlier, change.value);
    if (reading === "points") return Math.abs(now - earlier - change.value) <= tolerance;
    return earlier !== 0 && Math.abs((100 * (now - earlier)) / earlier - change.value) <= tolerance;
  };
  if (before != null) {
    if (options.some((reading) => agrees(reading, before))) return;
    const reading = options[0]!;
    const actual = reading === "percent" ? (100 * (now - before)) / before : now - before;
    relations.add("change-mismatch", at, `${at.path}.change.value`, (w, locale) =>
      w.change(
        printed(w, locale),
        show(field, before, locale),
        show(field, now, locale),
        say(reading, actual, field, w, locale),
      ),
    );
    return;
  }
  if (change.from) return;
  // No earlier figure: the one the change implies must at least be possible.
  const implied = options.map((reading) =>
    reading === "percent" ? now / (1 + change.value / 100) : now - change.value,
  );
  if (implied.some((value) => Number.isFinite(value) && value >= -1e-9)) return;
  relations.add("change-mismatch", at, `${at.path}.change.value`, (w, locale) =>
    w.impossibleChange(
      printed(w, locale),
      show(field, now, locale),
      show(field, implied[0]!, locale),
    ),
  );
}

/** A row the report marks as not handled at this tier has no rate to print (Bình Long BL-08). */
function checkNotApplicable(at: Located, relations: Relations): void {
  const figure = at.figure as RatioObservation;
  const rate = figure.statedRate;
  if (figure.notApplicable && rate != null)
    relations.add("rate-not-applicable", at, `${at.path}.statedRate`, (w, locale) =>
      w.rateNotApplicable(show("rate", rate, locale)),
    );
}

/**
 * A funnel's targets against its stages: a later stage's target larger than an earlier one's
 * (Bình Long's campaign: 27.410 to collect, 40.896 to activate), and a stage above its target.
 */
function checkStageTargets(indicator: FunnelIndicator, path: string, relations: Relations): void {
  indicator.observations.forEach((observation, o) => {
    let earlier: { id: string; target: number } | null = null;
    for (const stage of stageCounts(indicator, observation)) {
      const { source, target, value } = stage;
      if (!source || target == null) continue;
      const at: Located = {
        figure: source,
        path: childPath(`${path}.observations[${o}].stages`, stage.id),
        indicator,
        observation,
        whole: target,
      };
      const before = earlier;
      if (source.target != null && before && source.target > before.target)
        relations.add("stage-target-grows", at, `${at.path}.target`, (w, locale) =>
          w.stageTargetGrows(
            stage.id,
            show("value", target, locale),
            before.id,
            show("value", before.target, locale),
          ),
        );
      if (value != null && value > target)
        relations.add("over-target", at, `${at.path}.value`, (w, locale) =>
          w.overTarget(
            show("value", value, locale),
            show("value", target, locale),
            // A computed rate, shown as the reports print theirs: two decimals.
            show("rate", Math.round((10000 * value) / target) / 100, locale),
          ),
        );
      if (source.target != null) earlier = { id: stage.id, target: source.target };
    }
  });
}
