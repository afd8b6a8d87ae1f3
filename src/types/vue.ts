/**
 * `chiso/types/vue`: the chiso tags in Vue single-file components, checked by `vue-tsc` — their
 * properties (`:data="feed"`) and events (`@chiso-select="…"` gets the tag's own detail type).
 * Types only — add it once (`import type {} from "chiso/types/vue";` in `env.d.ts`, or
 * `"types": ["chiso/types/vue"]`), and tell Vue the tags are custom elements
 * (`compilerOptions.isCustomElement: (tag) => tag.startsWith("chiso-")`). The shape is the one
 * Vue's guide gives for custom elements not built with Vue.
 */
import type { EmitFn, HTMLAttributes, PublicProps } from "vue";
import type {
  ChisoElementProperties,
  ChisoTagEventMap,
  ChisoTagName,
  ChisoTagNameMap,
} from "./elements.js";

/** The Vue component type of one tag, for `GlobalComponents`. */
export type ChisoVueElement<T extends ChisoTagName> = new () => ChisoTagNameMap[T] & {
  /** @deprecated For template type checking only: a chiso element has no `$props`. */
  $props: HTMLAttributes & ChisoElementProperties<T> & PublicProps;
  /** @deprecated For template type checking only: a chiso element has no `$emit`. */
  $emit: EmitFn<{
    [K in keyof ChisoTagEventMap[T]]: (event: ChisoTagEventMap[T][K]) => void;
  }>;
};

declare module "vue" {
  interface GlobalComponents {
    "chiso-gauge": ChisoVueElement<"chiso-gauge">;
    "chiso-service-board": ChisoVueElement<"chiso-service-board">;
    "chiso-funnel": ChisoVueElement<"chiso-funnel">;
    "chiso-status-panel": ChisoVueElement<"chiso-status-panel">;
    "chiso-trend": ChisoVueElement<"chiso-trend">;
    "chiso-choropleth": ChisoVueElement<"chiso-choropleth">;
  }
}
