/**
 * The mark beside a figure that consistency warnings are about: its severity in words ("⚠ Lỗi số
 * liệu", "⚠ Cảnh báo"), colour only repeating it. Apart from the lists (warning-list.ts) because
 * the single-file bundles carry the marks but not the lists.
 */
import { html, nothing } from "lit";
import type { TemplateResult } from "lit";
import type { Locale } from "../../data/format.js";
import type { ConsistencyWarning, WarningCode } from "../../data/warnings.js";
import { SHARED_MESSAGES } from "./messages.js";

/** Error and warning share the sign; the words and the colour tell them apart. */
export const signOf = (warning: ConsistencyWarning) => (warning.severity === "info" ? "ⓘ" : "⚠");

/**
 * The warnings a figure is marked for: errors and warnings (information is left to the detail),
 * except `except`, a code the element already says in words beside the figure.
 */
export const markedWarnings = (warnings: readonly ConsistencyWarning[], except?: WarningCode) =>
  warnings.filter((w) => w.severity !== "info" && w.code !== except);

/**
 * The mark beside a figure, "⚠ Lỗi số liệu", for the most serious of its marked warnings
 * (`warnings` sorted most serious first); their text is in the element's detail and table.
 */
export function warningMark(
  warnings: readonly ConsistencyWarning[],
  locale: Locale,
  except?: WarningCode,
): TemplateResult | typeof nothing {
  const worst = markedWarnings(warnings, except)[0];
  if (!worst) return nothing;
  return html`<span class="warning-mark ${worst.severity}" part="warning-mark"
    ><span aria-hidden="true">⚠ </span>${SHARED_MESSAGES[locale].severity[worst.severity]}</span
  >`;
}
