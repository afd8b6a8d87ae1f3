/**
 * The floating details of the hovered or focused unit, beside the pointer or the unit's centre,
 * flipped near the right and bottom edges so it stays inside the map. Hidden from screen
 * readers: the live region says the same.
 */
import { html, nothing } from "lit";
import type { TemplateResult } from "lit";
import type { Classification } from "../../data/figures/classify.js";
import { styleProps } from "../shared/style-props.js";
import { warningMark } from "../shared/warning-list.js";
import { classLabel } from "./map-text.js";
import type { MapWords, UnitLine } from "./map-text.js";
import type { MapLayout } from "./projection.js";

export function mapTooltip(
  layout: MapLayout,
  index: number,
  pointer: { x: number; y: number } | null,
  line: UnitLine,
  classes: Classification | null,
  words: MapWords,
): TemplateResult | typeof nothing {
  const unit = layout.units[index];
  if (!unit) return nothing;
  const at = pointer ?? { x: unit.cx, y: unit.cy };
  const flipX = at.x > layout.width * 0.6;
  const flipY = at.y > layout.height * 0.7;
  const style = {
    left: `${Math.round(at.x + (flipX ? -12 : 12))}px`,
    top: `${Math.round(at.y + (flipY ? -12 : 12))}px`,
    transform: `translate(${flipX ? "-100%" : "0"},${flipY ? "-100%" : "0"})`,
  };
  const bin = classes?.bins[index];
  return html`<div class="tooltip" part="tooltip" aria-hidden="true" style=${styleProps(style)}>
    <strong>${line.name}</strong>
    <span class="value">${line.value}</span>
    ${line.rank ? html`<span class="muted">· ${line.rank}</span>` : nothing}
    ${line.counts ? html`<div class="muted">${line.counts}</div>` : nothing}
    ${bin != null && classes?.kind === "target" ? html`<div>${classLabel(classes, bin, words)}</div>` : nothing}
    <div>${warningMark(line.warnings, words.locale)}</div>
  </div>`;
}
