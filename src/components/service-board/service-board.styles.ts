import { css } from "lit";

/**
 * A semantic table dressed as a ranked list: no grid lines, one hairline per row, numbers in
 * tabular figures, a small bar beside each rate. Type scales with the element (`cqi`).
 */
export const boardStyles = css`
  :host {
    --_track: var(--chiso-service-board-track-color, var(--_border));
    --_bar: var(--chiso-service-board-bar-color, var(--_accent));
    --_good-bar: var(--chiso-service-board-good-color, var(--_good));
    --_bad-bar: var(--chiso-service-board-bad-color, var(--_bad));
    --_row-gap: var(--chiso-service-board-row-gap, 0.375em);
    --_transition: var(--chiso-service-board-transition, 300ms);
    padding: 0.75em 1em;
    line-height: 1.35;
  }
  .base {
    container-type: inline-size;
  }
  /* cqi resolves against .base: 14 px on a 900 px card, 2× on a 4K wall cell. */
  table {
    font-size: clamp(0.875em, 1.5cqi, 2em);
  }
  .summary {
    display: block;
    margin-top: 0.25em;
    font-weight: 600;
  }
  .summary.bad {
    color: var(--_bad);
  }
  .summary.good {
    color: var(--_good);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    padding-bottom: 0.5em;
  }
  caption .label {
    display: block;
    font-weight: 600;
    font-size: 1.125em;
  }
  caption .subject {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
  }
  th,
  td {
    padding: var(--_row-gap) 0.5em;
    text-align: start;
    vertical-align: middle;
    border-bottom: 1px solid var(--_border);
  }
  thead th {
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_muted);
    white-space: nowrap;
    border-bottom-width: 2px;
  }
  tbody th {
    font-weight: 400;
  }
  /* The name column takes what the figures leave: the others shrink to fit (the 1 % trick). */
  .rank,
  .rate,
  .volume,
  .status {
    width: 1%;
  }
  .name {
    min-width: 5em;
  }
  th button {
    border: 0;
    padding: 0.125em 0.25em;
    margin: 0 -0.25em;
    color: inherit;
    font-weight: inherit;
    display: inline-flex;
    gap: 0.25em;
    align-items: center;
  }
  th button.active {
    color: var(--_text);
  }
  .rank {
    text-align: end;
    color: var(--_muted);
  }
  .rate {
    white-space: nowrap;
  }
  .rate .num {
    display: inline-block;
    min-width: 5em;
    text-align: end;
    font-weight: 600;
  }
  .track {
    position: relative;
    display: inline-block;
    vertical-align: middle;
    width: clamp(3em, 12cqi, 12em);
    height: 0.75em;
    margin-inline-start: 0.5em;
    background: var(--_track);
    border-radius: 2px;
  }
  .fill {
    position: absolute;
    inset: 0 auto 0 0;
    background: var(--_bar);
    border-radius: 2px;
    transition: width var(--_transition) ease-out;
  }
  .rate.good .fill {
    background: var(--_good-bar);
  }
  .rate.bad .fill {
    background: var(--_bad-bar);
  }
  .tick {
    position: absolute;
    top: -0.2em;
    bottom: -0.2em;
    width: 2px;
    margin-left: -1px;
    /* A notch, as the gauge's target: 3:1 against the bar and the track (tests/contrast). */
    background: var(--_surface);
  }
  .state {
    color: var(--_muted);
    font-style: italic;
    white-space: normal;
  }
  .volume {
    text-align: end;
    white-space: nowrap;
  }
  thead .volume {
    text-align: end;
  }
  .status {
    font-size: 0.875em;
  }
  .mark,
  .warning {
    display: block;
    white-space: nowrap;
  }
  .mark.below {
    color: var(--_bad);
    font-weight: 600;
  }
  .mark.meets {
    color: var(--_good);
  }
  tr.row:not(.ok) .name {
    color: var(--_muted);
  }
  tfoot th,
  tfoot td {
    font-weight: 700;
    border-bottom: 0;
    border-top: 2px solid var(--_border);
  }
  /*
   * fit (an IOC wall cell): the type follows the box (theme.styles.ts); caption, column heads
   * and the totals row stay in view and the rows are paged between them (PagingController). Rows
   * off the page are flattened, not removed, so the columns keep their widths from page to
   * page. A name takes one line, a verdict its icon (the words stay for screen readers), and the
   * total, the cell's main figure, is large.
   */
  :host([fit]) {
    --_fit-cols: 34;
    --_fit-rows: 25;
    --_row-gap: 0.2em;
  }
  :host([fit]) .base {
    display: flex;
    flex-direction: column;
    padding: 0.4em 0.6em;
  }
  :host([fit]) table {
    flex: none;
    font-size: 1em;
  }
  :host([fit]) caption {
    padding-bottom: 0.3em;
  }
  /* One line that never widens the table (see .name-text). */
  :host([fit]) caption .label {
    font-size: 1.05em;
    width: 0;
    min-width: 100%;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  :host([fit]) caption .subject,
  :host([fit]) .summary {
    display: inline;
  }
  :host([fit]) .summary {
    margin-inline-start: 0.75em;
    font-size: 0.875em;
  }
  /* Adds nothing to the column's intrinsic width, then fills it: the name takes what is left. */
  :host([fit]) tbody .name-text {
    display: block;
    width: 0;
    min-width: 100%;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  :host([fit]) th,
  :host([fit]) td {
    padding-inline: 0.3em;
  }
  :host([fit]) .rate .num {
    min-width: 4.2em;
  }
  :host([fit]) .track {
    width: 3.5em;
  }
  :host([fit]) .status .words {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* 1.9em: at least 30 px in a 1080p wall cell, 60 px at 4K (issue 13.3). */
  :host([fit]) tfoot .num {
    display: block;
    min-width: 0;
    font-size: 1.9em;
    line-height: 1.1;
  }
  :host([fit]) tfoot .track {
    display: block;
    margin: 0.2em 0 0;
  }
  /*
   * Rows off the page keep their place in the table a screen reader reads (every row, whichever
   * page shows) and in the column widths, with no height and nothing painted.
   */
  tr.off-page {
    opacity: 0;
  }
  tr.off-page * {
    height: 0;
    line-height: 0;
    padding-block: 0;
    margin-block: 0;
    border-block: 0;
    vertical-align: top;
  }
  /* Narrow: no rank column, bars under the numbers, wrapping status words. */
  .compact .rank {
    display: none;
  }
  .compact .track {
    display: block;
    width: 100%;
    margin: 0.25em 0 0;
  }
  .compact .rate .num {
    min-width: 0;
  }
  .inline-status {
    display: block;
    font-size: 0.875em;
  }
  .compact .mark,
  .compact .warning,
  .compact .volume {
    white-space: normal;
  }
  .compact th,
  .compact td {
    padding-inline: 0.25em;
  }
  /* Forced colours: bar, empty track and target in three system colours (see the gauge). */
  @media (forced-colors: active) {
    :host {
      --_bar: Highlight;
      --_good-bar: Highlight;
      --_bad-bar: Highlight;
      --_track: Canvas;
    }
    .track {
      border: 1px solid CanvasText;
    }
    .tick {
      background: CanvasText;
    }
  }
`;
