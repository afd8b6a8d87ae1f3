// Highcharts 13: core + more (solid gauge) + funnel + Maps modules, ES module masters.
import Highcharts from "highcharts/es-modules/masters/highcharts.src.js";
import "highcharts/es-modules/masters/highcharts-more.src.js";
import "highcharts/es-modules/masters/modules/solid-gauge.src.js";
import "highcharts/es-modules/masters/modules/funnel.src.js";
import "highcharts/es-modules/masters/modules/map.src.js";
import { feeds, installBench, trendInput, valuesFor } from "./scenarios.js";
import type { Contender, MapInput } from "./scenarios.js";

const overall = feeds.bacGiang.indicators[0]!.observations![0] as {
  numerator: number;
  denominator: number;
};
const H = Highcharts as unknown as {
  chart: (
    el: HTMLElement,
    options: object,
  ) => {
    series: { setData: (d: unknown[], redraw: boolean, animation: boolean) => void }[];
    destroy: () => void;
  };
  mapChart: (
    el: HTMLElement,
    options: object,
  ) => {
    series: { setData: (d: unknown[], redraw: boolean, animation: boolean) => void }[];
    destroy: () => void;
  };
};

const rate = (numerator: number) => Number(((100 * numerator) / overall.denominator).toFixed(2));

const contender: Contender = {
  async gauge(stage) {
    const chart = H.chart(stage, {
      chart: { type: "solidgauge", animation: false },
      title: { text: "Tỷ lệ hồ sơ trực tuyến" },
      credits: { enabled: false },
      pane: {
        startAngle: -120,
        endAngle: 120,
        background: [{ innerRadius: "60%", outerRadius: "100%", shape: "arc" }],
      },
      yAxis: { min: 0, max: 100 },
      plotOptions: { series: { animation: false } },
      series: [{ name: "Trực tuyến", data: [rate(overall.numerator)], innerRadius: "60%" }],
    });
    return {
      update: (step) => chart.series[0]!.setData([rate(overall.numerator - step)], true, false),
    };
  },
  async funnel(stage) {
    const stages = [
      ["Thu nhận", 1763014],
      ["Phê duyệt", 1380407],
      ["Kích hoạt", 1373365],
    ] as const;
    const chart = H.chart(stage, {
      chart: { type: "funnel", animation: false },
      title: { text: "Định danh điện tử" },
      credits: { enabled: false },
      plotOptions: { series: { animation: false } },
      series: [{ name: "Hồ sơ", data: stages.map(([name, value]) => [name, value]) }],
    });
    return {
      update: (step) =>
        chart.series[0]!.setData(
          stages.map(([name, value]) => [name, value - step]),
          true,
          false,
        ),
    };
  },
  async map(stage, input: MapInput) {
    const data = (values: Map<string, number>) =>
      input.codes.map((code) => ({ code, value: values.get(code) }));
    const chart = H.mapChart(stage, {
      chart: { map: input.topology, animation: false },
      title: { text: "" },
      credits: { enabled: false },
      colorAxis: { min: 60, max: 100 },
      legend: { enabled: false },
      plotOptions: { series: { animation: false } },
      series: [{ data: data(input.values), joinBy: ["code", "code"], name: "Tỷ lệ" }],
    });
    return {
      update: (step) => chart.series[0]!.setData(data(valuesFor(input.codes, step)), true, false),
    };
  },
};

/**
 * The trend as Highcharts users draw small multiples: one chart per unit (Highcharts' own
 * small-multiples demos do this), 6 to a row, each titled with its name and latest value, the y
 * axis 0–100 on every chart (one scale), the target as a plot line, gaps as nulls.
 */
contender.trend = async (stage, units) => {
  stage.replaceChildren();
  const columns = units === 1 ? 1 : 6;
  const rows = Math.ceil(units / columns);
  const input = trendInput(units, 0);
  const latest = (values: (number | null)[]) =>
    [...values]
      .reverse()
      .find((v) => v != null)
      ?.toFixed(2) ?? "—";
  const charts = input.units.map((unit, i) => {
    const box = document.createElement("div");
    box.style.cssText = `display:inline-block;width:${100 / columns}%;height:${100 / rows}%`;
    stage.append(box);
    return H.chart(box, {
      chart: { type: "line", animation: false },
      title: { text: `${unit.name} ${latest(input.values[i]!)} %`, style: { fontSize: "12px" } },
      credits: { enabled: false },
      legend: { enabled: false },
      xAxis: { categories: input.periods, labels: { enabled: units === 1 } },
      yAxis: {
        min: 0,
        max: 100,
        title: { text: null },
        plotLines: [{ value: input.target, dashStyle: "Dash", width: 1 }],
      },
      plotOptions: { series: { animation: false, marker: { enabled: false } } },
      series: [{ name: unit.name, data: input.values[i] }],
    });
  });
  return {
    update(step) {
      const next = trendInput(units, step);
      charts.forEach((chart, i) => chart.series[0]!.setData(next.values[i]!, true, false));
    },
  };
};

installBench(contender);
