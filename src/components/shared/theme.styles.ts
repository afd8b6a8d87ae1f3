import { css } from "lit";

/**
 * Design tokens and the three themes, shared by every widget.
 *
 * Pages theme chiso with global `--chiso-*` custom properties (they inherit through shadow
 * roots); each widget reads them through internal `--_*` variables whose fallbacks depend on the
 * `theme` attribute. So a page value always wins, and `theme="ioc"` only changes the defaults.
 * Contrast of every text colour against its theme's surface is at least 4.5:1; the border (the
 * gauge's, the board's and the funnel's track) is 3:1 on the surface, and accent, good and bad
 * (their values) 3:1 on the border and on the surface, for WCAG 1.4.11 (tests/contrast.test.ts
 * computes every pair). Colour is never the only cue: icons and words carry the same meaning.
 *
 * The tokens are documented on ChisoElement (so every element's manifest lists them).
 */
export const themeStyles = css`
  :host {
    --_font: var(--chiso-font-family, "Noto Sans", "Segoe UI", Roboto, system-ui, sans-serif);
    --_scale: var(--chiso-font-scale, 1);
    --_text: var(--chiso-color-text, #1f2328);
    --_muted: var(--chiso-color-muted, #57606a);
    --_surface: var(--chiso-color-surface, #ffffff);
    --_border: var(--chiso-color-border, #8c949c);
    --_accent: var(--chiso-color-accent, #0a4489);
    --_good: var(--chiso-color-good, #0b5025);
    --_warning: var(--chiso-color-warning, #9a6700);
    --_bad: var(--chiso-color-bad, #861a11);
    --_focus: var(--chiso-color-focus, #0969da);
    --_radius: var(--chiso-radius, 8px);
    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: calc(1rem * var(--_scale));
    color: var(--_text);
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  :host([theme="dark"]) {
    --_text: var(--chiso-color-text, #e6edf3);
    --_muted: var(--chiso-color-muted, #9da7b3);
    --_surface: var(--chiso-color-surface, #0d1117);
    --_border: var(--chiso-color-border, #5a626b);
    --_accent: var(--chiso-color-accent, #79c0ff);
    --_good: var(--chiso-color-good, #56d364);
    --_warning: var(--chiso-color-warning, #d29922);
    --_bad: var(--chiso-color-bad, #ffa198);
    --_focus: var(--chiso-color-focus, #79c0ff);
  }
  :host([theme="ioc"]) {
    --_scale: var(--chiso-font-scale, 1.5);
    --_text: var(--chiso-color-text, #ffffff);
    --_muted: var(--chiso-color-muted, #d0d7de);
    --_surface: var(--chiso-color-surface, #000000);
    --_border: var(--chiso-color-border, #565e69);
    --_accent: var(--chiso-color-accent, #79c0ff);
    --_good: var(--chiso-color-good, #56d364);
    --_warning: var(--chiso-color-warning, #e3b341);
    --_bad: var(--chiso-color-bad, #ffa198);
    --_focus: var(--chiso-color-focus, #ffdf5d);
  }
  :host([hidden]) {
    display: none;
  }
  /*
   * fit: the page gives the element a definite box (an IOC wall cell) and everything inside
   * follows that box, not the screen. The host is a size container; the type is the largest that
   * still leaves --_fit-cols × --_fit-rows em of room, the least each element's wall layout needs
   * (set per element). So one layout fits a 1366×768 and a 3840×2160 wall alike: no media query,
   * no flag. Only --chiso-font-scale multiplies it (the IOC theme's 1.5 is for unfitted boxes).
   */
  :host([fit]) {
    --_fit-cols: 30;
    --_fit-rows: 20;
    container-type: size;
    overflow: hidden;
    padding: 0;
  }
  :host([fit]) .base {
    font-size: max(
      9px,
      calc(var(--chiso-font-scale, 1) * min(100cqi / var(--_fit-cols), 100cqb / var(--_fit-rows)))
    );
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .base {
    position: relative;
    height: 100%;
  }
  .message,
  .feed-chip {
    margin: 0 0 0.5em;
    font-size: 0.875em;
    line-height: 1.4;
  }
  .message.loading {
    color: var(--_muted);
  }
  .warning-mark {
    font-weight: 600;
    white-space: nowrap;
  }
  .warnings {
    margin-top: 0.75em;
    font-size: 0.875em;
  }
  .warnings > summary {
    cursor: pointer;
    font-weight: 600;
  }
  .warnings ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  /*
   * The feed chip: one line that never pushes the element's content out (it ellipsises), the
   * technical detail opening over the content below it.
   */
  .feed-chip {
    display: flex;
    align-items: center;
    gap: 0.5em;
    max-width: 100%;
    width: fit-content;
    color: var(--_warning);
  }
  /*
   * Tones, named as the consistency pass names its severities (shared/warning-list.ts): messages,
   * the feed chip, warning marks and lists. The words say it; the colour repeats it.
   */
  .warning {
    color: var(--_warning);
  }
  .error {
    color: var(--_bad);
  }
  .info {
    color: var(--_muted);
  }
  /* (Element styles give their own details and summaries a look; the chip's are reset here.) */
  .feed-chip .chip-details {
    min-width: 0;
    margin: 0;
    font-size: inherit;
  }
  .feed-chip .chip-details > summary,
  .feed-chip .chip-line {
    display: block;
    width: auto;
    max-width: 100%;
    color: inherit;
    padding: 0.125em 0.625em;
    border: 1px solid currentColor;
    border-radius: 999px;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .feed-chip .chip-details > summary {
    cursor: pointer;
    list-style: none;
  }
  .chip-details > summary::-webkit-details-marker {
    display: none;
  }
  .chip-details > summary::after {
    content: " ▾";
  }
  .chip-details[open] > summary::after {
    content: " ▴";
  }
  .chip-age,
  .chip-next {
    color: var(--_muted);
  }
  /* Just below the chip (its static position), as wide as the element (.base is positioned). */
  .chip-panel {
    position: absolute;
    z-index: 2;
    left: 0;
    right: 0;
    margin-top: 0.25em;
    padding: 0.5em 0.75em;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.2);
    white-space: normal;
  }
  .chip-panel p,
  .chip-panel ul {
    margin: 0 0 0.375em;
    font-size: inherit;
  }
  .chip-panel ul {
    padding-left: 1.2em;
  }
  .chip-panel code {
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  .chip-retry {
    flex: none;
  }
  /* A configuration problem: the widget's frame with a visitor's sentence (config-problem.ts). */
  .config-problem > p {
    margin: 0 0 0.25em;
  }
  .problem-title {
    font-weight: 600;
    font-size: 1.0625em;
  }
  .problem-subtitle {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .config-problem .problem-text {
    margin-top: 0.75em;
    font-size: 1em;
  }
  button {
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.25em 0.75em;
    cursor: pointer;
    align-self: flex-start;
  }
  /* The step past a render limit (more.ts). */
  .more {
    margin-top: 0.5em;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* The plain-text fallback (a page whose policy stops Lit's Trusted Types policy). */
  .text-fallback .title {
    margin: 0 0 0.25em;
    font-weight: 600;
  }
  .text-figures {
    margin: 0 0 0.5em;
    padding: 0;
    list-style: none;
    line-height: 1.4;
  }
  .text-figures li:first-child {
    font-size: 1.75em;
    font-weight: 700;
  }
  .text-only-notice {
    color: var(--_muted);
    border-top: 1px solid var(--_border);
    padding-top: 0.5em;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_accent: Highlight;
      --_good: CanvasText;
      --_bad: CanvasText;
      --_warning: CanvasText;
      --_border: CanvasText;
      --_focus: Highlight;
    }
  }
`;
