import { css } from "lit";

/**
 * Gauge layout. Type scales with the element through container query units (`cqi`), so one
 * stylesheet serves a 160 px portal tile and a 1920 px wall cell; the ResizeObserver only picks
 * the layout class (`compact` / `regular` / `wide`).
 */
export const gaugeStyles = css`
  :host {
    --_track: var(--chiso-gauge-track-color, var(--_border));
    --_value: var(--chiso-gauge-value-color, var(--_accent));
    --_good-fill: var(--chiso-gauge-good-color, var(--_good));
    --_bad-fill: var(--chiso-gauge-bad-color, var(--_bad));
    /* The target is a notch in the surface's colour across the rings, not a needle that reads
       as the value: 3:1 against the value and the track, as they are against the surface. */
    --_target: var(--chiso-gauge-target-color, var(--_surface));
    --_transition: var(--chiso-gauge-transition, 300ms);
    padding: 0.75em 1em;
    line-height: 1.35;
  }
  .base {
    container-type: inline-size;
  }
  .gauge {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  p {
    margin: 0;
  }
  .header {
    display: flex;
    flex-direction: column;
    gap: 0.125em;
  }
  .label {
    font-weight: 600;
    font-size: clamp(1em, 3.2cqi, 2.5em);
  }
  .subject {
    color: var(--_muted);
    font-size: clamp(0.8125em, 2.2cqi, 1.75em);
  }
  .body {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.5em;
  }
  .facts {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    font-size: clamp(0.875em, 2.4cqi, 2em);
    align-self: stretch;
  }

  /* The figure: arc or bar plus the big number. */
  .chart {
    position: relative;
    container-type: inline-size;
    width: 100%;
  }
  .arc .chart {
    max-width: 24em;
  }
  .value {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    line-height: 1.1;
    white-space: nowrap;
  }
  .arc .value {
    position: absolute;
    /* Inside the hollow (radius 58 of 100, so the middle 58 % at the baseline and ~52 % at the
       number's height), so the number's box never lies over a ring. */
    inset: auto 24% 0;
    /* The dial's paths are behind this box as rectangles (axe and forced-colours see boxes, not
       shapes): an opaque surface makes the number's contrast the one it visibly has. */
    background: var(--_surface);
    text-align: center;
    /* "100,00 %" fits inside the hollow of an arc wider than 12 em, and the em part grows it with
       the reader's text size (200 %), which the arc's width alone (cqi) does not. */
    font-size: calc(8cqi + 0.5em);
  }
  .arc .value.empty {
    font-size: calc(4.5cqi + 0.25em);
    white-space: normal;
    padding: 0 24%;
    font-weight: 600;
  }
  .dial {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
  }
  .track {
    fill: var(--_track);
  }
  .fill {
    fill: var(--_value);
    transition:
      d var(--_transition) ease-out,
      fill var(--_transition);
  }
  .good .fill {
    fill: var(--_good-fill);
    background: var(--_good-fill);
  }
  .bad .fill {
    fill: var(--_bad-fill);
    background: var(--_bad-fill);
  }
  /* The zones differ in lightness, not only in hue: 3:1 apart (tests/contrast). */
  .band.below {
    fill: var(--_bad-fill);
    opacity: 0.45;
  }
  .band.above {
    fill: var(--_good-fill);
  }
  line.target {
    stroke: var(--_target);
    stroke-width: 3;
    stroke-linecap: round;
  }

  /* Bullet bar. */
  .bar .chart {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
  }
  .bar .value {
    font-size: clamp(1.5em, 7cqi, 5em);
    order: -1;
  }
  .bar .value.empty {
    font-size: clamp(1em, 4cqi, 2.5em);
    white-space: normal;
    min-width: 0;
  }
  .meter-bar {
    position: relative;
    flex: 1 1 8em;
    height: clamp(0.75em, 3cqi, 2.5em);
    background: var(--_track);
    border-radius: 2px;
  }
  .meter-bar .band,
  .meter-bar .fill {
    position: absolute;
    inset: 0 auto 0 0;
  }
  .meter-bar .band.below {
    background: var(--_bad-fill);
    opacity: 0.3;
  }
  .meter-bar .fill {
    inset: 20% auto 20% 0;
    background: var(--_value);
    transition: width var(--_transition) ease-out;
  }
  .meter-bar .target {
    position: absolute;
    top: -0.25em;
    bottom: -0.25em;
    width: 3px;
    margin-left: -1.5px;
    background: var(--_target);
  }

  /* Verdict, change and warnings: colour plus an icon or arrow plus words. */
  .counts {
    font-variant-numeric: tabular-nums;
  }
  .verdict.good,
  .delta.up {
    color: var(--_good);
  }
  .verdict.bad,
  .delta.down {
    color: var(--_bad);
  }
  .verdict,
  .delta {
    font-weight: 600;
  }
  .muted {
    color: var(--_muted);
    font-weight: 400;
  }
  .note {
    color: var(--_muted);
  }
  details {
    margin-top: 0.25em;
    /* At least 12 px at the default text size, in a tile too. */
    font-size: max(0.875em, 0.75rem);
  }
  summary {
    cursor: pointer;
    color: var(--_accent);
    width: max-content;
    border-radius: 2px;
  }
  dl {
    margin: 0.5em 0 0;
    display: grid;
    gap: 0.25em;
  }
  dl div {
    display: grid;
    grid-template-columns: minmax(7em, auto) 1fr;
    gap: 0.75em;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  blockquote {
    margin: 0.25em 0 0;
    padding-left: 0.75em;
    border-left: 3px solid var(--_border);
    color: var(--_muted);
    font-style: italic;
  }

  /* Layouts. */
  .wide .body {
    flex-direction: row;
    align-items: center;
    gap: 2em;
  }
  .wide.arc .chart {
    flex: 0 0 42%;
    max-width: 42%;
  }
  .wide.arc .facts {
    align-self: center;
  }
  .wide.bar .body {
    flex-direction: column;
    align-items: stretch;
  }
  /* The full label stays in the meter's accessible name; a tile shows three lines of it. */
  .compact .label {
    font-size: 0.875em;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
  }
  /* A 160 px tile's hollow is ~75 px: the number goes under the arc, at a readable size. */
  .compact.arc .value {
    position: static;
    margin-top: 0.125em;
    font-size: 1.5em;
  }
  .compact.arc .value.empty {
    font-size: 0.875em;
    padding: 0;
  }
  .compact .subject,
  .compact .facts {
    font-size: 0.75em;
  }
  .compact .subject {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
  .compact .delta .muted {
    display: none;
  }
  .compact dl div {
    grid-template-columns: 1fr;
    gap: 0;
  }
  /*
   * fit (an IOC wall cell): the body is a size container between the header and the bottom of
   * the cell. The arc takes the largest size its track allows (the chart is a size container
   * too, and the dial is centred in it) and leaves the facts their room: under it, or beside it
   * when the cell is wide. The number is 10,5 % of the arc's width, so it grows with the cell.
   */
  :host([fit]) {
    --_fit-cols: 26;
    --_fit-rows: 22;
  }
  :host([fit]) .base {
    display: flex;
    flex-direction: column;
    padding: 0.5em 0.75em;
  }
  .gauge.fit {
    flex: 1 1 0;
    min-height: 0;
  }
  .fit .label {
    font-size: 1.1em;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
  .fit .subject {
    font-size: 0.85em;
  }
  .fit .body {
    flex: 1 1 0;
    min-height: 0;
    container-type: size;
    display: grid;
    grid-template: minmax(0, 1fr) auto / minmax(0, 1fr) auto;
    align-items: stretch;
    gap: 0.25em 1em;
  }
  .fit .chart {
    grid-area: 1 / 1 / 2 / 3;
    max-width: none;
    min-height: 0;
  }
  .fit .facts {
    grid-area: 2 / 1 / 3 / 3;
    min-width: 0;
    font-size: 0.9em;
  }
  @container (min-aspect-ratio: 2.2) {
    .fit .chart {
      grid-area: 1 / 1 / 3 / 2;
    }
    .fit .facts {
      grid-area: 1 / 2 / 3 / 3;
      align-self: center;
      max-width: 45cqi;
    }
  }
  .fit.arc .chart {
    --_w: min(100cqi, 190cqb);
    container-type: size;
  }
  .fit.arc .dial {
    position: absolute;
    left: calc(50% - var(--_w) / 2);
    top: calc(50% - var(--_w) / 3.81);
    width: var(--_w);
  }
  .fit.arc .value {
    inset: auto calc(50% - var(--_w) * 0.26) calc(50% - var(--_w) / 3.81);
    font-size: calc(var(--_w) * 0.105);
  }
  .fit.arc .value.empty {
    font-size: calc(var(--_w) * 0.06);
    padding: 0;
  }
  .fit.bar .chart {
    align-content: center;
  }
  /*
   * Forced colours (Windows high contrast): the page's palette is replaced by a few system
   * colours, so the value, the rest of the track and the target each get their own. Set through
   * the custom properties, because the good/bad rules above would otherwise win and paint the
   * value in CanvasText, like the track's border.
   */
  @media (forced-colors: active) {
    :host {
      --_value: Highlight;
      --_good-fill: Highlight;
      --_bad-fill: Highlight;
      --_track: GrayText;
      --_target: CanvasText;
    }
    line.target,
    .meter-bar .target {
      stroke: CanvasText;
      background: CanvasText;
    }
  }
`;
