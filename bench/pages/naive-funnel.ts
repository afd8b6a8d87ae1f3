// Naive lit + d3 funnel (see naive.ts).
import { LitElement, html, svg } from "lit";
import type { PropertyDeclarations } from "lit";
import { scaleLinear } from "d3-scale";
import { mount, settle } from "./naive-common.js";
import type { Mounted } from "./scenarios.js";

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

export async function funnel(stage: HTMLElement): Promise<Mounted> {
  const element = mount<NaiveFunnel>(stage, "naive-funnel");
  const stages = (shift: number): [string, number][] => [
    ["Thu nhận", 1763014 - shift],
    ["Phê duyệt", 1380407 - shift],
    ["Kích hoạt", 1373365 - shift],
  ];
  element.stages = stages(0);
  await settle(element);
  return {
    async update(step: number) {
      element.stages = stages(step);
      await settle(element);
    },
  };
}
