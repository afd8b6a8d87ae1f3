// chiso: the same scenarios through the public elements, fed plain objects via `data`. No element
// is registered here: chiso.ts registers them all, chiso-gauge.ts / chiso-funnel.ts only theirs
// (script → first paint loads only the widget measured).
import type {
  ChisoChoropleth,
  ChisoFunnel,
  ChisoGauge,
  ChisoStatusPanel,
} from "../../src/elements.js";
import type { ChisoTrend } from "../../src/components/trend/trend.element.js";
import type { IndicatorFeed } from "../../src/data/index.js";
import { feeds, trendInput, valuesFor } from "./scenarios.js";
import type { Contender, MapInput } from "./scenarios.js";

type AnyFeed = Record<string, unknown> & { indicators: Array<Record<string, unknown>> };

function mount<T extends HTMLElement>(
  stage: HTMLElement,
  tag: string,
  attributes: Record<string, string>,
): T {
  stage.replaceChildren();
  const element = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.style.height = "100%";
  stage.append(element);
  return element;
}

/** A copy of `feed` whose indicator `id` is replaced by `replace(indicator)`. */
function withIndicator(
  feed: AnyFeed,
  id: string,
  replace: (indicator: Record<string, unknown>) => Record<string, unknown>,
): IndicatorFeed {
  return {
    ...feed,
    indicators: feed.indicators.map((indicator) =>
      indicator.id === id ? replace(indicator) : indicator,
    ),
  } as unknown as IndicatorFeed;
}

/**
 * Gives `data` to the element and waits until that feed is on screen, then refuses to time a
 * feed the element rejected: an invalid feed leaves the previous picture (or an error) on
 * screen, which is far cheaper than the work measured. A feed of over 5 000 items is validated
 * in steps between tasks by the ES modules (parseFeedInSteps, issue 22.4): the snapshot stays
 * "loading" (first feed) or keeps the previous feed (an update) until the last step, so one
 * `updateComplete` is not enough — wait for the snapshot to change.
 */
async function give(element: HTMLElement, data: unknown): Promise<void> {
  const widget = element as unknown as {
    data: unknown;
    updateComplete: Promise<unknown>;
    feed: { snapshot: { status: string; error: unknown } };
  };
  const before = widget.feed.snapshot;
  widget.data = data;
  for (;;) {
    await widget.updateComplete;
    const { snapshot } = widget.feed;
    if (snapshot !== before && snapshot.status !== "loading") break;
    await new Promise((resolve) => setTimeout(resolve));
  }
  const { snapshot } = widget.feed;
  if (snapshot.status !== "ok")
    throw new Error(
      `${element.localName} rejected the bench feed: ${JSON.stringify(snapshot.error).slice(0, 400)}`,
    );
}

export const contender: Contender = {
  async gauge(stage) {
    const element = mount<ChisoGauge>(stage, "chiso-gauge", { indicator: "dvc-online" });
    const feed = feeds.bacGiang as unknown as AnyFeed;
    const shifted = (step: number) =>
      withIndicator(feed, "dvc-online", (indicator) => {
        const [overall, ...rest] = indicator.observations as Array<{ numerator: number }>;
        return {
          ...indicator,
          observations: [
            { ...overall!, numerator: overall!.numerator - step, statedRate: undefined },
            ...rest,
          ],
        };
      });
    await give(element, shifted(0));
    return {
      async update(step) {
        await give(element, shifted(step));
      },
    };
  },
  async funnel(stage) {
    const element = mount<ChisoFunnel>(stage, "chiso-funnel", { indicator: "eid" });
    const feed = feeds.ngheAn as unknown as AnyFeed;
    const shifted = (step: number) =>
      withIndicator(feed, "eid", (indicator) => ({
        ...indicator,
        observations: (
          indicator.observations as Array<{ stages: Record<string, { value: number }> }>
        ).map((observation) => ({
          ...observation,
          stages: Object.fromEntries(
            Object.entries(observation.stages).map(([stage, figure]) => [
              stage,
              typeof figure.value === "number"
                ? { ...figure, value: figure.value - step, statedRate: undefined }
                : figure,
            ]),
          ),
        })),
      }));
    await give(element, shifted(0));
    return {
      async update(step) {
        await give(element, shifted(step));
      },
    };
  },
  async status(stage, subsystems) {
    const element = mount<ChisoStatusPanel>(stage, "chiso-status-panel", {
      indicator: "ioc",
      theme: "ioc",
    });
    const feed = feeds.ngheAn as unknown as AnyFeed;
    const models = feed.indicators.find((indicator) => indicator.id === "ioc")!.subsystems as Array<
      Record<string, unknown>
    >;
    const at = (step: number) =>
      withIndicator(feed, "ioc", (indicator) => ({
        ...indicator,
        subsystems: Array.from({ length: subsystems }, (_, i) => {
          const model = models[i % models.length]!;
          return {
            ...model,
            id: `s-${i}`,
            lastUpdated:
              model.lastUpdated && (i + step) % 7 === 0
                ? new Date(Date.parse("2023-07-26T16:00:00+07:00") + step * 1000).toISOString()
                : model.lastUpdated,
          };
        }),
      }));
    await give(element, at(0));
    return {
      async update(step) {
        await give(element, at(step));
      },
    };
  },
  async map(stage, input: MapInput) {
    const element = mount<ChisoChoropleth>(stage, "chiso-choropleth", {
      indicator: "rate",
      object: input.object,
    });
    const units = input.codes.map((code) => ({ code, name: { vi: code }, level: "district" }));
    const feedAt = (values: Map<string, number>) =>
      ({
        schemaVersion: "1.0",
        id: "bench",
        publisher: { name: { vi: "bench" }, unitCode: "VN" },
        period: { start: "2023-01-16", end: "2023-02-15", label: { vi: "bench" } },
        generatedAt: "2023-02-20T08:00:00+07:00",
        unitVintage: "2023",
        units,
        indicators: [
          {
            id: "rate",
            kind: "ratio",
            label: { vi: "Tỷ lệ" },
            observations: input.codes.map((code) => ({
              unit: code,
              numerator: Math.round((values.get(code) ?? 0) * 10),
              denominator: 1000,
            })),
          },
        ],
      }) as unknown as IndicatorFeed;
    element.boundaryData = input.topology;
    await give(element, feedAt(input.values));
    return {
      async update(step) {
        await give(element, feedAt(valuesFor(input.codes, step)));
      },
    };
  },
  async trend(stage, units) {
    // One unit: the single trend; more: small multiples of them all on one scale.
    const element = mount<ChisoTrend>(
      stage,
      "chiso-trend",
      units === 1 ? { unit: "01", periods: "36" } : { units: "*", periods: "36" },
    );
    await give(element, trendInput(units, 0).feed);
    return {
      async update(step) {
        await give(element, trendInput(units, step).feed);
      },
    };
  },
};
