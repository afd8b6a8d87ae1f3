/**
 * The details of one subsystem, opened from its tile: mode, health, last update, interval, note,
 * the consistency warnings about it, source.
 */
import { html, nothing } from "lit";
import type { TemplateResult } from "lit";
import { durationParts } from "../../data/duration.js";
import type { Freshness, SubsystemRow } from "../../data/figures/status.js";
import { formatAge, formatDateTime, localize } from "../../data/format.js";
import type { ConsistencyWarning } from "../../data/warnings.js";
import { SHARED_MESSAGES } from "../shared/messages.js";
import { warningList } from "../shared/warning-list.js";
import { MODE_ICONS, STATE_ICONS, icon } from "./icons.js";
import { DATED_AFTER_MS, subsystemAgeText } from "./age-text.js";
import type { AgeWords } from "./age-text.js";

/** A subsystem at this moment: what changes with the time. */
export interface Live {
  freshness: Freshness;
  ageMs: number | null;
}

/** A `<dt>`/`<dd>` pair of the details, left out when there is nothing to say. */
function optionalTerm(term: string, description: string | TemplateResult | undefined) {
  return description
    ? html`<dt>${term}</dt>
        <dd>${description}</dd>`
    : nothing;
}

export function subsystemDetail(
  row: SubsystemRow,
  live: Live,
  words: AgeWords & {
    source: string;
    /** The consistency warnings about the subsystem (a last update in the future). */
    warnings: readonly ConsistencyWarning[];
    onClose: () => void;
  },
): TemplateResult {
  const { m, locale } = words;
  const { subsystem } = row;
  const provenance = subsystem.provenance;
  const source = provenance
    ? [provenance.document, provenance.section].filter(Boolean).join(", ")
    : "";
  const interval = subsystem.expectedInterval
    ? durationParts(subsystem.expectedInterval)
        .map(([value, unit]) => m.duration(value, unit))
        .join(" ")
    : "";
  return html`<section
    id="detail"
    class="detail"
    part="detail"
    tabindex="-1"
    aria-labelledby="detail-title"
  >
    <h3 id="detail-title" class="detail-title">${row.label}</h3>
    <dl>
      <dt>${m.modeLabel}</dt>
      <dd class="mode-${subsystem.mode}">
        ${icon(MODE_ICONS[subsystem.mode])} ${m.mode[subsystem.mode]}
      </dd>
      <dt>${m.healthLabel}</dt>
      <dd class="is-${live.freshness}">
        ${icon(STATE_ICONS[live.freshness])}
        ${m.freshness[live.freshness]}${subsystem.health ? ` · ${m.health[subsystem.health]}` : ""}
      </dd>
      <dt>${m.lastUpdated}</dt>
      <dd>
        ${
          row.lastMs == null || live.ageMs == null
            ? subsystemAgeText(row, live.ageMs, words)
            : // The time, and how long ago while that is a useful number (age-text.ts).
              formatDateTime(row.lastMs, locale) +
              (live.ageMs > DATED_AFTER_MS ? "" : ` (${formatAge(live.ageMs, locale)})`)
        }
      </dd>
      ${optionalTerm(m.expectedInterval, interval && m.every(interval))}
      ${optionalTerm(m.group, row.group)} ${optionalTerm(m.note, localize(subsystem.note, locale))}
      ${optionalTerm(
        SHARED_MESSAGES[locale].checks,
        words.warnings.length ? warningList(words.warnings, locale) : undefined,
      )}
      ${optionalTerm(
        words.source,
        provenance &&
          html`${source}${provenance.quote ? html`<q class="quote">${provenance.quote}</q>` : nothing}`,
      )}
    </dl>
    <button type="button" class="close" @click=${words.onClose}>${m.close}</button>
  </section>`;
}
