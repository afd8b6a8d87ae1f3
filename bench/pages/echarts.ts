// Apache ECharts 6, tree-shaken to gauge + funnel + map on the canvas renderer.
import * as echarts from "echarts/core";
import { FunnelChart, GaugeChart, MapChart } from "echarts/charts";
import { TooltipComponent, VisualMapComponent } from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";
import { feeds, installBench, valuesFor } from "./scenarios.js";
import type { Contender, MapInput } from "./scenarios.js";

echarts.use([
  GaugeChart,
  FunnelChart,
  MapChart,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
]);

const overall = feeds.bacGiang.indicators[0]!.observations![0] as {
  numerator: number;
  denominator: number;
};

function chart(stage: HTMLElement) {
  echarts.dispose(stage);
  return echarts.init(stage, undefined, { renderer: "canvas" });
}

const contender: Contender = {
  async gauge(stage) {
    const instance = chart(stage);
    const option = (numerator: number) => ({
      animation: false,
      series: [
        {
          type: "gauge",
          startAngle: 210,
          endAngle: -30,
          min: 0,
          max: 100,
          progress: { show: true },
          detail: { formatter: "{value} %" },
          data: [
            {
              value: Number(((100 * numerator) / overall.denominator).toFixed(2)),
              name: "Tỷ lệ hồ sơ trực tuyến",
            },
          ],
        },
      ],
    });
    instance.setOption(option(overall.numerator));
    instance.getZr().refreshImmediately();
    return {
      update(step) {
        instance.setOption(option(overall.numerator - step));
        instance.getZr().refreshImmediately();
      },
    };
  },
  async funnel(stage) {
    const instance = chart(stage);
    const stages = [
      ["Thu nhận", 1763014],
      ["Phê duyệt", 1380407],
      ["Kích hoạt", 1373365],
    ] as const;
    const option = (shift: number) => ({
      animation: false,
      series: [
        {
          type: "funnel",
          sort: "none",
          data: stages.map(([name, value]) => ({ name, value: value - shift })),
        },
      ],
    });
    instance.setOption(option(0));
    instance.getZr().refreshImmediately();
    return {
      update(step) {
        instance.setOption(option(step));
        instance.getZr().refreshImmediately();
      },
    };
  },
  async map(stage, input: MapInput) {
    const instance = chart(stage);
    echarts.registerMap("bench", input.geojson as never);
    const option = (values: Map<string, number>) => ({
      animation: false,
      visualMap: { min: 60, max: 100, show: false, inRange: { color: ["#eff3ff", "#08519c"] } },
      series: [
        {
          type: "map",
          map: "bench",
          nameProperty: "code",
          roam: false,
          label: { show: false },
          data: input.codes.map((code) => ({ name: code, value: values.get(code) })),
        },
      ],
    });
    instance.setOption(option(input.values));
    instance.getZr().refreshImmediately();
    return {
      update(step) {
        instance.setOption(option(valuesFor(input.codes, step)));
        instance.getZr().refreshImmediately();
      },
    };
  },
};

installBench(contender);
