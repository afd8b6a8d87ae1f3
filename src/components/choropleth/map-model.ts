/**
 * What a map shows, derived step by step from its inputs, each step redone only when its own
 * inputs change: figures joined to units (new feed or boundaries), colour classes (new scale),
 * fills (new classes or palette), projected layout (new boundaries, box or zoom — never for a
 * recolour: 10 600 communes take a while to project) and labels. No DOM: the element resolves
 * colours and type size and hands them in.
 */
import { classify, parseThresholds } from "../../data/figures/classify.js";
import type { Classification, ScaleKind } from "../../data/figures/classify.js";
import { joinFigures } from "../../data/figures/join.js";
import type { JoinResult } from "../../data/figures/join.js";
import type { ConsistencyWarning } from "../../data/warnings.js";
import type { IndicatorFeed, LocalizedText } from "../../data/schema.js";
import type { Boundaries, MapUnit } from "./boundaries.js";
import { mapLabels } from "./labels.js";
import type { Label } from "./labels.js";
import { layoutMap } from "./projection.js";
import type { MapLayout } from "./projection.js";

export interface MapInputs {
  feed: IndicatorFeed | null;
  warnings: readonly ConsistencyWarning[];
  boundaries: Boundaries | null;
  indicator: string | null;
  join: "code" | "name";
  scale: ScaleKind;
  thresholds: string | null;
  bins: number;
  targetBand: number;
  /** Size of the map area in px; below 10 × 10 nothing is laid out. */
  width: number;
  height: number;
  /** Unit to fit the projection to, or `null`. */
  zoomCode: string | null;
  /** Changes whenever the resolved palette may have (theme, page tokens, reconnection). */
  paletteKey: unknown;
}

/** What the model needs from the element's styles. */
export interface MapStyle {
  /** Resolved colour of each class, in class order. */
  classColors(classes: Classification): string[];
  /** Label type size in px. */
  labelPx(): number;
}

/** True when the two lists hold the same values, item by item. */
function same(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

export class MapModel {
  joined: JoinResult | null = null;
  classes: Classification | null = null;
  /** Resolved colour of each class, in class order. */
  colors: readonly string[] = [];
  /** Fill of each unit (aligned with the boundaries' units); `null` = no data. */
  fills: readonly (string | null)[] = [];
  layout: MapLayout | null = null;
  labels: readonly Label[] = [];
  /** Names of the feed's units (and the publisher's), by code. */
  names = new Map<string, LocalizedText>();
  /** How many times geometry was projected; a recolour must not add one (tests read it). */
  layoutBuilds = 0;

  #joinKey: unknown[] = [];
  #classKey: unknown[] = [];
  #fillKey: unknown[] = [];
  #layoutKey: unknown[] = [];
  #labelKey: unknown[] = [];

  /** The boundaries' units, none before they arrive. */
  units: readonly MapUnit[] = [];

  update(input: MapInputs, style: MapStyle): void {
    const { feed, boundaries } = input;
    this.units = boundaries?.units ?? [];
    const joinKey = [feed, input.warnings, boundaries, input.indicator, input.join];
    if (!same(joinKey, this.#joinKey)) {
      this.#joinKey = joinKey;
      this.joined =
        feed && boundaries
          ? joinFigures(feed, boundaries.units, {
              indicator: input.indicator,
              join: input.join,
              warnings: input.warnings,
            })
          : null;
      this.names = new Map((feed?.units ?? []).map((unit) => [unit.code, unit.name]));
      if (feed) this.names.set(feed.publisher.unitCode, feed.publisher.name);
    }
    const classKey = [this.joined, input.scale, input.thresholds, input.bins, input.targetBand];
    if (!same(classKey, this.#classKey)) {
      this.#classKey = classKey;
      // Classes follow the data: a class no unit falls in is a colour to tell apart for nothing
      // (Bắc Giang's 10 districts, asked for 5, made 6 with one empty), so fewer are asked for
      // until each holds a unit; few units, few classes. Two always do: the least and the most.
      for (let bins = input.bins; ; bins--) {
        const classes = classify(this.joined?.figures ?? [], input.scale, {
          bins,
          thresholds: parseThresholds(input.thresholds),
          target: this.#indicatorTarget(),
          band: input.targetBand > 0 ? input.targetBand : 5,
        });
        this.classes = classes;
        if (
          !(bins > 2) ||
          classes.kind != "sequential" ||
          classes.classes.every((_, i) => classes.bins.includes(i))
        )
          break;
      }
    }
    const fillKey = [this.classes, input.paletteKey];
    if (!same(fillKey, this.#fillKey)) {
      this.#fillKey = fillKey;
      const classes = this.classes;
      const colors = classes ? style.classColors(classes) : [];
      this.colors = colors;
      this.fills = (classes?.bins ?? []).map((bin) => (bin == null ? null : (colors[bin] ?? null)));
    }
    this.#syncLayout(input);
    const labelKey = [this.layout, this.fills];
    if (!same(labelKey, this.#labelKey)) {
      this.#labelKey = labelKey;
      this.labels = this.layout
        ? mapLabels(this.layout, this.units, this.classes, this.fills, style.labelPx())
        : [];
    }
  }

  /** The indicator's target, else the first figure's (the map's scale has one target). */
  #indicatorTarget(): number | null {
    const indicator = this.joined?.indicator;
    if (!indicator) return null;
    return (
      indicator.target ??
      this.joined?.figures.find((figure) => figure?.target != null)?.target ??
      null
    );
  }

  #syncLayout({ boundaries, width, height, zoomCode }: MapInputs): void {
    if (!boundaries || width < 10 || height < 10) {
      this.layout = null;
      this.#layoutKey = [];
      return;
    }
    // New boundaries need a new layout, same box or not.
    const key = [boundaries, width, height, zoomCode];
    if (this.layout && same(key, this.#layoutKey)) return;
    this.#layoutKey = key;
    this.layout = layoutMap(boundaries, width, height, zoomCode);
    this.layoutBuilds++;
  }
}
