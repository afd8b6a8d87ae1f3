/**
 * The notes above a map: what the reader should know before trusting the colours (figures that
 * found no unit, another unit vintage, a map that failed to reload, a target scale without a
 * target), the publisher's own total, which no unit of the map shows, and the consistency
 * warnings about the figures the map colours, each named by its unit.
 */
import { html, nothing } from "lit";
import type { TemplateResult } from "lit";
import type { Classification, ScaleKind } from "../../data/figures/classify.js";
import type { JoinResult } from "../../data/figures/join.js";
import { localize } from "../../data/format.js";
import type { IndicatorFeed, LocalizedText } from "../../data/schema.js";
import { bySeverity } from "../../data/warnings.js";
import type { ConsistencyWarning } from "../../data/warnings.js";
import { warningDetails } from "../shared/warning-list.js";
import { countsText, valueText } from "./map-text.js";
import type { MapWords } from "./map-text.js";
import { sameVintage } from "./vintage.js";

/** Notes list at most this many unmatched codes (a wrong vintage leaves hundreds). */
const UNMATCHED_LISTED = 20;

export interface NotesView {
  feed: IndicatorFeed;
  joined: JoinResult | null;
  classes: Classification | null;
  scale: ScaleKind;
  /** The boundaries' unit vintage (attribute, else detected), `""` when unknown. */
  mapVintage: string;
  /** Why the last boundary load failed while older boundaries are shown, or `null`. */
  mapError: string | null;
  names: ReadonlyMap<string, LocalizedText>;
  words: MapWords;
}

export function mapNotes(view: NotesView): TemplateResult {
  const { feed, joined, mapVintage, words } = view;
  const { m, locale } = words;
  const unmatched = joined?.unmatched ?? [];
  const total = joined?.total;
  const totalCounts = total ? countsText(total, words) : "";
  const note = (kind: string, text: unknown, live = true) =>
    html`<p class="note warning ${kind}" part="note" role=${live ? "status" : nothing}>${text}</p>`;
  const flagged = (text: string) => html`<span aria-hidden="true">⚠</span> ${text}`;
  const { warnings, unitOf } = joined ? joinWarnings(joined) : { warnings: [], unitOf: new Map() };
  const name = (code: string) => localize(view.names.get(code) ?? code, locale);
  return html`${view.mapError !== null ? note("", m.mapFailed(view.mapError)) : nothing}
  ${
    mapVintage && !sameVintage(feed.unitVintage, mapVintage)
      ? note("vintage", flagged(m.vintageMismatch(feed.unitVintage, mapVintage)))
      : nothing
  }
  ${
    unmatched.length
      ? note(
          "unmatched",
          flagged(
            m.unmatched(unmatched.length, unmatched.slice(0, UNMATCHED_LISTED).join(", ")) +
              (unmatched.length > UNMATCHED_LISTED ? "…" : ""),
          ),
        )
      : nothing
  }
  ${view.scale === "target" && view.classes?.kind !== "target" ? note("", m.noTarget, false) : nothing}
  ${
    total
      ? html`<p class="note total">
          ${m.total(name(total.code))}:
          <strong>${valueText(total, words)}</strong>
          ${totalCounts ? `(${totalCounts})` : ""}
        </p>`
      : nothing
  }
  ${warningDetails(warnings, locale, true, (w) => name(unitOf.get(w)!))}`;
}

interface JoinWarnings {
  /** Most serious first. */
  warnings: readonly ConsistencyWarning[];
  unitOf: Map<ConsistencyWarning, string>;
}
const warningsOfJoin = new WeakMap<JoinResult, JoinWarnings>();

/**
 * Each warning about a figure the map shows, with its unit's code: once per join, not on every
 * render (a pointer move re-renders a 10 000-unit map).
 */
function joinWarnings(joined: JoinResult): JoinWarnings {
  let found = warningsOfJoin.get(joined);
  if (!found) {
    const unitOf = new Map<ConsistencyWarning, string>();
    for (const figure of [...joined.figures, joined.total])
      for (const warning of figure?.warnings ?? []) unitOf.set(warning, figure!.code);
    found = { warnings: bySeverity([...unitOf.keys()]), unitOf };
    warningsOfJoin.set(joined, found);
  }
  return found;
}

/** Dev warnings said once per page, not on every refresh. */
const warned = new Set<string>();

/** Tells the page's developer, once per feed, indicator and list, which figures found no unit. */
export function warnUnmatchedOnce(
  feedId: string | undefined,
  indicatorId: string | undefined,
  codes: readonly string[],
): void {
  const key = `${feedId}|${indicatorId}|${codes.join(",")}`;
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(
    `[chiso] <chiso-choropleth>: ${codes.length} figure(s) of "${indicatorId}" match no unit of the map: ${codes.join(", ")}. Check code-property, object and the unit vintage, or use join="name".`,
  );
}
