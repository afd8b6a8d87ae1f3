/**
 * Consistency warnings as every element shows them: a mark beside the figure they are about, and
 * the list in the element's detail and table. The severity is said in words ("Lỗi số liệu",
 * "Cảnh báo", "Lưu ý"); colour only repeats it. Each message already sets both figures side by
 * side ("đúng hạn 5.104 + quá hạn 2 = 5.106 vượt tổng 1.669"), so the list shows the messages as
 * they are, most serious first (`warningsAbout` gives them so).
 */
import { html, nothing } from "lit";
import type { TemplateResult } from "lit";
import type { Locale } from "../../data/format.js";
import type { ConsistencyWarning } from "../../data/warnings.js";
import { SHARED_MESSAGES } from "./messages.js";
import { signOf } from "./warning-mark.js";

export { markedWarnings, warningMark } from "./warning-mark.js";

/**
 * The warnings as a list, one item each, "⚠ Lỗi số liệu: <message>"; `about` names what a warning
 * is about where the list covers several figures (a board's services, a map's units).
 */
export function warningList(
  warnings: readonly ConsistencyWarning[],
  locale: Locale,
  about?: (warning: ConsistencyWarning) => string,
): TemplateResult {
  const severity = SHARED_MESSAGES[locale].severity;
  return html`<ul>
    ${warnings.map(
      (warning) =>
        html`<li class=${warning.severity}>
          <span aria-hidden="true">${signOf(warning)}</span>
          <strong>${severity[warning.severity]}:</strong>
          ${about ? `${about(warning)} — ` : ""}${warning.message[locale]}
        </li>`,
    )}
  </ul>`;
}

/**
 * Every warning of an element in a disclosure, "⚠ 3 cảnh báo về tính nhất quán của số liệu", its
 * summary in the colour of the most serious. Until the first frame is painted (`painted`) the
 * closed disclosure has its summary only; the list follows a task later.
 */
export function warningDetails(
  warnings: readonly ConsistencyWarning[],
  locale: Locale,
  painted: boolean | undefined,
  about?: (warning: ConsistencyWarning) => string,
): TemplateResult | typeof nothing {
  const worst = warnings[0];
  if (!worst) return nothing;
  return html`<details class="warnings" part="warnings">
    <summary class=${worst.severity}>
      <span aria-hidden="true">${signOf(worst)}</span>
      ${SHARED_MESSAGES[locale].warnings(warnings.length)}
    </summary>
    ${painted ? warningList(warnings, locale, about) : nothing}
  </details>`;
}
