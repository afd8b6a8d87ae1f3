import { css } from "lit";

export const funnelStyles = css`
  :host {
    --_bar: var(--chiso-funnel-bar-color, var(--_accent));
    --_track: var(--chiso-funnel-track-color, var(--_border));
    --_target: var(--chiso-funnel-target-color, var(--_text));
    --_bar-size: var(--chiso-funnel-bar-size, 1.5em);
    --_height: var(--chiso-funnel-height, 14em);
    padding: 0.75em 1em;
    line-height: 1.35;
  }
  p,
  ul,
  ol,
  figure,
  blockquote {
    margin: 0;
  }
  ul,
  ol {
    padding: 0;
    list-style: none;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 1em;
    margin-bottom: 0.75em;
  }
  .title {
    font-weight: 700;
    font-size: 1.125em;
    flex-basis: 100%;
  }
  .campaign,
  .note,
  figcaption .quota {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .campaign .dates {
    white-space: nowrap;
  }
  .legend,
  .levels {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    font-size: 0.875em;
  }
  .legend li,
  .levels li {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }
  .level-value {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .swatch {
    display: inline-block;
    width: 1.1em;
    height: 0.9em;
    border: 2px solid var(--_bar);
  }
  /* Levels differ by pattern as well as by tone, so print and colour-blind readers tell them apart. */
  .level-0 {
    background: repeating-linear-gradient(135deg, var(--_bar) 0 2px, var(--_surface) 2px 5px);
  }
  .level-1 {
    background: var(--_bar);
  }
  .level-2 {
    background: radial-gradient(var(--_bar) 35%, var(--_surface) 40%) 0 0 / 5px 5px;
  }
  .level-3 {
    background: repeating-linear-gradient(0deg, var(--_bar) 0 2px, var(--_surface) 2px 5px);
  }
  .target-swatch {
    width: 3px;
    height: 1.2em;
    border: none;
    background: var(--_target);
  }
  .panel > .note {
    margin-top: 0.5em;
  }
  .panels {
    display: grid;
    grid-template-columns: repeat(var(--_columns, 1), minmax(0, 1fr));
    gap: 1.5em 2em;
  }
  figcaption {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.75em;
    margin-bottom: 0.5em;
  }
  .unit-name {
    font-weight: 600;
  }
  .stage-label {
    grid-area: label;
    display: flex;
    align-items: baseline;
    gap: 0.35em;
    border: none;
    padding: 0.1em 0.25em;
    text-align: start;
    font-weight: 600;
  }
  .stage-label:hover {
    text-decoration: underline;
  }
  /*
   * Marks drawn, not typed: ▸ ▾ ↓ ▲ are missing from most text fonts (Noto Sans among them), and
   * each fallback font the first layout looks up costs the first paint a round trip or more. One
   * triangle, turned: a closed or open stage, a drop (down) or growth (up), above target (up).
   */
  .stage-label::before,
  .flow::before,
  .over-flag::before {
    content: "";
    display: inline-block;
    flex: none;
    width: 0.5em;
    height: 0.5em;
    background: currentColor;
    clip-path: polygon(50% 0, 100% 100%, 0 100%);
    /* The text's colour, the system's under forced colours (a forced background would hide it). */
    forced-color-adjust: none;
  }
  .stage-label::before {
    opacity: 0.7;
    rotate: 90deg;
  }
  [aria-expanded="true"]::before,
  .flow::before {
    rotate: 180deg;
  }
  .grows .flow::before {
    rotate: none;
  }
  .track {
    grid-area: track;
    position: relative;
    background: color-mix(in srgb, var(--_track) 35%, transparent);
    border-radius: 2px;
  }
  .missing .track {
    background: none;
    border: 2px dashed var(--_track);
  }
  .bar {
    display: flex;
    overflow: hidden;
    background: var(--_bar);
    border-radius: 2px;
    /* (None under prefers-reduced-motion: theme.styles.ts stops every transition.) */
    transition:
      width 250ms ease-out,
      height 250ms ease-out;
  }
  .bar:has(.segment) {
    background: none;
  }
  .segment {
    flex: 0 0 var(--_share);
    box-shadow: inset 0 0 0 2px var(--_bar);
  }
  .segment + .segment {
    border-inline-start: 2px solid var(--_surface);
  }
  /* The bar meets the marker's 2 px edge in the surface's colour: 3:1 (tests/contrast). */
  .target {
    position: absolute;
    background: var(--_target);
    box-shadow: 0 0 0 2px var(--_surface);
  }
  .figures {
    grid-area: figures;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.75em;
  }
  .value {
    font-size: 1.25em;
    font-variant-numeric: tabular-nums;
  }
  :host([theme="ioc"]) .value {
    font-size: 1.5em;
  }
  .value.missing-text {
    font-size: 1em;
    font-style: italic;
    color: var(--_muted);
  }
  .percent {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .target-text {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .status {
    grid-area: status;
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
    font-size: 0.875em;
    font-weight: 600;
  }
  .over-flag {
    color: var(--_good);
  }
  .grows-flag {
    color: var(--_warning);
  }
  .levels {
    grid-area: levels;
  }
  .change {
    white-space: nowrap;
  }
  .flow {
    grid-area: flow;
    color: var(--_muted);
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  .grows .flow .change {
    color: var(--_warning);
    font-weight: 600;
  }
  .details {
    grid-area: details;
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    margin-top: 0.25em;
    padding: 0.25em 0 0.25em 0.75em;
    border-inline-start: 3px solid var(--_border);
    font-size: 0.875em;
  }
  .details[hidden] {
    display: none;
  }
  blockquote {
    font-style: italic;
    color: var(--_muted);
  }

  /* Horizontal: label column on the left, bar and figures on the right. */
  .horizontal .stages {
    display: flex;
    flex-direction: column;
    gap: 0.6em;
  }
  .horizontal .stage {
    display: grid;
    grid-template-columns: minmax(8em, 14em) minmax(0, 1fr);
    grid-template-areas:
      ". flow"
      "label track"
      ". figures"
      ". status"
      ". levels"
      ". details";
    column-gap: 0.75em;
    align-items: center;
  }
  .horizontal .track {
    height: var(--_bar-size);
  }
  .horizontal .bar {
    width: var(--_length);
    height: 100%;
  }
  .horizontal .target {
    left: calc(var(--_at) - 1.5px);
    top: -0.3em;
    bottom: -0.3em;
    width: 3px;
  }
  .horizontal.compact .stage {
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: "flow" "label" "track" "figures" "status" "levels" "details";
  }
  .horizontal.compact .stage-label {
    padding-inline: 0;
  }

  /*
   * fit (an IOC wall cell): the host is a size container and the type follows it
   * (theme.styles.ts), which leaves at least 32 × 21 em (never the compact width). The regular
   * layout needs about 27 em of height: a box wider than 6:5 has less (at 32 em wide, 32 × 5/6),
   * so there each horizontal stage becomes three lines (label and figures, bar, flags) under its
   * conversion line, rather than running past the bottom of the cell. The label keeps room for
   * its words; the figures wrap under the value before they take it.
   */
  :host([fit]) {
    --_fit-cols: 32;
    --_fit-rows: 21;
  }
  :host([fit]) .base {
    padding: 0.4em 0.6em;
  }
  :host([fit][theme="ioc"]) .value {
    font-size: 1.5em;
  }
  @container (min-aspect-ratio: 6 / 5) {
    .head {
      margin-bottom: 0.35em;
    }
    .title {
      flex-basis: auto;
    }
    figcaption {
      margin-bottom: 0.25em;
    }
    .horizontal .stages {
      gap: 0.15em;
    }
    .flow,
    .status {
      line-height: 1.2;
    }
    .horizontal .stage,
    .horizontal.compact .stage {
      grid-template-columns: minmax(8em, 1fr) auto;
      grid-template-areas:
        "flow flow"
        "label figures"
        "track track"
        "status status"
        "levels levels"
        "details details";
    }
    .horizontal .stage-label {
      padding: 0;
      align-self: last baseline;
    }
    .horizontal .figures {
      align-self: last baseline;
      justify-content: flex-end;
      text-align: end;
    }
    .horizontal .track {
      height: 0.9em;
      margin-block: 0.15em;
    }
  }

  /* Vertical: one column per stage, bars growing upwards from a shared baseline. */
  .vertical .stages {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: minmax(0, 1fr);
    grid-template-rows: repeat(7, auto);
    column-gap: 0.75em;
  }
  /* A subgrid keeps every column's rows aligned: all bars share one baseline. */
  .vertical .stage {
    grid-row: span 7;
    display: grid;
    grid-template-rows: subgrid;
    grid-template-areas: "flow" "figures" "status" "track" "label" "levels" "details";
    row-gap: 0.25em;
  }
  .vertical .track {
    height: var(--_height);
    width: min(100%, 5em);
    justify-self: center;
    display: flex;
    align-items: flex-end;
    margin-top: 0.6em;
  }
  .vertical .bar {
    width: 100%;
    height: var(--_length);
    flex-direction: column-reverse;
  }
  .vertical .segment + .segment {
    border-inline-start: none;
    border-bottom: 2px solid var(--_surface);
  }
  .vertical .target {
    bottom: calc(var(--_at) - 1.5px);
    left: -0.4em;
    right: -0.4em;
    height: 3px;
  }
  .vertical .stage-label {
    justify-content: center;
    text-align: center;
  }
  .vertical .figures {
    flex-direction: column;
    align-items: center;
  }
  .vertical .figures,
  .vertical .status,
  .vertical .flow,
  .vertical .levels {
    justify-content: center;
    text-align: center;
  }

  @media (forced-colors: active) {
    .bar,
    .segment,
    .swatch,
    .target {
      forced-color-adjust: none;
      --_surface: Canvas;
      --_target: CanvasText;
    }
  }
`;
