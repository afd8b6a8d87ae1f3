import { defineConfig } from "vite";

/**
 * Settings for Storybook's Vite builder (which reads this file) and a plain `npx vite` dev server.
 * The library builds (per-element ES modules and the single-file bundle) are scripts/build.mjs,
 * which calls Vite's `build()` with `configFile: false` and complete settings of its own: nothing
 * here reaches the published files. The demos are served by demo/server.mjs.
 */
export default defineConfig({
  server: { host: "127.0.0.1", fs: { strict: true } },
  build: { target: "es2022" },
});
