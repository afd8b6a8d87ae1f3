import { defineConfig } from "vite";

/**
 * Dev server for the demos and screenshots (`npx vite`). The library builds themselves
 * (per-element ES modules and the single-file bundle) are driven by scripts/build.mjs, which
 * reuses this file's settings through `build()` calls with their own `lib` options.
 */
export default defineConfig({
  server: { host: "127.0.0.1", fs: { strict: true } },
  build: { target: "es2022" },
});
