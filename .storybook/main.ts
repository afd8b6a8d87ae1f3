import type { StorybookConfig } from "@storybook/web-components-vite";

const config: StorybookConfig = {
  // The introduction first: Storybook opens on the first entry of its index.
  stories: ["../stories/introduction.mdx", "../stories/**/*.stories.ts"],
  addons: ["@storybook/addon-a11y", "@storybook/addon-docs"],
  framework: { name: "@storybook/web-components-vite", options: {} },
  // The seed feeds and demo boundaries are served to stories that load by URL (`src`).
  staticDirs: [{ from: "../fixtures", to: "/fixtures" }],
  core: { disableTelemetry: true },
};

export default config;
