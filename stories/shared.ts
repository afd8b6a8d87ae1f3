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
