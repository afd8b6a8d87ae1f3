/**
 * What the framework type entries (`chiso/types/react`, `chiso/types/preact`, `chiso/types/vue`)
 * say about each tag: its class, the properties a template may set and the events it fires.
 * Types only: importing this registers nothing.
 */
import type { LitElement } from "lit";
import type { ChisoChoropleth } from "../components/choropleth/choropleth.element.js";
import type { ChisoFunnel } from "../components/funnel/funnel.element.js";
import type { ChisoGauge } from "../components/gauge/gauge.element.js";
import type { ChisoServiceBoard } from "../components/service-board/service-board.element.js";
import type { ChisoStatusPanel } from "../components/status-panel/status-panel.element.js";
import type { ChisoTrend } from "../components/trend/trend.element.js";
import type { ChisoDataDetail } from "../components/shared/events/data.js";
import type { ChisoDrillDetail } from "../components/shared/events/drill.js";
import type { ChisoFeedErrorDetail } from "../components/shared/events/feed-error.js";
import type {
  ChisoFunnelSelectDetail,
  ChisoMapSelectDetail,
} from "../components/shared/events/select.js";
import type { ChisoSortDetail } from "../components/shared/events/sort.js";
import type { ChisoSubsystemSelectDetail } from "../components/shared/events/subsystem-select.js";
import type { ChisoUnmatchedDetail } from "../components/shared/events/unmatched.js";

/** Every chiso tag and its class. */
export interface ChisoTagNameMap {
  "chiso-gauge": ChisoGauge;
  "chiso-service-board": ChisoServiceBoard;
  "chiso-funnel": ChisoFunnel;
  "chiso-status-panel": ChisoStatusPanel;
  "chiso-trend": ChisoTrend;
  "chiso-choropleth": ChisoChoropleth;
}

export type ChisoTagName = keyof ChisoTagNameMap;

/** Events every element fires for network arrivals. */
export interface ChisoFeedEvents {
  "chiso-data": CustomEvent<ChisoDataDetail>;
  "chiso-feed-error": CustomEvent<ChisoFeedErrorDetail>;
}

/** The events of each tag, with the detail that tag sends (the funnel's and the map's `chiso-select` differ). */
export interface ChisoTagEventMap {
  "chiso-gauge": ChisoFeedEvents;
  "chiso-service-board": ChisoFeedEvents & { "chiso-sort": CustomEvent<ChisoSortDetail> };
  "chiso-funnel": ChisoFeedEvents & { "chiso-select": CustomEvent<ChisoFunnelSelectDetail> };
  "chiso-status-panel": ChisoFeedEvents & {
    "chiso-subsystem-select": CustomEvent<ChisoSubsystemSelectDetail>;
  };
  "chiso-trend": ChisoFeedEvents;
  "chiso-choropleth": ChisoFeedEvents & {
    "chiso-select": CustomEvent<ChisoMapSelectDetail>;
    "chiso-unmatched": CustomEvent<ChisoUnmatchedDetail>;
    "chiso-drill": CustomEvent<ChisoDrillDetail>;
  };
}

type IfEquals<X, Y, A, B> =
  (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? A : B;

/**
 * The element's own public properties a template may set: not LitElement's or HTMLElement's, not
 * methods, not read-only ones (`locale` is a getter). Derived from the class, so a property added
 * to an element is typed in every framework at once.
 */
export type ChisoWritableProperty<E> = {
  [K in Exclude<keyof E, keyof LitElement>]-?: E[K] extends (...args: never[]) => unknown
    ? never
    : // Pick keeps `readonly` (a getter-only accessor is one); the copy without it differs.
      IfEquals<Pick<E, K>, { -readonly [Q in keyof Pick<E, K>]: Pick<E, K>[Q] }, K, never>;
}[Exclude<keyof E, keyof LitElement>];

/** `{ src?: string | null; data?: unknown; indicator?: … }` for one tag. */
export type ChisoElementProperties<T extends ChisoTagName> = Partial<
  Pick<ChisoTagNameMap[T], ChisoWritableProperty<ChisoTagNameMap[T]>>
>;

/**
 * Listeners as React 19 and Preact take them on a custom element: `on` + the event's own name
 * (`onchiso-select`), which both attach with `addEventListener("chiso-select", …)`.
 */
export type ChisoEventListeners<T extends ChisoTagName> = {
  [K in keyof ChisoTagEventMap[T] as `on${K & string}`]?: (event: ChisoTagEventMap[T][K]) => void;
};
