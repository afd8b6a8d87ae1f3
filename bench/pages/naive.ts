// A deliberately naive lit + d3 element per scenario: what a developer writes in an afternoon
// (d3 computes, Lit renders every SVG node, Intl formats on each render), no data validation,
// no accessibility work, no table. The floor the issue measures chiso's gauge and map against.
import { LitElement, html, svg } from "lit";
import type { PropertyDeclarations } from "lit";
import { geoMercator, geoPath } from "d3-geo";
import { arc } from "d3-shape";
import { scaleLinear, scaleQuantize } from "d3-scale";
import { feeds, installBench, valuesFor } from "./scenarios.js";
import type { Contender, MapInput } from "./scenarios.js";

const overall = feeds.bacGiang.indicators[0]!.observations![0] as {
  numerator: number;
  denominator: number;
};

class NaiveGauge extends LitElement {
  static override properties: PropertyDeclarations = { value: { type: Number } };
  declare value: number;
  override render() {
    const angle = scaleLinear()
      .domain([0, 100])
      .range([(-2 * Math.PI) / 3, (2 * Math.PI) / 3]);
    const band = arc<{ end: number }>()
      .innerRadius(70)
      .outerRadius(90)
      .startAngle(angle(0))
      .endAngle((d) => d.end);
    const text = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 }).format(this.value);
    return html`<svg viewBox="-100 -100 200 140" width="100%" height="100%">
      <path d=${band({ end: angle(100) })!} fill="#ddd"></path>
      <path d=${band({ end: angle(this.value) })!} fill="#08519c"></path>
      <text text-anchor="middle" y="10" font-size="24">${text} %</text>
      <text text-anchor="middle" y="34" font-size="10">Tỷ lệ hồ sơ trực tuyến</text>
    </svg>`;
  }
}
customElements.define("naive-gauge", NaiveGauge);

class NaiveFunnel extends LitElement {
  static override properties: PropertyDeclarations = { stages: { attribute: false } };
  declare stages: [string, number][];
  override render() {
    const x = scaleLinear()
      .domain([0, Math.max(...this.stages.map(([, v]) => v))])
      .range([0, 600]);
    const format = new Intl.NumberFormat("vi-VN");
    return html`<svg viewBox="0 0 800 ${this.stages.length * 50}" width="100%">
      ${this.stages.map(
        ([name, value], i) =>
          svg`<rect x=${(600 - x(value)) / 2} y=${i * 50} width=${x(value)} height="40" fill="#3182bd"></rect>
          <text x="620" y=${i * 50 + 25}>${name}: ${format.format(value)}</text>`,
      )}
    </svg>`;
  }
}
customElements.define("naive-funnel", NaiveFunnel);

class NaiveMap extends LitElement {
  static override properties: PropertyDeclarations = {
    geojson: { attribute: false },
    values: { attribute: false },
  };
  declare geojson: MapInput["geojson"];
  declare values: Map<string, number>;
  override render() {
    const { width, height } = this.getBoundingClientRect();
    const projection = geoMercator().fitSize([width, height], this.geojson);
    const path = geoPath(projection);
    const colour = scaleQuantize<string>()
      .domain([60, 100])
      .range(["#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"]);
    return html`<svg width=${width} height=${height}>
      ${this.geojson.features.map((feature) => {
        const code = String(feature.properties?.["code"] ?? feature.id);
        return svg`<path d=${path(feature) ?? ""} fill=${colour(this.values.get(code) ?? 0)} stroke="#fff" stroke-width="0.5"><title>${feature.properties?.["name"]}</title></path>`;
      })}
    </svg>`;
  }
}
customElements.define("naive-map", NaiveMap);

function mount<T extends HTMLElement>(stage: HTMLElement, tag: string): T {
  stage.replaceChildren();
  const element = document.createElement(tag) as T;
  element.style.display = "block";
  element.style.height = "100%";
  stage.append(element);
  return element;
}

const settle = (element: Element) => (element as LitElement).updateComplete;

const contender: Contender = {
  async gauge(stage) {
    const element = mount<NaiveGauge>(stage, "naive-gauge");
    const rate = (numerator: number) => (100 * numerator) / overall.denominator;
    element.value = rate(overall.numerator);
    await settle(element);
    return {
      async update(step) {
        element.value = rate(overall.numerator - step);
        await settle(element);
      },
    };
  },
  async funnel(stage) {
    const element = mount<NaiveFunnel>(stage, "naive-funnel");
    const stages = (shift: number): [string, number][] => [
      ["Thu nhận", 1763014 - shift],
      ["Phê duyệt", 1380407 - shift],
      ["Kích hoạt", 1373365 - shift],
    ];
    element.stages = stages(0);
    await settle(element);
    return {
      async update(step) {
        element.stages = stages(step);
        await settle(element);
      },
    };
  },
  async map(stage, input: MapInput) {
    const element = mount<NaiveMap>(stage, "naive-map");
    element.geojson = input.geojson;
    element.values = input.values;
    await settle(element);
    return {
      async update(step) {
        element.values = valuesFor(input.codes, step);
        await settle(element);
      },
    };
  },
};

installBench(contender);
