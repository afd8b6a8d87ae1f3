// Naive lit + d3 map (see naive.ts).
import { LitElement, html, svg } from "lit";
import type { PropertyDeclarations } from "lit";
import { geoMercator, geoPath } from "d3-geo";
import { scaleQuantize } from "d3-scale";
import { mount, settle } from "./naive-common.js";
import { valuesFor } from "./scenarios.js";
import type { MapInput, Mounted } from "./scenarios.js";

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

export async function map(stage: HTMLElement, input: MapInput): Promise<Mounted> {
  const element = mount<NaiveMap>(stage, "naive-map");
  element.geojson = input.geojson;
  element.values = input.values;
  await settle(element);
  return {
    async update(step: number) {
      element.values = valuesFor(input.codes, step);
      await settle(element);
    },
  };
}
