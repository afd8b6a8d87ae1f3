// First: the Trusted Types guard must be in place before Lit loads (see trusted-types.ts).
import { litPolicyProblem, litRenderingBlocked, releaseLitPolicyGuard } from "./trusted-types.js";
import { LitElement, ReactiveElement, html, nothing } from "lit";
import type { PropertyDeclarations, PropertyValues, ReactiveController, TemplateResult } from "lit";
import { feedAgeMs, systemClock, trueNow } from "../../data/clock.js";
import type { TimeSource } from "../../data/clock.js";
import { resolveLocale, type Locale } from "../../data/format.js";
import { INITIAL_SNAPSHOT } from "../../data/feed-hub.js";
import type { FeedSnapshot } from "../../data/feed-hub.js";
import type { IndicatorFeed } from "../../data/schema.js";
import { renderConfigProblem } from "./config-problem.js";
import type { ConfigProblem, ProblemWords } from "./config-problem.js";
import "./events/config-problem.js";
import "./events/data.js";
import "./events/feed-error.js";
import { FeedController } from "./feed-controller.js";
import { feedStateText, feedStateWords, renderFeedState } from "./feed-state.js";
import type { FeedStateContext } from "./feed-state.js";
import { SHARED_MESSAGES } from "./messages.js";
import type { SharedMessages } from "./messages.js";
import { MAX_TEXT_LINES, renderTextFallback } from "./text-fallback.js";
import type { TextFigures } from "./text-fallback.js";

// Lit has loaded (it is imported above): the page gets its own createPolicy back.
releaseLitPolicyGuard();

export type { ChisoConfigProblemDetail } from "./events/config-problem.js";
export type { ChisoDataDetail } from "./events/data.js";
export type { ChisoFeedErrorDetail } from "./events/feed-error.js";
export type { TextFigures } from "./text-fallback.js";

/** chiso's events by name (each module in ./events adds its own to the global map). */
export type ChisoEventName = Extract<keyof GlobalEventHandlersEventMap, `chiso-${string}`>;
/** The detail type of a chiso event. */
export type ChisoEventDetail<K extends ChisoEventName> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

export type Theme = "light" | "dark" | "ioc";

/** Every connected chiso element, so one observer can re-render them when a `lang` changes. */
const connectedElements = new Set<ChisoElement>();
let langObserver: MutationObserver | null = null;

/**
 * The language comes from the closest `[lang]`, which may be an ancestor a framework changes
 * (`<div lang={lang}>`). One MutationObserver per page watches `lang` attributes and re-renders
 * the elements; it stops when the last element leaves.
 */
function watchLanguage(element: ChisoElement, connected: boolean): void {
  if (connected) connectedElements.add(element);
  else connectedElements.delete(element);
  if (connectedElements.size && !langObserver) {
    langObserver = new MutationObserver(() =>
      connectedElements.forEach((each) => each.requestUpdate()),
    );
    langObserver.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ["lang"],
      subtree: true,
    });
  } else if (!connectedElements.size && langObserver) {
    langObserver.disconnect();
    langObserver = null;
  }
}

/**
 * A chiso event: bubbling and composed. Built outside the class so that the manifest analyzer,
 * which lists every `new CustomEvent(…)` it sees in a class, does not list one named `name`
 * (each element's `@fires` documents its events).
 */
function chisoEvent<K extends ChisoEventName>(name: K, detail: ChisoEventDetail<K>): CustomEvent {
  return new CustomEvent(name, { detail, bubbles: true, composed: true });
}

/** Configuration problems already told in the console, so a wall does not repeat them. */
const toldProblems = new Set<string>();

/** Seconds between re-renders that keep "updated 3 minutes ago" true. */
const AGE_TICK_MS = 30_000;

