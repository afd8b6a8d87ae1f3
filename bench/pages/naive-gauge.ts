// Naive lit + d3 gauge (see naive.ts).
import { LitElement, html } from "lit";
import type { PropertyDeclarations } from "lit";
import { arc } from "d3-shape";
import { scaleLinear } from "d3-scale";
import { mount, settle } from "./naive-common.js";
import { feeds } from "./scenarios.js";
import type { Mounted } from "./scenarios.js";

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

export async function gauge(stage: HTMLElement): Promise<Mounted> {
  const element = mount<NaiveGauge>(stage, "naive-gauge");
  const rate = (numerator: number) => (100 * numerator) / overall.denominator;
  element.value = rate(overall.numerator);
  await settle(element);
  return {
    async update(step: number) {
      element.value = rate(overall.numerator - step);
      await settle(element);
    },
  };
}
