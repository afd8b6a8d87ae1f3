// The bench pages built once (Vite) and served on loopback with the map fixtures: shared by
// `npm run bench` (bench/run.mjs) and `npm run profile` (bench/profile.mjs).
import { execSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { build } from "vite";
import { serveStatic } from "../tests/e2e/harness.mjs";

/** The synthetic layer of the 10 000-unit scenario (hexagons, see fixtures/synthetic). */
export const SYNTHETIC_UNITS = 10_000;
export const SYNTHETIC_DIR = ".cache/synthetic-10000";
/** And the 700-unit one (a district-sized map without real geometry's detail). */
export const SMALL_SYNTHETIC_DIR = ".cache/synthetic-700";

/** Installs the peers and makes the synthetic layer when missing. Run from the repository root. */
export function prepare() {
  if (!existsSync("bench/node_modules/echarts"))
    execSync("npm install --prefix bench --no-audit --no-fund", { stdio: "inherit" });
  if (!existsSync(`${SYNTHETIC_DIR}/vn-communes-synthetic.topo.json`))
    execSync(`node scripts/gen-synthetic-communes.mjs ${SYNTHETIC_UNITS} ${SYNTHETIC_DIR}`, {
      stdio: "inherit",
    });
  if (!existsSync(`${SMALL_SYNTHETIC_DIR}/vn-communes-synthetic.topo.json`))
    execSync(`node scripts/gen-synthetic-communes.mjs 700 ${SMALL_SYNTHETIC_DIR}`, {
      stdio: "inherit",
    });
  mkdirSync("bench/results", { recursive: true });
}

/**
 * Builds the given contenders' pages (`chiso`, `echarts`, `highcharts`, `naive`); unminified for
 * the profiler, so its functions keep their names.
 */
export async function buildPages(contenders, { minify = true } = {}) {
  await build({
    configFile: false,
    logLevel: "warn",
    root: "bench/pages",
    build: {
      outDir: "../results/pages",
      emptyOutDir: true,
      target: "es2022",
      minify,
      rolldownOptions: {
        input: Object.fromEntries(contenders.map((name) => [name, `bench/pages/${name}.html`])),
      },
    },
  });
}

export function serveSite() {
  return serveStatic([
    ["/fixtures/", "fixtures"],
    ["/synthetic/", SYNTHETIC_DIR],
    ["/synthetic-700/", SMALL_SYNTHETIC_DIR],
    ["/", "bench/results/pages"],
  ]);
}

/** The map scenarios: label and URL (same for every contender). */
export const MAPS = [
  ["10 districts (Bắc Giang)", "/fixtures/boundaries/vn-districts-2023-bac-giang.topo.json"],
  ["700 units (synthetic)", "/synthetic-700/vn-communes-synthetic.topo.json"],
  ["130 communes (Nghệ An 2025)", "/fixtures/boundaries/communes-2025/40.topo.json"],
  ["705 districts (Vietnam 2023)", "/fixtures/boundaries/vn-districts-2023.topo.json"],
  ["3 321 communes (Vietnam 2025)", "/fixtures/boundaries/vn-communes-2025.topo.json"],
  ["10 000 units (synthetic)", "/synthetic/vn-communes-synthetic.topo.json"],
];
