import type { StorybookConfig } from "@storybook/web-components-vite";

const config: StorybookConfig = {
  stories: ["../stories/**/*.stories.ts"],
  addons: ["@storybook/addon-a11y", "@storybook/addon-docs"],
  framework: { name: "@storybook/web-components-vite", options: {} },
  // The seed feeds and demo boundaries are served to stories that load by URL (`src`).
  staticDirs: [{ from: "../fixtures", to: "/fixtures" }],
  core: { disableTelemetry: true },
};

export default config;
