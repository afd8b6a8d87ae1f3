/**
 * The status panel's header: its title, the count of subsystems by data mode ("6 trực tuyến ·
 * 2 thủ công") and the health line ("⚠ 1 mất tín hiệu · 5 quá hạn cập nhật", or "Tất cả cập
 * nhật đúng hạn") — the figure an operator reads first.
 */
import { html, nothing } from "lit";
import type { TemplateResult } from "lit";
import { MODES } from "../../data/figures/status.js";
import type { Freshness } from "../../data/figures/status.js";
import { localize } from "../../data/format.js";
import type { Locale } from "../../data/format.js";
import type { DataMode, StatusIndicator } from "../../data/schema.js";
import { MODE_ICONS, STATE_ICONS, icon } from "./icons.js";
import type { StatusPanelMessages } from "./messages.js";
import type { Live } from "./subsystem-detail.js";

export function panelHeader(
  indicator: StatusIndicator,
  total: number,
  modeCounts: Record<DataMode, number>,
  live: readonly Live[],
  m: StatusPanelMessages,
  locale: Locale,
): TemplateResult {
  const modes = MODES.filter((mode) => modeCounts[mode] > 0);
  return html`<div class="header">
    <h2 class="title">${localize(indicator.label, locale)}</h2>
    <p class="summary" part="summary">
      <span class="visually-hidden">${m.subsystems(total)}:</span>
      ${modes.map(
        (mode, i) =>
          html`${i ? html`<span class="sep" aria-hidden="true"> · </span>` : nothing}<span
              class="count mode-${mode}"
              >${icon(MODE_ICONS[mode])} ${m.modeCount(mode, modeCounts[mode])}</span
            >`,
      )}
    </p>
    ${healthSummary(total, live, m)}
  </div>`;
}

/** "1 mất tín hiệu 5 quá hạn cập nhật", or "Tất cả cập nhật đúng hạn". */
function healthSummary(total: number, live: readonly Live[], m: StatusPanelMessages) {
  let stale = 0;
  let offline = 0;
  for (const { freshness } of live) {
    if (freshness === "stale") stale += 1;
    else if (freshness === "offline") offline += 1;
  }
  const count = (state: Freshness, text: string) =>
    html`<span class="count is-${state}">${icon(STATE_ICONS[state])} ${text}</span>`;
  return html`<p class="health-summary">
    ${offline ? count("offline", m.offlineCount(offline)) : nothing}
    ${stale ? count("stale", m.staleCount(stale)) : nothing}
    ${!stale && !offline && total ? count("fresh", m.allFresh) : nothing}
  </p>`;
}
