/**
 * What every contender is asked to do, with the same inputs. Each page implements `Contender`;
 * `installBench` times it the same way everywhere: synchronous work plus the next two animation
 * frames (the paint), so lazy renderers are not flattered.
 */
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";
import type { FeatureCollection } from "geojson";
import bacGiang from "../../fixtures/feeds/bac-giang-2023-02.json";
import ngheAn from "../../fixtures/feeds/nghe-an-2023-07.json";
// Illustrative: 34 provinces × 36 months (scripts/build-history-fixtures.mjs).
import provinces from "../../fixtures/history/provinces-2025.json";

export interface MapInput {
  topology: Topology;
  object: string;
  /** GeoJSON of the same features, for contenders that take GeoJSON. */
  geojson: FeatureCollection;
  codes: string[];
  values: Map<string, number>;
}

/**
 * The trend scenarios' data, the same for every contender: `units` provinces × 36 months of
 * rates (null = not reported), and at `step` the latest month's counts moved (an in-place update).
 */
export interface TrendInput {
  units: { code: string; name: string }[];
  periods: string[];
  /** Percent per unit per period; `null` where the unit did not report. */
  values: (number | null)[][];
  target: number;
  /** The same as a chiso history feed (format 1.1). */
  feed: unknown;
}

type HistoryObservation = {
  unit: string;
  period: { start: string; label: { vi: string } };
  numerator: number;
  denominator: number;
};

export function trendInput(count: number, step: number): TrendInput {
  const units = provinces.units.slice(0, count).map((u) => ({ code: u.code, name: u.name }));
  const codes = new Set(units.map((u) => u.code));
  const all = provinces.indicators[0]!.observations as unknown as HistoryObservation[];
  const starts = [...new Set(all.map((o) => o.period.start))].sort();
  const last = starts[starts.length - 1]!;
  const observations = all
    .filter((o) => codes.has(o.unit))
    .map((o) =>
      o.period.start === last ? { ...o, numerator: Math.max(0, o.numerator - step * 7) } : o,
    );
  const byKey = new Map(observations.map((o) => [`${o.unit}|${o.period.start}`, o]));
  const labels = new Map(all.map((o) => [o.period.start, o.period.label.vi]));
  return {
    units,
    periods: starts.map((start) => labels.get(start)!),
    values: units.map((u) =>
      starts.map((start) => {
        const o = byKey.get(`${u.code}|${start}`);
        return o ? Number(((100 * o.numerator) / o.denominator).toFixed(2)) : null;
      }),
    ),
    target: provinces.indicators[0]!.target,
    feed: {
      ...provinces,
      units: provinces.units.filter((u) => codes.has(u.code)),
      indicators: [{ ...provinces.indicators[0]!, observations }],
    },
  };
}

export interface Mounted {
  update(step: number): void | Promise<void>;
}

export interface Contender {
  gauge?(stage: HTMLElement): Promise<Mounted>;
  funnel?(stage: HTMLElement): Promise<Mounted>;
  status?(stage: HTMLElement, subsystems: number): Promise<Mounted>;
  map?(stage: HTMLElement, input: MapInput): Promise<Mounted>;
  /** 36 months of one unit (`units` 1) or small multiples of `units` units on one scale. */
  trend?(stage: HTMLElement, units: number): Promise<Mounted>;
}

export const feeds = { bacGiang, ngheAn };

export const paint = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
  );

/** Deterministic pseudo-random values 60–100 % per code, shifted by `step` for recolours. */
export function valuesFor(codes: string[], step: number): Map<string, number> {
  const values = new Map<string, number>();
  codes.forEach((code, i) => values.set(code, 60 + ((i * 37 + step * 11) % 400) / 10));
  return values;
}

async function loadMap(url: string): Promise<MapInput> {
  const topology = (await (await fetch(url)).json()) as Topology;
  const object = Object.keys(topology.objects)[0]!;
  const geojson = feature(topology, topology.objects[object]!) as unknown as FeatureCollection;
  const codes = geojson.features.map((f) => String(f.properties?.code ?? f.id));
  return { topology, object, geojson, codes, values: valuesFor(codes, 0) };
}

