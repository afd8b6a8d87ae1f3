/**
 * What the status panel's polite live region says: each change of a subsystem's mode, freshness
 * or health, once, a few at a time — never the whole wall on the first render or when another
 * indicator is shown. Pure, no DOM: a diff of signatures between two moments.
 */
import type { Freshness, SubsystemRow } from "../../data/figures/status.js";
import type { Locale } from "../../data/format.js";
import type { StatusPanelMessages } from "./messages.js";

export interface Announcement {
  /** Stable key for `repeat()`. */
  id: number;
  text: string;
}

/** At most this many announcements stay in the region (older ones have been read). */
const MAX_ANNOUNCEMENTS = 3;
/** A change of more subsystems than this is summed up ("và 6 thay đổi khác"). */
const MAX_CHANGES_SPOKEN = 4;

export class ChangeAnnouncer {
  /** The announcements to render, oldest first. */
  announcements: Announcement[] = [];
  #scope = "";
  #spoken = new Map<string, string>();
  #lastId = 0;

  /**
   * Compares each row's state with the one announced last and adds an announcement for the
   * changes. `scope` names what is shown (feed and indicator): a new scope starts afresh,
   * silently. `freshnessOf(row)` is the row's freshness now.
   */
  update(
    scope: string,
    rows: readonly SubsystemRow[],
    freshnessOf: (row: SubsystemRow) => Freshness,
    m: StatusPanelMessages,
    locale: Locale,
  ): void {
    const first = scope !== this.#scope;
    this.#scope = scope;
    const changes: string[] = [];
    const next = new Map<string, string>();
    for (const row of rows) {
      const { mode, health } = row.subsystem;
      const state = freshnessOf(row);
      const signature = `${mode}|${state}|${health ?? ""}`;
      next.set(row.key, signature);
      const before = this.#spoken.get(row.key);
      if (first || before === undefined || before === signature) continue;
      const [beforeMode] = before.split("|");
      const what =
        beforeMode !== mode
          ? `${m.mode[mode]} (${m.freshness[state].toLocaleLowerCase(locale)})`
          : state === "offline" && health === "down"
            ? m.health.down
            : m.freshness[state];
      changes.push(m.change(row.label, what));
    }
    this.#spoken = next;
    if (!changes.length) return;
    const spoken = changes.slice(0, MAX_CHANGES_SPOKEN);
    if (changes.length > spoken.length) spoken.push(m.moreChanges(changes.length - spoken.length));
    this.#lastId += 1;
    this.announcements = [
      ...this.announcements.slice(1 - MAX_ANNOUNCEMENTS),
      { id: this.#lastId, text: spoken.join("; ") },
    ];
  }
}
