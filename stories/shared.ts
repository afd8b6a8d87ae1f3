import { html } from "lit";
import type { Decorator } from "@storybook/web-components-vite";

/** What every widget story shares: the page colour behind each theme and the theme/lang controls. */
export type StoryTheme = "light" | "dark" | "ioc";

/** The page behind the element, as a portal (white), a dark portal or an IOC wall would have. */
export const SURFACES: Record<StoryTheme, string> = {
  light: "#ffffff",
  dark: "#0d1117",
  ioc: "#000000",
};

export const THEME_AND_LANG_CONTROLS = {
  theme: { control: "inline-radio", options: ["light", "dark", "ioc"] },
  lang: { control: "inline-radio", options: ["vi", "en"] },
} as const;

/**
 * The toolbar's theme and language, when the reader picked one, for every story; otherwise the
 * story's own (an IOC wall story stays in the IOC theme, an English story in English). They
 * reach the story as its `theme` and `lang` args, so its render function draws the element, the
 * page colour and `lang` from one value. (This decorator once set `theme` on every element after
 * the render, with "light" as the toolbar's initial value: nine IOC and dark stories showed in
 * the light theme, issue 19.)
 */
export const withThemeAndLocale: Decorator = (story, context) => {
  const globals = context.globals as { theme?: StoryTheme; locale?: "vi" | "en" };
  const args = context.args as { theme?: StoryTheme; lang?: "vi" | "en" };
  const theme = globals.theme ?? args.theme ?? "light";
  const lang = globals.locale ?? args.lang ?? "vi";
  return html`<div
    class="chiso-story"
    lang=${lang}
    style="background:${SURFACES[theme]};padding:16px"
  >
    ${story({ args: { ...context.args, theme, lang } })}
  </div>`;
};

/** The decorators of every story: preview.ts gives them to Storybook, the story tests apply them. */
export const DECORATORS: Decorator[] = [withThemeAndLocale];