const heap = () =>
  (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ??
  null;
const gc = () => (window as unknown as { gc?: () => void }).gc?.();

/** Elements under `root`, shadow roots included (what the page's DOM holds for a widget). */
function countElements(root: Element | ShadowRoot): number {
  let count = 0;
  for (const element of root.querySelectorAll("*")) {
    count++;
    if (element.shadowRoot) count += countElements(element.shadowRoot);
  }
  return count;
}

/**
 * The longest task (ms) that starts within `ms` after now, while the page is otherwise idle:
 * work a widget defers past its first paint (labels, indexes, tables) must not block input.
 */
function longestTaskWithin(ms: number): Promise<number> {
  return new Promise((resolve) => {
    let longest = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
    });
    observer.observe({ type: "longtask", buffered: false });
    setTimeout(() => {
      for (const entry of observer.takeRecords()) longest = Math.max(longest, entry.duration);
      observer.disconnect();
      resolve(longest);
    }, ms);
  });
}

export interface ScenarioOptions {
  /** Stop after the first paint (profiling). */
  firstOnly?: boolean;
  /** Watch this long after the first paint for long tasks (and let deferred work finish). */
  idleMs?: number;
  /** Profile one update instead: the profiler's marks go around update → painted frame. */
  updateOnly?: boolean;
}

export function installBench(contender: Contender): void {
  const stage = document.getElementById("stage")!;
  (window as unknown as { runScenario: unknown }).runScenario = async (
    scenario: string,
    arg?: string | number,
    options: ScenarioOptions = {},
  ) => {
    const mountFor = async () => {
      if (scenario === "gauge") return contender.gauge?.(stage);
      if (scenario === "funnel") return contender.funnel?.(stage);
      if (scenario === "status") return contender.status?.(stage, Number(arg));
      if (scenario === "map") return contender.map?.(stage, await loadMap(String(arg)));
      if (scenario === "trend") return contender.trend?.(stage, Number(arg));
      throw new Error(`unknown scenario ${scenario}`);
    };
    if (scenario === "map") await loadMap(String(arg)); // warm the HTTP cache; parsing is timed below
    gc();
    const heapBefore = heap();
    if (options.updateOnly) {
      const mounted = await mountFor();
      if (!mounted) return null;
      await paint();
      await new Promise((resolve) => setTimeout(resolve, 500));
      performance.mark("bench-start");
      const start = performance.now();
      await mounted.update(1);
      await paint();
      performance.mark("bench-first-paint");
      return { firstRender: performance.now() - start, domElements: countElements(stage) };
    }
    performance.mark("bench-start");
    const start = performance.now();
    const mounted = await mountFor();
    if (!mounted) return null;
    await paint();
    const firstRender = performance.now() - start;
    performance.mark("bench-first-paint");
    const domElements = countElements(stage);
    const longTaskAfterPaint = options.idleMs ? await longestTaskWithin(options.idleMs) : null;
    if (options.firstOnly) return { firstRender, domElements, longTaskAfterPaint };
    gc();
    const heapAfterFirst = heap();
    const updateStart = performance.now();
    await mounted.update(1);
    await paint();
    const update = performance.now() - updateStart;
    // Steady-state update cost: 1.000 updates (maps: 20 recolours, trends: 20 new months' counts),
    // painted once at the end.
    const runs = scenario === "map" || scenario === "trend" ? 20 : 1000;
    const loopStart = performance.now();
    for (let step = 2; step < runs + 2; step++) await mounted.update(step);
    await paint();
    const perUpdate = (performance.now() - loopStart) / runs;
    gc();
    const heapAfter = heap();
    return {
      firstRender,
      update,
      perUpdate,
      domElements,
      longTaskAfterPaint,
      heapFirst: heapBefore != null && heapAfterFirst != null ? heapAfterFirst - heapBefore : null,
      heapGrowth: heapBefore != null && heapAfter != null ? heapAfter - heapBefore : null,
    };
  };
  // `?auto=gauge` runs a scenario as soon as the module runs: script → first paint, measured from
  // the navigation (the page's HTML, the bundle's download, parse and evaluation included).
  const auto = new URLSearchParams(location.search).get("auto");
  if (auto) {
    const run = (window as unknown as { runScenario: (s: string, a: null, o: object) => unknown })
      .runScenario;
    void Promise.resolve(run(auto, null, { firstOnly: true })).then((metrics) => {
      (window as unknown as { autoResult: unknown }).autoResult = {
        ...(metrics as object),
        scriptToPaint: performance.now(),
      };
    });
  }
}
