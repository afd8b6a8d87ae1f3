import { css } from "lit";

/**
 * The map's styles, its palette included. The default ramp is one hue (blue), its lightness
 * monotone, between two ends per theme: `--_lo`, the lowest class, still 3:1 against the surface
 * (a unit with a low rate never looks empty), and `--_hi`, the highest, furthest from it —
 * darker on white, brighter on the dark and IOC surfaces. palette.ts mixes class i of N between
 * them (a page's `--chiso-choropleth-class-i`, which palette.ts reads, wins whatever N). One hue keeps the classes apart
 * by lightness under any colour-vision deficiency. Around a target: below is warm and nearest
 * the surface, at the ramp's middle, above its far end — the same order as the ramp.
 * tests/contrast.test.ts measures every class in every theme.
 */
export const choroplethStyles = css`
  :host {
    --_stroke: var(--chiso-choropleth-stroke, var(--_surface));
    --_hatch: var(--chiso-choropleth-hatch, var(--_muted));
    --_highlight: var(--chiso-choropleth-highlight, var(--_text));
    --_group-border: var(--chiso-choropleth-group-border, var(--_text));
    /* The ramp's ends (palette.ts mixes the classes between them) and the target's sides. */
    --_lo: #4292c6;
    --_hi: #062657;
    --_below: var(--chiso-choropleth-below, var(--_warm));
    --_at: var(--chiso-choropleth-at, color-mix(in oklab, var(--_lo), var(--_hi)));
    --_above: var(--chiso-choropleth-above, var(--_hi));
    --_warm: #c8650f;
    /* A page's colour for class i, whatever the number of classes (empty: the ramp's mix). */
    min-width: 200px;
  }
  /* On a dark surface a low rate is dim and a high one bright (the legend reads the same way). */
  :host([theme="dark"]),
  :host([theme="ioc"]) {
    --_lo: #2f6fb5;
    --_hi: #cfe8ff;
    --_warm: #b4621c;
  }
  /* The hint is the map's description (aria-describedby), not a paragraph read a second time. */
  #hint {
    display: none;
  }
  .base {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    padding: 0.75em;
  }
  .header h2 {
    margin: 0;
    font-size: 1.05em;
    line-height: 1.3;
  }
  .header p {
    margin: 0.15em 0 0;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .trail {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em;
    font-size: 0.9em;
  }
  .trail [aria-current] {
    font-weight: 600;
  }
  .trail [role="status"] {
    color: var(--_muted);
  }
  .note {
    margin: 0;
    font-size: 0.85em;
    line-height: 1.4;
  }
  .note.warning {
    color: var(--_warning);
  }
  .note.total {
    color: var(--_muted);
  }
  /* On a wall (fit) the overall rate is the cell's main figure: 30 px at 1080p, 60 px at 4K. */
  :host([fit]) .total strong {
    font-size: 1.7em;
    color: var(--_text);
  }
  /* … and the map gives way, so legend and table button stay in the cell. */
  :host([fit]) .map {
    min-height: 0;
  }
  .note .codes {
    color: var(--_text);
  }
  .map {
    position: relative;
    flex: 1 1 auto;
    /* Sized to the geography unless the page fixes the height (IOC tiles do). */
    height: var(--chiso-choropleth-height, auto);
    aspect-ratio: var(--_aspect, 1.5);
    min-height: 160px;
    max-height: var(--chiso-choropleth-max-height, 80vh);
    border-radius: calc(var(--_radius) / 2);
    outline-offset: 2px;
    cursor: pointer;
    touch-action: manipulation;
  }
  .map:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .map > svg,
  .map > canvas {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    display: block;
  }
  .unit {
    stroke: var(--_stroke);
    stroke-width: 0.75;
    stroke-linejoin: round;
  }
  .group-borders,
  .outline {
    fill: none;
    pointer-events: none;
    stroke-linejoin: round;
  }
  .group-borders {
    stroke: var(--_group-border);
    stroke-width: 1.25;
  }
  .outline.hover {
    stroke: var(--_highlight);
    stroke-width: 2;
  }
  .outline.selected {
    stroke: var(--_highlight);
    stroke-width: 3;
  }
  .outline.halo {
    stroke: var(--_surface);
    stroke-width: 6;
  }
  .outline.active {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .inset-frame {
    fill: none;
    stroke: var(--_border);
    stroke-width: 1;
  }
  .inset-caption {
    fill: var(--_muted);
    text-anchor: middle;
    font-size: calc(10px * var(--_scale));
  }
  .hatch-bg {
    fill: var(--_surface);
  }
  .hatch-line {
    stroke: var(--_hatch);
    stroke-width: 1.25;
  }
  .label {
    font-size: calc(11px * var(--_scale));
    font-weight: 600;
    text-anchor: middle;
    dominant-baseline: central;
    paint-order: stroke;
    stroke-width: 3px;
    stroke-linejoin: round;
    pointer-events: none;
  }
  .label.dark {
    fill: #1f2328;
    stroke: rgb(255 255 255 / 0.75);
  }
  .label.light {
    fill: #ffffff;
    stroke: rgb(0 0 0 / 0.6);
  }
  .label.plain {
    fill: var(--_text);
    stroke: var(--_surface);
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    max-width: min(18em, 80%);
    padding: 0.4em 0.6em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    color: var(--_text);
    font-size: 0.85em;
    line-height: 1.35;
    pointer-events: none;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
    transition: opacity 120ms ease-out;
  }
  .tooltip strong {
    display: block;
  }
  .tooltip .value {
    font-size: 1.15em;
    font-weight: 700;
  }
  .tooltip .muted {
    color: var(--_muted);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.9em;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.8em;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }
  .legend .count {
    color: var(--_muted);
  }
  .swatch {
    display: inline-block;
    width: 1.1em;
    height: 0.9em;
    border: 1px solid var(--_border);
    border-radius: 2px;
    forced-color-adjust: none;
  }
  .swatch.no-data {
    background: repeating-linear-gradient(45deg, var(--_hatch) 0 1.5px, var(--_surface) 1.5px 5px);
  }
  .table-toggle {
    font-size: 0.8em;
  }
  .table-wrap.open {
    max-height: 24em;
    overflow: auto;
  }
  table {
    border-collapse: collapse;
    font-size: 0.85em;
    width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25em;
  }
  th,
  td {
    padding: 0.2em 0.5em;
    border-bottom: 1px solid var(--_border);
    text-align: start;
  }
  td.num,
  th.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  tr.selected td {
    font-weight: 700;
  }
  th button.sort {
    font: inherit;
    font-weight: 600;
    color: inherit;
    background: none;
    border: 0;
    padding: 0;
    cursor: pointer;
    text-align: inherit;
  }
  th button.sort:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  .arrow {
    font-size: 0.75em;
    margin-inline-start: 0.25em;
  }
  @media (prefers-reduced-motion: reduce) {
    .tooltip {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .unit {
      stroke: CanvasText;
    }
    .outline.hover,
    .outline.selected,
    .outline.active {
      stroke: Highlight;
    }
    .tooltip {
      border-color: CanvasText;
    }
  }
`;
