/**
 * The board in words, for the plain-text fallback (a page whose policy stops Lit): the total and
 * the summary, then one line per service in the current order.
 */
import { formatPercent } from "../../data/format.js";
import type { Locale } from "../../data/format.js";
import { printedDecimals } from "../../data/figures/rate.js";
import type { RatioFigure } from "../../data/figures/ratio.js";
import type { SharedMessages } from "../shared/messages.js";
import type { TextFigures } from "../shared/text-fallback.js";
import type { BoardMessages } from "./messages.js";
import { rateText } from "./service-board.draw.js";
import type { BoardModel } from "./service-board.draw.js";

export function boardTextFigures(
  model: BoardModel,
  t: BoardMessages,
  noRate: SharedMessages["noRate"],
  locale: Locale,
): TextFigures {
  const rate = (figure: RatioFigure) =>
    figure.state === "ok" ? rateText(figure, locale) : noRate[figure.state];
  const withRate = model.rows.filter((row) => row.below != null);
  const head = [
    model.total ? `${t.total}: ${rate(model.total)}` : null,
    model.target == null
      ? null
      : t.summary(
          withRate.filter((row) => row.below).length,
          withRate.length,
          formatPercent(model.target, locale, printedDecimals(model.target)),
        ),
  ].filter((line): line is string => line != null);
  const lines = [
    ...head,
    ...model.rows.map((row) => `${row.rank ?? "—"}. ${row.name}: ${rate(row.figure)}`),
  ];
  return { title: `${model.label} · ${model.subject}`, lines };
}
