/**
 * `chiso/types/react`: the chiso tags in React 19's TSX, with their properties and events typed.
 * Types only — add it once to the project (`import type {} from "chiso/types/react";` in any
 * file, or `"types": ["chiso/types/react"]` in tsconfig.json); the `chiso/react` wrappers add it
 * by themselves. React 19 sets `data` and the other properties as properties, and attaches
 * `onchiso-select={…}` as a listener of `chiso-select`.
 *
 * ```tsx
 * import "chiso/gauge";
 * <chiso-gauge src="/feeds/bac-giang.json" indicator="dvc-online" onchiso-data={(e) => …} />
 * ```
 */
import type { DetailedHTMLProps, HTMLAttributes } from "react";
import type {
  ChisoElementProperties,
  ChisoEventListeners,
  ChisoTagName,
  ChisoTagNameMap,
} from "./elements.js";

/** What `<chiso-…>` takes in React: HTML attributes, the element's properties, its events. */
export type ChisoReactProps<T extends ChisoTagName> = Omit<
  DetailedHTMLProps<HTMLAttributes<ChisoTagNameMap[T]>, ChisoTagNameMap[T]>,
  keyof ChisoElementProperties<T>
> &
  ChisoElementProperties<T> &
  ChisoEventListeners<T>;

declare module "react" {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React 19 reads intrinsic elements from React.JSX
  namespace JSX {
    interface IntrinsicElements {
      "chiso-gauge": ChisoReactProps<"chiso-gauge">;
      "chiso-service-board": ChisoReactProps<"chiso-service-board">;
      "chiso-funnel": ChisoReactProps<"chiso-funnel">;
      "chiso-status-panel": ChisoReactProps<"chiso-status-panel">;
      "chiso-trend": ChisoReactProps<"chiso-trend">;
      "chiso-choropleth": ChisoReactProps<"chiso-choropleth">;
    }
  }
}