/**
 * What every chiso widget shares: the feed inputs (`src`, `data`, child JSON script), language,
 * theme, clock, staleness and the loading / error / stale states. Subclasses render the feed.
 * Every element inherits the parts, custom properties and events below.
 *
 * Properties are declared with `static properties` and `declare` fields rather than decorators,
 * so no class field can shadow a reactive accessor whatever the compiler settings.
 *
 * @csspart base - The outer wrapper of everything the element shows.
 * @csspart feed-state - The shared loading, error and stale chip ("⚠ Mất kết nối · số liệu nhận 3 phút trước · thử lại lúc 10:02:15"); its technical detail opens from it.
 * @csspart message - One-line messages such as "unknown indicator" or "no figures for this unit".
 * @csspart warning-mark - The severity of the consistency warnings about a figure, beside it ("⚠ Lỗi số liệu", "⚠ Cảnh báo"); their text is in the element's detail and table.
 * @csspart warnings - The disclosure listing every consistency warning about what the element shows, most serious first ("⚠ 3 cảnh báo về tính nhất quán của số liệu").
 * @csspart retry - The retry button of a feed that failed (in the chip, or in its details when stale data is shown).
 *
 * @cssprop [--chiso-font-family] - Font stack.
 * @cssprop [--chiso-font-scale=1] - Multiplies every type size (the IOC theme uses 1.5).
 * @cssprop [--chiso-color-text] - Main text.
 * @cssprop [--chiso-color-muted] - Secondary text (labels, ages).
 * @cssprop [--chiso-color-surface] - Background.
 * @cssprop [--chiso-color-border] - Hairlines and tracks.
 * @cssprop [--chiso-color-accent] - Value marks (arcs, bars).
 * @cssprop [--chiso-color-good] - Meets the target.
 * @cssprop [--chiso-color-warning] - Close to the target, stale data.
 * @cssprop [--chiso-color-bad] - Below the target, errors.
 * @cssprop [--chiso-color-focus] - Keyboard focus ring.
 * @cssprop [--chiso-radius] - Corner radius.
 *
 * @fires {CustomEvent<ChisoDataDetail>} chiso-data - A new feed arrived from `src` (never for `data` set by the page).
 * @fires {CustomEvent<ChisoFeedErrorDetail>} chiso-feed-error - Loading or validating `src` failed; `detail.stale` says whether the last good data is still shown.
 * @fires {CustomEvent<ChisoConfigProblemDetail>} chiso-config-problem - `indicator`, `unit` or `service` names nothing the feed has figures for: which attribute, which values would work (also in the `config-problem` attribute and, once, the console). Visitors see the frame with "Chưa có số liệu tổng hợp".
 */
export abstract class ChisoElement extends LitElement {
  static override properties: PropertyDeclarations = {
    src: { type: String, reflect: true },
    data: { attribute: false },
    indicator: { type: String, reflect: true },
    unit: { type: String, reflect: true },
    theme: { type: String, reflect: true },
    refreshInterval: { type: Number, attribute: "refresh-interval" },
    sse: { type: String },
    staleAfter: { type: Number, attribute: "stale-after" },
    headingLevel: { type: Number, attribute: "heading-level" },
    // The native `lang` property stays untouched; this only makes a change of the attribute re-render.
    langAttribute: { type: String, attribute: "lang" },
    clock: { attribute: false },
    now: { state: true },
    painted: { state: true },
  };

  /** URL of a published indicator feed (JSON). Fetched without credentials when cross-origin. */
  declare src: string | null;
  /** An inline feed (object or JSON text); takes precedence over `src`. Replace it, don't mutate it. */
  declare data: unknown;
  /** Id of the indicator to show; default: the first indicator of the widget's kind. */
  declare indicator: string | null;
  /** GSO code of the unit to show; default: the publisher's own unit. */
  declare unit: string | null;
  /** `light` (default), `dark` or `ioc` (high contrast, large type, for wall displays). */
  declare theme: Theme | null;
  /** Refetch every this many seconds, at least 1 (conditional requests keep it cheap). */
  declare refreshInterval: number | null;
  /** Server-Sent Events URL that pushes feed updates. */
  declare sse: string | null;
  /** Mark the data stale when its age exceeds this many seconds. */
  declare staleAfter: number | null;
  /** `aria-level` of the element's heading (its title), 1–6, default 2: the page's outline decides. */
  declare headingLevel: number;
  /**
   * Time source for every age the element shows (the stale badge, a status tile's age): the
   * system clock by default; assign `{ now: () => ms }` to fake the time (tests, soaks). Ages are
   * corrected for a wrong viewer clock by the one rule of `clockOffset()` (src/data/clock.ts).
   */
  declare clock: TimeSource;
  /** Mirror of the `lang` attribute (the language itself is read from the closest `[lang]`). */
  declare protected langAttribute: string | null;
  /** `clock.now()` as read for this update: one reading per render, so every age agrees. */
  declare protected now: number;
  /**
   * `true` once the first frame with figures has been painted. Until then an element leaves out
   * what nobody sees at first (the screen-reader table, a closed disclosure's content): they are
   * rendered a task after that frame, off the first paint's critical path (issue 15).
   */
  declare protected painted?: true;

  /** Every controller, for `heldResources` (declared first: `feed` below registers itself). */
  readonly #controllers: Array<ReactiveController & { readonly held?: number }> = [];

