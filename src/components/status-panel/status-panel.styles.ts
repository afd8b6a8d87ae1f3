import { css } from "lit";

/**
 * Tiles fill the element's box (the grid never takes its size from its tiles, so the size the
 * ResizeObserver reports cannot feed back); the list layout grows with its rows. Numerals are
 * tabular and every line has reserved height, so a ticking age never moves anything else.
 */
export const statusPanelStyles = css`
  :host {
    --_gap: var(--chiso-status-panel-gap, 8px);
    font-variant-numeric: tabular-nums;
    line-height: 1.25;
  }
  :host([layout="tiles"]) {
    /* Both set, so a wall cell's size wins; with no height from the parent, height: 100% acts as
       auto and the 16:9 ratio gives the height. (With width auto, the ratio would instead derive
       the width from the cell's height and overflow a narrow cell.) */
    width: 100%;
    height: 100%;
    aspect-ratio: 16 / 9;
    min-height: 0;
    overflow: hidden;
  }
  .base {
    display: flex;
    flex-direction: column;
  }
  .panel {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    flex: 1 1 auto;
    min-height: 0;
    padding: 0.5em;
    container-type: inline-size;
    /* A box too small for the header and the grid's least height (320 px, 400 % zoom): scroll. */
    overflow-y: auto;
  }
  /* A list grows with its rows; squeezed by its owner, it scrolls rather than overlaps. */
  :host([layout="list"]) {
    overflow: auto;
  }
  :host([layout="list"]) .base {
    height: auto;
  }
  :host([layout="list"]) .panel {
    padding: 0;
  }
  .icon {
    width: 1em;
    height: 1em;
    flex: none;
    vertical-align: -0.125em;
  }

  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 1em;
    row-gap: 0.25em;
  }
  /* On a wall the header grows with the panel's width (never with the tiles: no feedback loop). */
  :host([theme="ioc"]) .header {
    font-size: max(1em, 1.25cqi);
  }
  .title {
    margin: 0;
    font-size: 1.125em;
    font-weight: 600;
    flex: 1 1 20em;
  }
  .summary,
  .health-summary {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em;
    font-weight: 600;
  }
  /* On a wall (fit) what is in trouble is the cell's main figure: read from 5 m. */
  :host([fit]) .health-summary {
    font-size: 1.6em;
  }
  .count {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    white-space: nowrap;
  }
  .sep {
    color: var(--_muted);
  }

  /* The grid's least height is in rem, not em: em follows the tiles' type, which follows the
     grid's size. The padding (inside the panel's) keeps edge tiles' focus rings unclipped. */
  .grid {
    flex: 1 1 0;
    min-height: 8rem;
    margin: -5px;
    padding: 5px;
    overflow: auto;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14em, 1fr));
    grid-auto-rows: minmax(7.6em, auto);
    gap: var(--_gap);
  }
  .grid.fitted {
    grid-template-columns: repeat(var(--_cols), minmax(0, 1fr));
    /* Never shorter than the tiles' text (WCAG text spacing makes it taller): scroll instead. */
    grid-template-rows: repeat(var(--_rows), minmax(min-content, 1fr));
    grid-auto-rows: 0;
    font-size: var(--_tile-font);
  }
  /* Groups and lists are transparent to the grid, so headings and tiles share one fit; what an
     overlay makes inert is transparent to the panel. */
  .behind,
  .group,
  .cells {
    display: contents;
  }
  .cells {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .cell {
    min-width: 0;
  }
  .group-title {
    margin: 0;
    display: flex;
    align-items: center;
    gap: 0.4em;
    min-width: 0;
    padding: 0.3em 0.5em;
    font-size: 1em;
    border-bottom: 3px solid var(--_border);
    align-self: start;
  }
  .group-count {
    margin-left: auto;
    color: var(--_muted);
  }

  .tile {
    width: 100%;
    height: 100%;
    display: grid;
    grid-template-rows: 1fr auto auto auto;
    align-items: end;
    gap: 0.15em;
    padding: 0.45em 0.6em 0.45em 0.75em;
    text-align: start;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-inline-start: 0.35em solid var(--_state, var(--_border));
    border-radius: calc(var(--_radius) / 2);
    overflow: hidden;
    cursor: pointer;
  }
  .tile:hover {
    border-color: var(--_text);
    border-inline-start-color: var(--_state, var(--_border));
  }
  .tile[aria-expanded="true"] {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  .tile.is-stale,
  .tile.is-offline {
    border-width: 2px 2px 2px 0.35em;
    border-color: var(--_state);
  }
  .tile.is-unknown {
    border-style: dashed solid dashed solid;
  }
  .name {
    align-self: start;
    font-weight: 600;
    line-height: 1.15;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
    overflow-wrap: anywhere;
  }
  .mode,
  .state,
  .age {
    display: flex;
    align-items: center;
    gap: 0.35em;
    min-width: 0;
    min-height: 1.3em;
    white-space: nowrap;
    overflow: hidden;
  }
  .mode > span,
  .state > span {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .state {
    font-weight: 600;
  }
  .age {
    display: block;
    line-height: 1.3;
    text-overflow: ellipsis;
    color: var(--_muted);
  }
  /* Mode and freshness colours travel as variables: one rule per meaning, used everywhere. */
  .mode-online {
    --_mode: var(--_good);
  }
  .mode-manual {
    --_mode: var(--_accent);
  }
  .mode-simulated {
    --_mode: var(--_muted);
  }
  .mode-awaiting-connection {
    --_mode: var(--_warning);
  }
  .mode-offline {
    --_mode: var(--_bad);
  }
  .is-fresh {
    --_state: var(--_good);
  }
  .is-stale {
    --_state: var(--_warning);
  }
  .is-offline {
    --_state: var(--_bad);
  }
  .is-unknown {
    --_state: var(--_muted);
  }
  .tile .mode,
  .summary .count,
  .group-title,
  dd[class*="mode-"] {
    color: var(--_mode, var(--_text));
  }
  .tile .state,
  .health-summary .count,
  dd[class*="is-"] {
    color: var(--_state);
  }

  /* Dense tiles (hundreds on one wall): name and state icon only; with a one-line name still a
     24 px target (WCAG 2.5.8) at the least type. */
  .dense .tile {
    min-height: 2.8em;
    grid-template-rows: auto;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: center;
    gap: 0;
    padding: 0.2em 0.3em 0.2em 0.45em;
  }
  .dense .mode,
  .dense .state > span,
  .dense .age {
    display: none;
  }

  /* Portal list: compact rows that wrap on narrow screens. */
  :host([layout="list"]) .grid {
    display: block;
    flex: none;
    min-height: 0;
    overflow: visible;
  }
  :host([layout="list"]) .group,
  :host([layout="list"]) .cells {
    display: block;
  }
  :host([layout="list"]) .group + .group {
    margin-top: 0.75em;
  }
  :host([layout="list"]) .cell + .cell {
    border-top: 1px solid var(--_border);
  }
  :host([layout="list"]) .tile {
    grid-template-rows: none;
    grid-template-columns: minmax(0, 2fr) minmax(9em, 1fr) minmax(8em, 1fr) minmax(0, 1.2fr);
    align-items: center;
    column-gap: 1em;
    border-width: 0 0 0 0.3em;
    border-radius: 0;
    padding: 0.4em 0.5em;
  }
  :host([layout="list"]) .mode,
  :host([layout="list"]) .state,
  :host([layout="list"]) .age {
    white-space: normal;
  }
  :host([layout="list"]) .name {
    -webkit-line-clamp: 3;
    align-self: center;
  }
  :host([layout="list"]) .group-title {
    padding: 0.25em 0;
  }
  @container (max-width: 36em) {
    :host([layout="list"]) .tile {
      grid-template-columns: minmax(0, 1fr);
      row-gap: 0.15em;
    }
  }

  /* Details of the selected subsystem: an overlay on a wall, inline on a portal. */
  .detail {
    position: absolute;
    inset-inline-end: 0.5em;
    bottom: 0.5em;
    z-index: 1;
    width: min(30em, calc(100% - 1em));
    max-height: calc(100% - 1em);
    overflow: auto;
    padding: 0.75em 1em;
    color: var(--_text);
    background: var(--_surface);
    border: 2px solid var(--_text);
    border-radius: var(--_radius);
    box-shadow: 0 0.5em 1.5em rgb(0 0 0 / 0.35);
  }
  :host([layout="list"]) .detail {
    position: static;
    width: auto;
    max-height: none;
    box-shadow: none;
    margin-top: 0.5em;
  }
  .detail-title {
    margin: 0 0 0.5em;
    font-size: 1.1em;
  }
  .detail dl {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.3em 1em;
    margin: 0 0 0.75em;
  }
  .detail dt {
    color: var(--_muted);
  }
  .detail dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .quote {
    display: block;
    margin-top: 0.25em;
    font-style: italic;
  }

  /* A phone, or 400 % zoom (320 px): a 16:9 box would hold the header only; the element takes
     the header and the grid's least height instead (the grid scrolls). */
  @media (max-width: 30em) {
    :host([layout="tiles"]) {
      aspect-ratio: auto;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .panel {
      transform: none !important;
    }
  }
  @media (forced-colors: active) {
    .tile {
      border-color: CanvasText;
    }
    .tile.is-stale,
    .tile.is-offline {
      border-style: double;
      border-width: 4px 4px 4px 0.5em;
    }
    .icon {
      forced-color-adjust: auto;
    }
  }
`;
