// Apache ECharts 6, tree-shaken to gauge + funnel + map + line on the canvas renderer.
import * as echarts from "echarts/core";
import { FunnelChart, GaugeChart, LineChart, MapChart } from "echarts/charts";
import {
  GridComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";
import { feeds, installBench, trendInput, valuesFor } from "./scenarios.js";
import type { Contender, MapInput } from "./scenarios.js";

echarts.use([
  GaugeChart,
  FunnelChart,
  MapChart,
  LineChart,
  GridComponent,
  MarkLineComponent,
  TitleComponent,
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

/**
 * The trend as ECharts users draw it: one line per unit; small multiples as one instance with a
 * grid, an x and a y axis (0–100, shared) per unit, laid out 6 to a row, each titled with its name
 * and latest value, the target as a markLine, gaps as nulls (no connectNulls).
 */
function trendOption(units: number, step: number) {
  const input = trendInput(units, step);
  const columns = units === 1 ? 1 : 6;
  const rows = Math.ceil(units / columns);
  const cell = (i: number) => ({
    left: `${((i % columns) * 100) / columns + 2}%`,
    top: `${(Math.floor(i / columns) * 100) / rows + 4}%`,
    width: `${100 / columns - 4}%`,
    height: `${100 / rows - 9}%`,
  });
  return {
    animation: false,
    title: input.units.map((unit, i) => {
      const latest = [...input.values[i]!].reverse().find((v) => v != null);
      return {
        text: `${unit.name} ${latest?.toFixed(2) ?? "—"} %`,
        left: cell(i).left,
        top: `${(Math.floor(i / columns) * 100) / rows}%`,
        textStyle: { fontSize: 12 },
      };
    }),
    tooltip: { trigger: "axis" },
    grid: input.units.map((_, i) => cell(i)),
    xAxis: input.units.map((_, i) => ({
      type: "category",
      gridIndex: i,
      data: input.periods,
      axisLabel: { show: units === 1 },
    })),
    yAxis: input.units.map((_, i) => ({ type: "value", gridIndex: i, min: 0, max: 100 })),
    series: input.units.map((unit, i) => ({
      type: "line",
      name: unit.name,
      xAxisIndex: i,
      yAxisIndex: i,
      showSymbol: false,
      data: input.values[i],
      markLine: {
        silent: true,
        symbol: "none",
        data: [{ yAxis: input.target }],
      },
    })),
  };
}

contender.trend = async (stage, units) => {
  const instance = chart(stage);
  instance.setOption(trendOption(units, 0));
  instance.getZr().refreshImmediately();
  return {
    update(step) {
      instance.setOption(trendOption(units, step));
      instance.getZr().refreshImmediately();
    },
  };
};

installBench(contender);
