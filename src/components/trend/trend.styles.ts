import { css } from "lit";

/**
 * Trend layout: header, the latest value with its changes, the plot (an SVG stretched to the
 * box, with HTML dots, ticks and labels so text never stretches), the readout line and the table.
 * Type scales with the element (`cqi`), so a portal card and a 4K wall cell share one sheet.
 */
export const trendStyles = css`
  :host {
    --_line: var(--chiso-trend-line-color, var(--_accent));
    --_target-line: var(--chiso-trend-target-color, var(--_text));
    --_band: var(--chiso-trend-band-color, var(--_border));
    --_height: var(--chiso-trend-height, 12em);
    padding: 0.75em 1em;
    line-height: 1.35;
  }
  .base {
    container-type: inline-size;
  }
  .trend {
    font-variant-numeric: tabular-nums;
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  p {
    margin: 0;
  }
  .label {
    font-weight: 600;
    font-size: clamp(1em, 3cqi, 2.5em);
  }
  .subject,
  .period,
  .axis,
  .tick,
  .target-label {
    color: var(--_muted);
  }
  .latest {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 1em;
  }
  .value {
    font-weight: 700;
    font-size: clamp(1.75em, 7cqi, 6em);
    line-height: 1.1;
  }
  .delta.up {
    color: var(--_good);
  }
  .delta.down {
    color: var(--_bad);
  }
  .chart {
    position: relative;
    height: var(--_height);
    margin-inline-start: 3em;
    border-block-end: 1px solid var(--_border);
    touch-action: pan-y;
  }
  .chart:focus-visible,
  .panels:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 4px;
  }
  svg {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    overflow: visible;
  }
  svg * {
    vector-effect: non-scaling-stroke;
  }
  .line {
    fill: none;
    stroke: var(--_line);
    stroke-width: 3px;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .column {
    fill: var(--_line);
  }
  .target {
    stroke: var(--_target-line);
    stroke-width: 2px;
    stroke-dasharray: 6 4;
  }
  .band {
    fill: var(--_band);
    opacity: 0.35;
  }
  .mark {
    stroke: var(--_muted);
    stroke-width: 2px;
    stroke-dasharray: 2 3;
  }
  .gap-band {
    fill: var(--_band);
    opacity: 0.25;
  }
  .guide {
    stroke: var(--_muted);
    stroke-width: 1px;
  }
  .dot {
    position: absolute;
    width: 0.5em;
    height: 0.5em;
    margin: -0.25em 0 0 -0.25em;
    border-radius: 50%;
    background: var(--_line);
  }
  .dot.selected {
    width: 0.9em;
    height: 0.9em;
    margin: -0.45em 0 0 -0.45em;
    background: var(--_surface);
    border: 3px solid var(--_line);
  }
  .variant-columns .dot:not(.selected) {
    display: none;
  }
  .tick {
    position: absolute;
    inset-inline-end: calc(100% + 0.4em);
    transform: translateY(-50%);
    font-size: 0.8em;
    white-space: nowrap;
  }
  .target-label {
    position: absolute;
    inset-inline-end: 0;
    transform: translateY(-110%);
    font-size: 0.8em;
  }
  .mark-label {
    position: absolute;
    bottom: 0.25em;
    max-width: 40%;
    padding-inline: 0.3em;
    font-size: 0.75em;
    line-height: 1.2;
    color: var(--_muted);
    background: var(--_surface);
  }
  .axis {
    display: flex;
    justify-content: space-between;
    margin-inline-start: 3em;
    font-size: 0.85em;
  }
  .readout {
    min-height: 1.35em;
  }
  summary {
    cursor: pointer;
    color: var(--_accent);
  }
  table {
    border-collapse: collapse;
    margin-block-start: 0.5em;
  }
  caption {
    text-align: start;
    font-weight: 600;
  }
  th,
  td {
    padding: 0.2em 0.6em;
    border-block-end: 1px solid var(--_border);
    text-align: start;
  }
  tr.gap td,
  tr.gap th {
    color: var(--_muted);
  }
  /* Small multiples: a grid of panels; the columns fill the width unless the page sets them. */
  .panels {
    display: grid;
    grid-template-columns: repeat(
      var(--chiso-trend-columns, auto-fit),
      minmax(min(100%, 9em), 1fr)
    );
    gap: 0.6em 1em;
  }
  .panel {
    display: flex;
    flex-direction: column;
    padding: 0.2em;
  }
  /* The panel read out, while the keys are on the panels (a wall at rest marks none). */
  .panels:focus .current {
    outline: 2px solid var(--_muted);
  }
  .name {
    font-weight: 600;
  }
  .panel-value {
    font-weight: 700;
    font-size: 1.6em;
  }
  /* "▲ +1,11 điểm %" wraps as a whole. */
  .panel .delta {
    font-size: 0.85em;
    white-space: nowrap;
  }
  .plot {
    position: relative;
    flex: 1 0 var(--chiso-trend-panel-height, 3.5em);
    margin-block-start: 0.2em;
    border-block-end: 1px solid var(--_border);
    touch-action: pan-y;
  }
  /* Smaller dots. */
  .plot .dot {
    font-size: 0.7em;
  }
  .table {
    overflow-x: auto;
  }
  /* A wall cell: the panels share the cell's height. */
  :host([fit]) :is(.base, .multiples) {
    height: 100%;
  }
  :host([fit]) .panels {
    flex: 1 1 0;
    min-height: 0;
    grid-auto-rows: minmax(0, 1fr);
  }
  :host([fit]) .panel {
    overflow: hidden;
  }
  :host([fit]) .plot {
    flex: 1 1 0;
  }
  /*
   * 64em wide holds six 9em panels a row: up to six units are one row (with the header, the
   * readout and the table's line), more take the rows of 34 in a 16:9 cell (8 × 5, 6 × 6).
   */
  :host([fit][units]) {
    --_fit-cols: 64;
    --_fit-rows: 17;
  }
  :host([fit]) .base:has(.panel:nth-child(7)) {
    --_fit-rows: 52;
  }
  /* A cell narrower than 5 : 2 takes up to six units in two rows of three, in larger type. */
  @container (max-aspect-ratio: 5 / 2) {
    :host([fit][units]) .base:not(:has(.panel:nth-child(7))) {
      --_fit-cols: 32;
      --_fit-rows: 24;
    }
  }
  @media (forced-colors: active) {
    .line,
    .target,
    .guide,
    .mark {
      stroke: CanvasText;
    }
    .column,
    .dot {
      background: CanvasText;
      fill: CanvasText;
    }
  }
`;
