import type { Preview } from "@storybook/web-components-vite";
import { setCustomElementsManifest } from "@storybook/web-components-vite";
import manifest from "../custom-elements.json";
import { DECORATORS } from "../stories/shared.js";

// Docs pages (attributes, properties, events, slots, parts, CSS properties) come from the
// Custom Elements Manifest generated from the classes' JSDoc: one source of truth.
setCustomElementsManifest(manifest);

const preview: Preview = {
  decorators: DECORATORS,
  globalTypes: {
    theme: {
      description: "chiso theme",
      toolbar: {
        title: "Theme",
        icon: "paintbrush",
        items: [
          { type: "reset", title: "Story's own" },
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
          { type: "reset", title: "Story's own" },
          { value: "vi", title: "Tiếng Việt" },
          { value: "en", title: "English" },
        ],
        dynamicTitle: true,
      },
    },
  },
  // No initial theme or language: each story shows in its own until the reader picks one.
  parameters: {
    options: { storySort: { order: ["Giới thiệu · Introduction", "Widgets"] } },
    controls: { expanded: true },
    a11y: { test: "error" },
  },
  tags: ["autodocs"],
};

export default preview;
