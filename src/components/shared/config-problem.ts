/**
 * Configuration problems (issue 13.2): an `indicator`, `unit` or `service` that names nothing the
 * feed has figures for. A visitor sees the widget's frame with a short sentence ("Chưa có số liệu
 * tổng hợp"), never developer text in red; the developer gets the hint — which attribute, which
 * values would work — once in the console, in the host's `config-problem` attribute and in a
 * `chiso-config-problem` event (ChisoElement reports it after the render).
 */
import { html } from "lit";
import type { TemplateResult } from "lit";
import { localize } from "../../data/format.js";
import type { Locale } from "../../data/format.js";
import { observationUnit, unitName } from "../../data/lookup.js";
import type { Indicator, IndicatorFeed, IndicatorKind } from "../../data/schema.js";
import type { ChisoConfigProblemDetail } from "./events/config-problem.js";
import type { SharedMessages } from "./messages.js";

/** A problem, with what the visitor reads and what the frame shows around it. */
export interface ConfigProblem extends ChisoConfigProblemDetail {
  /** What a visitor reads: "Chưa có số liệu tổng hợp". */
  visitor: string;
  /** The frame: the indicator's name (or the feed's title) and the unit. */
  title: string;
  subtitle: string;
}

export interface ProblemWords {
  m: SharedMessages;
  locale: Locale;
}

/** The indicators that have observations (every kind but `status`). */
type ObservedIndicator = Extract<Indicator, { observations: unknown }>;

/** At most this many values are listed in a hint (a commune feed has thousands of units). */
const MAX_CHOICES = 30;

function problem(
  detail: Omit<ChisoConfigProblemDetail, "message"> & { hint: string },
  frame: { visitor: string; title: string; subtitle: string },
  m: SharedMessages,
): ConfigProblem {
  const { hint, ...rest } = detail;
  const listed = rest.choices.slice(0, MAX_CHOICES);
  const more = rest.choices.length - listed.length;
  const message = listed.length
    ? `${hint}. ${m.problemChoices(rest.attribute, `${listed.join(", ")}${more > 0 ? ` (+${more})` : ""}`)}`
    : hint;
  return { ...rest, message, ...frame };
}

/** No indicator of this kind (or with this id): lists the ids of that kind. */
export function indicatorProblem(
  feed: IndicatorFeed,
  kinds: readonly IndicatorKind[],
  id: string | null,
  { m, locale }: ProblemWords,
): ConfigProblem {
  const choices = feed.indicators.filter((i) => kinds.includes(i.kind)).map((i) => i.id);
  return problem(
    {
      attribute: "indicator",
      value: id ?? "",
      choices,
      hint: m.unknownIndicator(id ?? "", kinds.join("/")),
    },
    {
      visitor: m.problem.indicator,
      title: localize(feed.title, locale),
      subtitle: unitName(feed, feed.publisher.unitCode, locale),
    },
    m,
  );
}

/** The indicator has no figures for this unit: lists the units it has. */
export function unitProblem(
  feed: IndicatorFeed,
  indicator: ObservedIndicator,
  unit: string,
  { m, locale }: ProblemWords,
): ConfigProblem {
  const choices = new Set<string>();
  for (const observation of indicator.observations)
    choices.add(observationUnit(feed, observation as { unit?: string }));
  return problem(
    { attribute: "unit", value: unit, choices: [...choices], hint: m.unknownUnit(unit) },
    {
      visitor: m.problem.unit,
      title: localize(indicator.label, locale),
      subtitle: unitName(feed, unit, locale),
    },
    m,
  );
}

/**
 * No figure for this service of the unit — or, without `service`, no all-services figure: lists
 * the services that have one.
 */
export function serviceProblem(
  feed: IndicatorFeed,
  indicator: ObservedIndicator,
  unit: string,
  service: string | null,
  hint: string,
  { m, locale }: ProblemWords,
): ConfigProblem {
  const choices: string[] = [];
  for (const observation of indicator.observations as Array<{ unit?: string; service?: string }>)
    if (observation.service && observationUnit(feed, observation) === unit)
      choices.push(observation.service);
  return problem(
    { attribute: "service", value: service ?? "", choices, hint },
    {
      visitor: service ? m.problem.service : m.problem.total,
      title: localize(indicator.label, locale),
      subtitle: unitName(feed, unit, locale),
    },
    m,
  );
}

/** A derived model that is a problem instead. */
export function isProblem(value: unknown): value is ConfigProblem {
  return typeof value === "object" && value !== null && "visitor" in value;
}

/** The problem for the plain-text fallback: the frame's title, and the visitor's sentence. */
export function problemText(problem: ConfigProblem): { title: string; lines: string[] } {
  return { title: problem.title, lines: [problem.visitor] };
}

/** The widget's frame around a visitor's sentence. */
export function renderConfigProblem(problem: ConfigProblem): TemplateResult {
  return html`<section class="config-problem" aria-label=${problem.title || problem.visitor}>
    ${problem.title ? html`<p class="problem-title">${problem.title}</p>` : ""}
    ${problem.subtitle ? html`<p class="problem-subtitle">${problem.subtitle}</p>` : ""}
    <p class="message info problem-text" part="message" role="status">${problem.visitor}</p>
  </section>`;
}
