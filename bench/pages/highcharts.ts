// Highcharts 13: core + more (solid gauge) + funnel + Maps modules, ES module masters.
import Highcharts from "highcharts/es-modules/masters/highcharts.src.js";
import "highcharts/es-modules/masters/highcharts-more.src.js";
import "highcharts/es-modules/masters/modules/solid-gauge.src.js";
import "highcharts/es-modules/masters/modules/funnel.src.js";
import "highcharts/es-modules/masters/modules/map.src.js";
import { feeds, installBench, valuesFor } from "./scenarios.js";
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

installBench(contender);
