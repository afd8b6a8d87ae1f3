/**
 * A map's drill-down (`drill`): which unit's own map is open, the URL of its boundaries, why one
 * could not be opened, and the breadcrumb back. The upper level stays drawn while a unit's map
 * loads, so a failure is seen by the boundaries not having changed.
 */
import { html, nothing } from "lit";
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from "lit";
import type { ChisoDrillDetail } from "../shared/events/drill.js";
import type { GeoState } from "./boundary-controller.js";
import type { ChoroplethMessages } from "./messages.js";

export interface DrillUnit {
  code: string;
  name: string;
}

export class DrillController implements ReactiveController {
  /** The unit whose own map is shown, or `null` on the upper level. */
  unit: DrillUnit | null = null;
  /** Why the last unit's map could not be opened. */
  error: string | null = null;
  /** The upper level's boundaries while a unit's map loads. */
  #upper: unknown = null;
  readonly #host: ReactiveControllerHost;
  readonly #stepped: (detail: ChisoDrillDetail) => void;

  /** `stepped` is told each step the reader took (the `chiso-drill` event's detail). */
  constructor(host: ReactiveControllerHost, stepped: (detail: ChisoDrillDetail) => void) {
    this.#host = host;
    this.#stepped = stepped;
    host.addController(this);
  }

  hostConnected(): void {}

  /** The boundaries to load: the open unit's (`{code}` in the template), else the upper level's. */
  url(template: string | null, upper: string | null): string | null {
    return this.unit
      ? (template ?? "").replaceAll("{code}", encodeURIComponent(this.unit.code))
      : upper;
  }

  open(unit: DrillUnit, upperBoundaries: unknown): void {
    this.#upper = upperBoundaries;
    this.unit = unit;
    this.error = null;
    this.#host.requestUpdate();
    this.#stepped({ ...unit });
  }

  /** Back to the upper level; returns the code of the unit the reader came from. */
  back(): string | null {
    const from = this.unit?.code ?? null;
    this.unit = null;
    this.#host.requestUpdate();
    this.#stepped({ code: null, name: null });
    return from;
  }

  /** The open unit's map is still loading (the upper level is still drawn). */
  loading(geo: GeoState): boolean {
    return this.unit != null && geo.boundaries === this.#upper;
  }

  /** When the open unit's map failed: back on the upper level, saying why (`true`). */
  settle(geo: GeoState, failed: ChoroplethMessages["drillFailed"]): boolean {
    if (!this.unit || geo.error === null || geo.boundaries !== this.#upper) return false;
    this.error = failed(this.unit.name, geo.error);
    this.unit = null;
    return true;
  }
}

/** The breadcrumb: where the map is, the way back, and what is loading or failed. */
export function drillTrail(
  drill: DrillController,
  loading: boolean,
  m: ChoroplethMessages,
  onBack: () => void,
): TemplateResult {
  const unit = drill.unit;
  return html`<nav class="trail" part="trail" aria-label=${m.drillTrail}>
      ${
        unit
          ? html`<button type="button" @click=${onBack}>${m.drillTop}</button>
              <span aria-hidden="true">›</span>
              <span aria-current="page">${unit.name}</span>`
          : html`<span aria-current="page">${m.drillTop}</span>`
      }
      <span role="status">${loading ? m.loadingMap : ""}</span>
    </nav>
    ${drill.error ? html`<p class="note" part="note">${drill.error}</p>` : nothing}`;
}
