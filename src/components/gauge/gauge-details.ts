/**
 * The gauge's "Chi tiết" disclosure: subject, period, counts, target, change, the printed rate,
 * the consistency warnings and the source, as a description list. Apart from the element so gauge.element.ts stays about
 * layout; the figures arrive formatted.
 */
import { html, nothing } from "lit";
import type { TemplateResult } from "lit";
import type { RatioFigure } from "../../data/figures/ratio.js";
import { formatPointsDelta } from "../../data/format.js";
import type { Locale } from "../../data/format.js";
import type { Provenance } from "../../data/schema.js";
import { warningList } from "../shared/warning-list.js";
import type { GaugeMessages } from "./messages.js";

/** What the disclosure lists (the gauge's model has these and more). */
export interface DetailsModel {
  subject: string;
  period: string;
  dates: string;
  figure: RatioFigure;
  previousLabel: string;
  provenance: Provenance | undefined;
  document: string;
}

export interface DetailsWords {
  t: GaugeMessages;
  /** "Nguồn" / "Source" (shared words). */
  source: string;
  /** "Kiểm tra số liệu" / "Consistency checks" (shared words). */
  checks: string;
  locale: Locale;
  /** Counts as shown under the number, `null` without a numerator. */
  counts: string | null;
  /** A rate as the report words it ("60 %", "gần 78 %"). */
  percent: (rate: number) => string;
  stated: (figure: RatioFigure, statedRate: number) => string;
  /**
   * The first frame is painted (ChisoElement.painted): until then the closed disclosure has its
   * summary only, and its list comes a task after that frame.
   */
  painted: boolean | undefined;
}

export function gaugeDetails(model: DetailsModel, words: DetailsWords): TemplateResult {
  const { figure, provenance } = model;
  const { t, locale, counts } = words;
  const row = (term: string, value: string | TemplateResult) =>
    html`<div>
      <dt>${term}</dt>
      <dd>${value}</dd>
    </div>`;
  const source = [model.document, provenance?.document, provenance?.section]
    .filter((part, index, all) => part && all.indexOf(part) === index)
    .join(", ");
  return html`<details part="details">
    <summary>${t.details}</summary>
    ${
      words.painted
        ? html`<dl>
            ${row(t.subject, model.subject)} ${row(t.period, `${model.period} (${model.dates})`)}
            ${counts ? row(t.counts, counts) : nothing}
            ${figure.target != null ? row(t.target, words.percent(figure.target)) : nothing}
            ${
              figure.deltaPoints != null
                ? row(
                    t.change,
                    `${formatPointsDelta(figure.deltaPoints, locale)} ${t.vsPrevious(model.previousLabel)}`,
                  )
                : nothing
            }
            ${
              figure.statedRate != null
                ? row(t.statedRate, words.stated(figure, figure.statedRate))
                : nothing
            }
            ${
              figure.warnings.length
                ? row(words.checks, warningList(figure.warnings, locale))
                : nothing
            }
            ${
              source || provenance?.quote
                ? row(
                    words.source,
                    html`${source}
                    ${provenance?.quote ? html`<blockquote>${provenance.quote}</blockquote>` : nothing}`,
                  )
                : nothing
            }
          </dl>`
        : nothing
    }
  </details>`;
}
