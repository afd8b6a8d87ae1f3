import { html } from "lit";
import type { Decorator, Preview } from "@storybook/web-components-vite";
import { setCustomElementsManifest } from "@storybook/web-components-vite";
import manifest from "../custom-elements.json";

// Docs pages (attributes, properties, events, slots, parts, CSS properties) come from the
// Custom Elements Manifest generated from the classes' JSDoc: one source of truth.
setCustomElementsManifest(manifest);

const BACKGROUND: Record<string, string> = { light: "#ffffff", dark: "#0d1117", ioc: "#000000" };

/** Applies the toolbar's theme and language to every chiso element of the story. */
const withThemeAndLocale: Decorator = (story, context) => {
  const theme = (context.globals.theme as string) || "light";
  const locale = (context.globals.locale as string) || "vi";
  requestAnimationFrame(() => {
    for (const element of document.querySelectorAll(".chiso-story *"))
      if (element.tagName.startsWith("CHISO-") && !element.hasAttribute("data-fixed-theme"))
        element.setAttribute("theme", theme);
  });
  return html`<div
    class="chiso-story"
    lang=${locale}
    style="background:${BACKGROUND[theme]};padding:16px"
  >
    ${story()}
  </div>`;
};

const preview: Preview = {
  decorators: [withThemeAndLocale],
  globalTypes: {
    theme: {
      description: "chiso theme",
      toolbar: {
        title: "Theme",
        icon: "paintbrush",
        items: [
          { value: "light", title: "Light" },
          { value: "dark", title: "Dark" },
          { value: "ioc", title: "IOC wall" },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: "Language",
      toolbar: {
        title: "Language",
        icon: "globe",
        items: [
          { value: "vi", title: "Tiếng Việt" },
          { value: "en", title: "English" },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: "light", locale: "vi" },
  parameters: {
    options: { storySort: { order: ["Giới thiệu · Introduction", "Widgets"] } },
    controls: { expanded: true },
    a11y: { test: "error" },
  },
  tags: ["autodocs"],
};

export default preview;
