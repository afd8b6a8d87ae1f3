// Highcharts 13 for the trend scenarios only: its core (the line series is built in), on a page
// of its own, so the gauge, funnel and map pages stay as they were.
import Highcharts from "highcharts/es-modules/masters/highcharts.src.js";
import { installBench, trendInput } from "./scenarios.js";
import type { Contender } from "./scenarios.js";

const H = Highcharts as unknown as {
  chart: (
    el: HTMLElement,
    options: object,
  ) => { series: { setData: (d: unknown[], redraw: boolean, animation: boolean) => void }[] };
};

/**
 * The trend as Highcharts users draw small multiples: one chart per unit (Highcharts' own
 * small-multiples demos do this), 6 to a row, each titled with its name and latest value, the y
 * axis 0–100 on every chart (one scale), the target as a plot line, gaps as nulls.
 */
const contender: Contender = {
  async trend(stage, units) {
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
  },
};

installBench(contender);
