// Apache ECharts 6 for the trend scenarios only, tree-shaken to line + grid + title + markLine +
// tooltip on the canvas renderer (its own page, so the gauge, funnel and map pages stay as they were).
import * as echarts from "echarts/core";
import { LineChart } from "echarts/charts";
import {
  GridComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";
import { installBench, trendInput } from "./scenarios.js";
import type { Contender } from "./scenarios.js";

echarts.use([
  LineChart,
  GridComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  CanvasRenderer,
]);

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

const contender: Contender = {
  async trend(stage, units) {
    echarts.dispose(stage);
    const instance = echarts.init(stage, undefined, { renderer: "canvas" });
    instance.setOption(trendOption(units, 0));
    instance.getZr().refreshImmediately();
    return {
      update(step) {
        instance.setOption(trendOption(units, step));
        instance.getZr().refreshImmediately();
      },
    };
  },
};

installBench(contender);
