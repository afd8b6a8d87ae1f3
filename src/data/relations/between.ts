/** The rules between figures the feed relates: one fact twice, parts and totals, remainders, changes. */
import { formatCount } from "../format.js";
import type { Locale } from "../format.js";
import { printedDecimals, rateOf, rateTolerance } from "../figures/rate.js";
import type { RatioObservation, StatedChange } from "../schema.js";
import { COUNTS, read, same, show, decimalsOf } from "./figures.js";
import type { Field, Located, Relations } from "./figures.js";
import type { Words } from "./words.js";

/** A fact stated again (`at`) against its first statement: the same counts, rate and date. */
export function checkSameFact(at: Located, first: Located, relations: Relations): void {
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
  // A rate printed for what the other statement says had no dossiers (BG-06, BL-06).
  for (const [empty, rated] of [
    [at, first],
    [first, at],
  ] as const) {
    const rate = rated.figure.statedRate;
    if (
      read(empty.figure, "denominator") === 0 &&
      read(rated.figure, "denominator") == null &&
      rate != null
    ) {
      differs = true;
      relations.add("same-fact-mismatch", at, `${at.path}.statedRate`, (w, locale) =>
        w.rateForNothing(show("rate", rate, locale), empty === at, first.path),
      );
    }
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
export function checkParts(at: Located, relations: Relations): void {
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
export function checkRemainder(at: Located, relations: Relations): void {
  const remaining = read(at.figure, "remaining");
  const failed = read(at.figure, "failed");
  const done = read(at.figure, "done") ?? read(at.figure, "value");
  const whole = at.whole;
  if ((remaining == null && failed == null) || whole == null) return;
  if (done == null) {
    // No count of what was done: the printed rate can be at most what the rest leaves (BG-16).
    const rate = at.figure.statedRate;
    const most = (100 * (whole - (failed ?? 0) - (remaining ?? 0))) / whole;
    if (rate != null && whole > 0 && rate > most + rateTolerance(rate))
      relations.add("remainder-mismatch", at, `${at.path}.statedRate`, (w, locale) =>
        w.rateAboveRemainder(
          show("rate", rate, locale),
          show("total", failed ?? remaining!, locale),
          show("total", whole, locale),
        ),
      );
    return;
  }
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
export function checkChange(at: Located, relations: Relations): void {
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
