/**
 * `chiso/types/preact`: the chiso tags in Preact's TSX, with their properties and events typed.
 * Types only — add it once (`import type {} from "chiso/types/preact";`, or `"types":
 * ["chiso/types/preact"]` in tsconfig.json). Preact sets `data` and the other properties as
 * properties and attaches `onchiso-select={…}` as a listener of `chiso-select`.
 */
import type { HTMLAttributes } from "preact";
import type {
  ChisoElementProperties,
  ChisoEventListeners,
  ChisoTagName,
  ChisoTagNameMap,
} from "./elements.js";

/** What `<chiso-…>` takes in Preact: HTML attributes, the element's properties, its events. */
export type ChisoPreactProps<T extends ChisoTagName> = Omit<
  HTMLAttributes<ChisoTagNameMap[T]>,
  keyof ChisoElementProperties<T>
> &
  ChisoElementProperties<T> &
  ChisoEventListeners<T>;

declare module "preact" {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Preact reads intrinsic elements from its JSX namespace
  namespace JSX {
    interface IntrinsicElements {
      "chiso-gauge": ChisoPreactProps<"chiso-gauge">;
      "chiso-service-board": ChisoPreactProps<"chiso-service-board">;
      "chiso-funnel": ChisoPreactProps<"chiso-funnel">;
      "chiso-status-panel": ChisoPreactProps<"chiso-status-panel">;
      "chiso-trend": ChisoPreactProps<"chiso-trend">;
      "chiso-choropleth": ChisoPreactProps<"chiso-choropleth">;
    }
  }
}