  protected readonly feed = new FeedController(
    this,
    () => ({
      data: this.data,
      src: this.src,
      options: {
        refreshMs: this.refreshInterval ? this.refreshInterval * 1000 : 0,
        ...(this.sse ? { sse: this.sse } : {}),
      },
      now: () => this.clock.now(),
    }),
    (snapshot, previous) => this.#onFeedChange(snapshot, previous),
  );

  #ageTimer: ReturnType<typeof setInterval> | null = null;
  /** The configuration problem of this render, and the one last reported. */
  #problem: ConfigProblem | null = null;
  #reportedProblem = "";

  constructor() {
    super();
    this.src = null;
    this.indicator = null;
    this.unit = null;
    this.theme = null;
    this.refreshInterval = null;
    this.sse = null;
    this.staleAfter = null;
    this.headingLevel = 2;
    this.clock = systemClock;
    this.now = this.clock.now();
  }

  /** The UI language: from the closest `lang` attribute (the element's own first). */
  get locale(): Locale {
    return resolveLocale(this.closest("[lang]")?.getAttribute("lang"));
  }

  protected get messages(): SharedMessages {
    return SHARED_MESSAGES[this.locale];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Each tick re-renders; willUpdate() reads the clock.
    if (this.#ageTimer) clearInterval(this.#ageTimer);
    this.#ageTimer = setInterval(() => this.requestUpdate(), this.tickMs);
    watchLanguage(this, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.#ageTimer) clearInterval(this.#ageTimer);
    this.#ageTimer = null;
    watchLanguage(this, false);
  }

  /**
   * Timers, subscriptions and loads the element holds now: 0 once it is removed (leak tests and
   * `npm run soak` read it): the age timer and every controller's `held` (feed subscription,
   * boundary load, resize observer, burn-in timer).
   * @internal
   */
  get heldResources(): number {
    let held = this.#ageTimer ? 1 : 0;
    for (const controller of this.#controllers) held += controller.held ?? 0;
    return held;
  }

  override addController(controller: ReactiveController & { readonly held?: number }): void {
    super.addController(controller);
    this.#controllers.push(controller);
  }

  /** How often ages are recomputed; the status panel ticks faster. */
  protected get tickMs(): number {
    return AGE_TICK_MS;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.now = this.clock.now();
    this.feed.sync();
  }

  /**
   * Fires a chiso event from this element: bubbling and composed (it crosses shadow roots), with
   * the detail type its module declares. For user actions and network arrivals only.
   */
  protected emit<K extends ChisoEventName>(name: K, detail: ChisoEventDetail<K>): void {
    this.dispatchEvent(chisoEvent(name, detail));
  }

  /** Fires events only for network arrivals, never because the owner set a property. */
  #onFeedChange(snapshot: FeedSnapshot, previous: FeedSnapshot): void {
    if (!this.src || this.data != null) return;
    const src = this.src;
    if (snapshot.feed && snapshot.feed !== previous.feed && snapshot.status === "ok")
      this.emit("chiso-data", { feed: snapshot.feed, src });
    if (snapshot.error && snapshot.error !== previous.error)
      this.emit("chiso-feed-error", { error: snapshot.error, src, stale: snapshot.feed !== null });
  }

  /** The true time of this render: `now` corrected for the viewer's clock (`clockOffset`). */
  protected trueNow(snapshot: FeedSnapshot): number {
    return trueNow(snapshot, this.now);
  }

  /** Age of the data in ms: since the feed was generated, at the true time. */
  protected dataAgeMs(snapshot: FeedSnapshot): number | null {
    return feedAgeMs(snapshot, this.now);
  }

  /** Stale when a refresh failed, or when the data is older than `stale-after`. */
  protected isStale(snapshot: FeedSnapshot): boolean {
    return snapshot.status === "stale" || this.#tooOld(snapshot);
  }

  /** Older than `stale-after`. */
  #tooOld(snapshot: FeedSnapshot): boolean {
    const age = this.dataAgeMs(snapshot);
    return (
      this.staleAfter != null && this.staleAfter > 0 && age != null && age > this.staleAfter * 1000
    );
  }

  /** Retry button handler. */
  protected retry(): void {
    this.feed.retry();
  }

  /**
   * Lit's update, or — on a page whose Content-Security-Policy stops Lit's Trusted Types policy —
   * the frame and the figures as plain text (see trusted-types.ts): never a blank box.
   */
  protected override update(changed: PropertyValues<this>): void {
    if (!litRenderingBlocked()) {
      super.update(changed);
      return;
    }
    // ReactiveElement's own update (attribute reflection, bookkeeping), without Lit's templates.
    (ReactiveElement.prototype as unknown as { update(c: PropertyValues): void }).update.call(
      this,
      changed,
    );
    renderTextFallback(this.renderRoot, this.#textFallbackView());
  }

  /**
   * The element's figures in words, for the plain-text fallback: a title and one line per figure.
   * `null` when there is nothing to say (the shared state line still shows).
   */
  protected textFigures(_feed: IndicatorFeed, _snapshot: FeedSnapshot): TextFigures | null {
    return null;
  }

  #textFallbackView() {
    const m = this.messages;
    const snapshot = this.feed.snapshot;
    const words = feedStateWords(this.feedStateContext(snapshot));
    const state = words ? feedStateText(words) : null;
    let figures: TextFigures | null = null;
    if (snapshot.feed)
      try {
        figures = this.textFigures(snapshot.feed, snapshot);
      } catch (error) {
        console.error("[chiso] text figures failed", error);
      }
    if (figures && figures.lines.length > MAX_TEXT_LINES)
      figures = {
        title: figures.title,
        lines: [
          ...figures.lines.slice(0, MAX_TEXT_LINES - 1),
          m.moreLines(figures.lines.length - MAX_TEXT_LINES + 1),
        ],
      };
    return {
      lang: this.locale,
      notice: m.textOnly(litPolicyProblem() === "duplicate"),
      state,
      figures,
    };
  }

  /** Renders the feed once there is one. */
  protected abstract renderFeed(
    feed: IndicatorFeed,
    snapshot: FeedSnapshot,
  ): TemplateResult | typeof nothing;

  /** The words configuration problems are built with (config-problem.ts). */
  protected get problemWords(): ProblemWords {
    return { m: this.messages, locale: this.locale };
  }

  /**
   * A configuration problem: the widget's frame with the visitor's sentence; the developer's hint
   * is reported after the render (console once, `config-problem` attribute, event).
   */
  protected renderProblem(problem: ConfigProblem): TemplateResult {
    this.#problem = problem;
    return renderConfigProblem(problem);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The frame this update is drawn in, then a task: the hidden parts come after that paint.
    if (!this.painted && this.feed.snapshot.feed)
      requestAnimationFrame(() => setTimeout(() => (this.painted = true)));
    const problem = this.#problem;
    const key = problem ? `${problem.attribute}|${problem.value}|${problem.message}` : "";
    if (key === this.#reportedProblem) return;
    this.#reportedProblem = key;
    if (!problem) {
      this.removeAttribute("config-problem");
      return;
    }
    this.setAttribute("config-problem", problem.message);
    if (!toldProblems.has(`${this.localName}|${key}`)) {
      toldProblems.add(`${this.localName}|${key}`);
      console.warn(`[chiso] <${this.localName}>: ${problem.message}`);
    }
    const { attribute, value, choices, message } = problem;
    this.emit("chiso-config-problem", { attribute, value, choices, message });
  }

  /** A line of text inside the widget for states such as "unknown indicator". */
  protected renderMessage(text: string, tone: "info" | "error" = "info"): TemplateResult {
    return html`<p
      class="message ${tone}"
      part="message"
      role=${tone === "error" ? "alert" : "status"}
    >
      ${text}
    </p>`;
  }

  /**
   * Loading, error, stale chip — the same everywhere, so operators learn it once (feed-state.ts):
   * what failed, how old the data is, when the next try is; technical detail behind a disclosure.
   */
  protected renderFeedState(snapshot: FeedSnapshot): TemplateResult | typeof nothing {
    return renderFeedState(this.feedStateContext(snapshot));
  }

  /** What the feed chip is told about this element now. */
  protected feedStateContext(snapshot: FeedSnapshot): FeedStateContext {
    return {
      snapshot,
      locale: this.locale,
      m: this.messages,
      now: this.now,
      dataAgeMs: this.dataAgeMs(snapshot),
      tooOld: this.#tooOld(snapshot),
      hasInput: Boolean(this.src) || this.data != null || snapshot !== INITIAL_SNAPSHOT,
      src: this.data == null ? this.src : null,
      onRetry: () => this.retry(),
    };
  }

  protected override render(): TemplateResult {
    const snapshot = this.feed.snapshot;
    this.#problem = null;
    let content: TemplateResult | typeof nothing = nothing;
    if (snapshot.feed) {
      try {
        content = this.renderFeed(snapshot.feed, snapshot);
      } catch (error) {
        // A widget must never throw out of render(): show the failure instead of a blank box.
        console.error("[chiso] render failed", error);
        content = this.renderMessage(
          `${this.messages.loadFailed}: ${String((error as Error)?.message ?? error)}`,
          "error",
        );
      }
    }
    return html`<div part="base" class="base" lang=${this.locale}>
      ${this.renderFeedState(snapshot)} ${content}
    </div>`;
  }
}
