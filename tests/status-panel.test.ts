import { expect, fixture, html, oneEvent } from "@open-wc/testing";
import { emulateMedia, sendKeys, sendMouse, setViewport } from "@web/test-runner-commands";
import "./support/guard.js";
import { clone, nextFrame, shadowText, takeConsole, until } from "./support/guard.js";
import "../src/components/status-panel/define.js";
import { ChisoStatusPanel } from "../src/components/status-panel/status-panel.element.js";
import { fitGrid } from "../src/components/status-panel/status-panel.draw.js";
import { clockOffset } from "../src/data/clock.js";
import { durationParts } from "../src/data/duration.js";
import { freshness, prepareRows, sortRows } from "../src/data/figures/status.js";
import { defineElement } from "../src/components/shared/define.js";
import type { FeedSnapshot } from "../src/data/feed-hub.js";
import type { IndicatorFeed, StatusIndicator, Subsystem } from "../src/data/schema.js";
import ngheAn from "../fixtures/feeds/nghe-an-2023-07.json";

const NINE_VI = [
  "Kinh tế - Xã hội",
  "Hành chính công",
  "Hệ thống quản lý văn bản điện tử",
  "Hệ thống điều hành Y tế",
  "Hệ thống điều hành Giáo dục",
  "Hệ thống Quản lý phản ánh và tương tác trực tuyến",
  "Hệ thống Du lịch",
  "Hệ thống giám sát An toàn thông tin",
  "Giám sát An ninh trật tự và An toàn giao thông",
];

/** "Hành chính công" was last updated at 16:55 (+07:00) and promises data every 15 minutes. */
const LAST_UPDATE = Date.parse("2023-07-26T16:55:00+07:00");
const MINUTE = 60_000;

/** A clock the test moves by hand. */
function fakeClock(start: number) {
  return {
    time: start,
    now() {
      return this.time;
    },
  };
}

function ioc(feed: unknown): StatusIndicator {
  return (feed as IndicatorFeed).indicators.find((i) => i.kind === "status") as StatusIndicator;
}

/** The Nghệ An feed with its status indicator's subsystems replaced. */
function withSubsystems(subsystems: Subsystem[]): IndicatorFeed {
  const feed = clone(ngheAn) as unknown as IndicatorFeed;
  ioc(feed).subsystems = subsystems;
  return feed;
}

const tiles = (el: Element) => [
  ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>("button.tile"),
];
function tile(el: Element, name: string): HTMLButtonElement {
  const found = tiles(el).find((t) => t.querySelector(".name")?.textContent === name);
  if (!found) throw new Error(`no tile named ${name}`);
  return found;
}
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? "").replace(/\s+/g, " ").trim();
const nameFont = (t: Element) => parseFloat(getComputedStyle(t.querySelector(".name")!).fontSize);
/** `a` lies within `b` (to 0.5 px). */
const inside = (a: DOMRect, b: DOMRect) =>
  a.left >= b.left - 0.5 &&
  a.right <= b.right + 0.5 &&
  a.top >= b.top - 0.5 &&
  a.bottom <= b.bottom + 0.5;
const intersects = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const announcements = (el: Element) => [...el.shadowRoot!.querySelectorAll(".announcements p")];

/** Moves the fake clock and waits for the element's own 1 s tick to show it. */
async function advanceTo(el: ChisoStatusPanel, clock: { time: number }, time: number) {
  clock.time = time;
  el.requestUpdate();
  await el.updateComplete;
}

let serial = 0;
async function script(steps: unknown[]): Promise<string> {
  const name = `status-${Date.now()}-${serial++}`;
  await fetch(`/feeds/script/${name}`, { method: "POST", body: JSON.stringify(steps) });
  return `/feeds/script/${name}`;
}

async function panel(template = html`<chiso-status-panel .data=${ngheAn}></chiso-status-panel>`) {
  return fixture<ChisoStatusPanel>(template);
}

describe("<chiso-status-panel>", () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: "no-preference" });
  });

  it("counts the Nghệ An IOC's modes as the report does: 5 online · 2 manual · 1 simulated · 1 awaiting", async () => {
    const el = await panel();
    const summary = text(el.shadowRoot!.querySelector('[part="summary"]'));
    expect(summary).to.contain("5 trực tuyến · 2 thủ công · 1 mô phỏng · 1 chờ kết nối");
    expect(summary).not.to.contain("ngoại tuyến");
    expect(tiles(el).map((t) => text(t.querySelector(".name")))).to.deep.equal(NINE_VI);
    expect(
      text(tile(el, "Hệ thống giám sát An toàn thông tin").querySelector('[part="mode"]')),
    ).to.equal("Chờ kết nối");
    expect(
      text(
        tile(el, "Giám sát An ninh trật tự và An toàn giao thông").querySelector('[part="mode"]'),
      ),
    ).to.equal("Mô phỏng");
    expect(text(tile(el, "Hệ thống Du lịch").querySelector('[part="mode"]'))).to.equal("Thủ công");
    expect(
      tiles(el).filter((t) => text(t.querySelector('[part="mode"]')) === "Trực tuyến"),
    ).to.have.length(5);
    // Every mode word comes with an icon (colour is never the only cue).
    expect(el.shadowRoot!.querySelectorAll('[part="mode"] svg.icon')).to.have.length(9);
  });

  it("speaks English under lang=en: Online feed, Manual, Simulated, Awaiting connection", async () => {
    const el = await panel(
      html`<chiso-status-panel lang="en" .data=${ngheAn}></chiso-status-panel>`,
    );
    expect(text(el.shadowRoot!.querySelector('[part="summary"]'))).to.contain(
      "5 online · 2 manual · 1 simulated · 1 awaiting connection",
    );
    const modes = new Set(tiles(el).map((t) => text(t.querySelector('[part="mode"]'))));
    expect([...modes].sort()).to.deep.equal([
      "Awaiting connection",
      "Manual",
      "Online feed",
      "Simulated",
    ]);
    expect(tiles(el).map((t) => text(t.querySelector(".name")))).to.include(
      "Public administration",
    );
    expect(
      text(tile(el, "Information-security monitoring system").querySelector('[part="age"]')),
    ).to.equal("no data yet");
  });

  it("turns a PT15M online subsystem stale between 14:59 and 15:01 after its last update", async () => {
    const clock = fakeClock(LAST_UPDATE + 14 * MINUTE + 59_000);
    const el = await panel(
      html`<chiso-status-panel .clock=${clock} .data=${ngheAn}></chiso-status-panel>`,
    );
    const hcc = () => tile(el, "Hành chính công");
    expect(text(hcc().querySelector('[part="state"]'))).to.equal("Đúng hạn");
    expect(text(hcc().querySelector('[part="age"]'))).to.equal("cập nhật 15 phút trước");
    expect(hcc().classList.contains("is-fresh")).to.be.true;
    await advanceTo(el, clock, LAST_UPDATE + 15 * MINUTE + 1_000);
    expect(text(hcc().querySelector('[part="state"]'))).to.equal("Quá hạn cập nhật");
    expect(hcc().classList.contains("is-stale")).to.be.true;
    expect(text(el.shadowRoot!.querySelector(".health-summary"))).to.contain("5 quá hạn cập nhật");
    // The simulated subsystem (16:30, PT1H) is still on time.
    expect(
      text(
        tile(el, "Giám sát An ninh trật tự và An toàn giao thông").querySelector('[part="state"]'),
      ),
    ).to.equal("Đúng hạn");
  });

  it("ticks ages every second by itself, without a new feed", async () => {
    const clock = fakeClock(LAST_UPDATE + 3 * MINUTE);
    // The report is generated at 17:00; a wall whose clock reads 16:58 when it arrives is two
    // minutes slow, and clockOffset() would rightly add them. This wall's clock is right: the
    // feed it receives at 16:58 was generated by then.
    const feed = { ...ngheAn, generatedAt: new Date(clock.time).toISOString() };
    const el = await panel(
      html`<chiso-status-panel .clock=${clock} .data=${feed}></chiso-status-panel>`,
    );
    expect(text(tile(el, "Hành chính công").querySelector('[part="age"]'))).to.equal(
      "cập nhật 3 phút trước",
    );
    clock.time = LAST_UPDATE + 7 * MINUTE;
    await until(
      () =>
        text(tile(el, "Hành chính công").querySelector('[part="age"]')) === "cập nhật 7 phút trước",
      "the 1 s tick",
      2_500,
    );
  });

  it("shows 'Mất tín hiệu' for an offline mode or a subsystem whose health is down", async () => {
    const [first, second, ...rest] = ioc(ngheAn).subsystems as Subsystem[];
    const feed = withSubsystems([
      { ...first!, mode: "offline" },
      { ...second!, health: "down" },
      ...rest,
    ]);
    const clock = fakeClock(LAST_UPDATE + MINUTE);
    const el = await panel(
      html`<chiso-status-panel .clock=${clock} .data=${feed}></chiso-status-panel>`,
    );
    expect(text(tile(el, "Kinh tế - Xã hội").querySelector('[part="mode"]'))).to.equal(
      "Ngoại tuyến",
    );
    expect(text(tile(el, "Kinh tế - Xã hội").querySelector('[part="state"]'))).to.equal(
      "Mất tín hiệu",
    );
    expect(text(tile(el, "Hành chính công").querySelector('[part="mode"]'))).to.equal("Trực tuyến");
    expect(text(tile(el, "Hành chính công").querySelector('[part="state"]'))).to.equal(
      "Mất tín hiệu",
    );
    expect(tile(el, "Hành chính công").classList.contains("is-offline")).to.be.true;
    expect(text(el.shadowRoot!.querySelector(".health-summary"))).to.contain("2 mất tín hiệu");
    expect(text(el.shadowRoot!.querySelector('[part="summary"]'))).to.contain("1 ngoại tuyến");
  });

  it("announces a state change once in a polite live region, not again on later ticks", async () => {
    const clock = fakeClock(LAST_UPDATE + 10 * MINUTE);
    const el = await panel(
      html`<chiso-status-panel .clock=${clock} .data=${ngheAn}></chiso-status-panel>`,
    );
    const region = el.shadowRoot!.querySelector('[aria-live="polite"]')!;
    expect(region, "live region").to.exist;
    expect(announcements(el), "nothing announced on first render").to.have.length(0);

    await advanceTo(el, clock, LAST_UPDATE + 16 * MINUTE);
    expect(announcements(el)).to.have.length(1);
    const first = announcements(el)[0]!;
    expect(text(first)).to.contain("Hành chính công: Quá hạn cập nhật");
    expect(text(first)).to.contain("và 1 thay đổi khác"); // five crossed together; four are named

    for (const minutes of [17, 18, 30]) await advanceTo(el, clock, LAST_UPDATE + minutes * MINUTE);
    expect(announcements(el), "later ticks add nothing").to.have.length(1);
    expect(announcements(el)[0]).to.equal(first);

    // A new feed where Tourism went online: one more announcement, naming the new mode.
    const feed = clone(ngheAn) as unknown as IndicatorFeed;
    const tourism = ioc(feed).subsystems.find((s) => s.id === "du-lich")!;
    tourism.mode = "online";
    el.data = feed;
    await el.updateComplete;
    expect(announcements(el)).to.have.length(2);
    expect(text(announcements(el)[1])).to.equal("Hệ thống Du lịch: Trực tuyến (đúng hạn)");
    await advanceTo(el, clock, LAST_UPDATE + 31 * MINUTE);
    expect(announcements(el)).to.have.length(2);
  });

  it("corrects a slow viewer clock with the feed's generatedAt (no server Date header)", async () => {
    // The wall's clock is four minutes behind: the feed says it was generated 4 min from "now".
    const generated = Date.now() + 4 * MINUTE;
    const feed = clone(ngheAn) as unknown as IndicatorFeed;
    feed.generatedAt = new Date(generated).toISOString();
    ioc(feed).subsystems[1]!.lastUpdated = new Date(generated - 5 * MINUTE).toISOString();
    const el = await panel(html`<chiso-status-panel .data=${feed}></chiso-status-panel>`);
    expect(text(tile(el, "Hành chính công").querySelector('[part="age"]'))).to.equal(
      "cập nhật 5 phút trước",
    );
    expect(text(tile(el, "Hành chính công").querySelector('[part="state"]'))).to.equal("Đúng hạn");
  });

  it("clockOffset() prefers the server's Date header, then a future generatedAt, else 0 (≤ 5 min)", () => {
    const feed = clone(ngheAn) as unknown as IndicatorFeed;
    const generated = Date.parse(feed.generatedAt);
    const snapshot = (clockOffsetMs: number, receivedAt: number): FeedSnapshot => ({
      status: "ok",
      feed,
      warnings: [],
      receivedAt,
      error: null,
      clockOffsetMs,
    });
    expect(clockOffset(snapshot(90_000, generated - 3_600_000))).to.equal(90_000);
    expect(clockOffset(snapshot(0, generated - 4 * MINUTE))).to.equal(4 * MINUTE);
    // An hour "in the future" is the publisher's clock, not ours (issue 22.3).
    expect(clockOffset(snapshot(0, generated - 3_600_000))).to.equal(0);
    expect(clockOffset(snapshot(0, generated + 3_600_000))).to.equal(0);
    expect(clockOffset({ ...snapshot(0, 0), feed: null })).to.equal(0);
  });

  it("keeps the last data through a feed outage under the feed chip saying what failed, and clears it on recovery", async () => {
    const url = await script([
      { fixture: "nghe-an-2023-07" },
      { status: 500 },
      { fixture: "nghe-an-2023-07" },
    ]);
    const el = await panel(
      html`<chiso-status-panel src=${url} refresh-interval="1"></chiso-status-panel>`,
    );
    await until(() => tiles(el).length === 9, "first load");
    const chip = () => el.shadowRoot!.querySelector('[part="feed-state"]');
    expect(chip()).to.be.null;
    const failed = oneEvent(el, "chiso-feed-error");
    const event = await failed;
    expect(event.detail.stale).to.be.true;
    await until(() => chip(), "the chip");
    expect(text(chip()!.querySelector("summary"))).to.match(
      /^⚠ Máy chủ gặp lỗi · số liệu nhận \d+ giây trước · thử lại lúc \d\d:\d\d:\d\d$/,
    );
    expect(text(chip()!.querySelector(".chip-panel"))).to.contain("HTTP 500");
    expect(tiles(el), "last good data stays").to.have.length(9);
    expect(text(el.shadowRoot!.querySelector('[part="summary"]'))).to.contain("5 trực tuyến");
    await expect(el).to.be.accessible();
    // The hub retries after ~2 s of back-off; the chip goes by itself.
    await until(() => !chip(), "recovery", 6_000);
    expect(tiles(el)).to.have.length(9);
  });

  it("renders 500 subsystems at legible type, scrolls the grid (not the element) and keeps the same tiles across ticks", async () => {
    const base = ioc(ngheAn).subsystems as Subsystem[];
    const many = Array.from({ length: 500 }, (_, i) => ({
      ...base[i % base.length]!,
      id: `s-${i}`,
      label: `Phân hệ ${i + 1}`,
    }));
    const clock = fakeClock(LAST_UPDATE + 10 * MINUTE);
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 1280px; height: 720px">
        <chiso-status-panel
          theme="ioc"
          .clock=${clock}
          .data=${withSubsystems(many)}
        ></chiso-status-panel>
      </div>`,
    );
    const el = wrapper.querySelector("chiso-status-panel")!;
    await until(() => el.shadowRoot!.querySelector(".grid.fitted"), "grid fit");
    await el.updateComplete;
    expect(tiles(el)).to.have.length(500);
    expect(text(el.shadowRoot!.querySelector('[part="summary"]'))).to.contain("279 trực tuyến");
    // 500 do not fit 1280×720 at 12 px (they had 6 px, issue 19): the grid scrolls, the element
    // keeps its box, and the last tile can be scrolled to.
    const grid = el.shadowRoot!.querySelector<HTMLElement>(".grid")!;
    expect(grid.scrollHeight).to.be.above(grid.clientHeight);
    expect(el.scrollHeight).to.be.at.most(el.clientHeight + 1);
    for (const t of tiles(el)) expect(nameFont(t)).to.be.at.least(12);
    const last = tiles(el).at(-1)!;
    last.scrollIntoView({ block: "nearest" });
    await nextFrame();
    expect(inside(last.getBoundingClientRect(), grid.getBoundingClientRect())).to.be.true;
    const before = tiles(el);
    await advanceTo(el, clock, LAST_UPDATE + 16 * MINUTE);
    // The same tiles, updated in place (how fast: `npm run bench`, 500 subsystems).
    expect(tiles(el)).to.deep.equal(before);
    expect(tiles(el).filter((t) => t.classList.contains("is-stale"))).to.have.length(279);
  });

  it("fills a 1920×1080 wall cell with nine tiles in a 3 × 3 grid of large type", async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 1920px; height: 1080px">
        <chiso-status-panel theme="ioc" .data=${ngheAn}></chiso-status-panel>
      </div>`,
    );
    const el = wrapper.querySelector("chiso-status-panel")!;
    const grid = (await until(
      () => el.shadowRoot!.querySelector<HTMLElement>(".grid.fitted"),
      "fit",
    ))!;
    await nextFrame();
    expect(el.getBoundingClientRect().height).to.be.closeTo(1080, 1);
    expect(grid.style.getPropertyValue("--_cols").trim()).to.equal("3");
    expect(parseFloat(getComputedStyle(tiles(el)[0]!).fontSize), "type legible at 5 m").to.be.above(
      32,
    );
    expect(grid.scrollHeight).to.be.at.most(grid.clientHeight + 1);
  });

  it("with fit, pages tiles too small to read (at most 5 pages) with a pause button, and keeps nine on one page", async () => {
    await emulateMedia({ reducedMotion: "reduce" });
    const base = ioc(ngheAn).subsystems as Subsystem[];
    const many = Array.from({ length: 200 }, (_, i) => ({
      ...base[i % base.length]!,
      id: `s-${i}`,
      label: `Phân hệ ${i + 1}`,
    }));
    // The wall's status cell at 1920×1080.
    const cell = (feed: unknown) =>
      fixture<HTMLDivElement>(
        html`<div style="width: 624px; height: 1004px">
          <chiso-status-panel fit theme="ioc" .data=${feed}></chiso-status-panel>
        </div>`,
      );
    const wrapper = await cell(withSubsystems(many));
    const el = wrapper.querySelector("chiso-status-panel")!;
    const root = el.shadowRoot!;
    await until(() => root.querySelector('[part="pager"]'), "pager");
    await nextFrame();
    await el.updateComplete;
    const page = () => text(root.querySelector(".pager-page"));
    const pages = Number(/^Trang 1\/(\d)$/.exec(page())?.[1]);
    expect(pages).to.be.within(2, 5);
    const shown = tiles(el);
    expect(shown.length).to.equal(Math.ceil(200 / pages));
    expect(text(root.querySelector(".pager-shown"))).to.equal(`Phân hệ 1–${shown.length} / 200`);
    // Type at least ¾ of the element's, which follows the cell; every tile inside the element.
    const em = parseFloat(getComputedStyle(root.querySelector(".panel")!).fontSize);
    expect(parseFloat(getComputedStyle(shown[0]!).fontSize)).to.be.at.least(0.75 * em - 0.1);
    const box = el.getBoundingClientRect();
    for (const t of shown) expect(t.getBoundingClientRect().bottom).to.be.at.most(box.bottom + 1);
    // Reduced motion: paused, turned by hand; the viewer can start it.
    const toggle = root.querySelector<HTMLButtonElement>(".pager-toggle")!;
    expect(text(toggle)).to.contain("Tiếp tục");
    root.querySelector<HTMLButtonElement>('[aria-label="Trang sau"]')!.click();
    await el.updateComplete;
    expect(page()).to.equal(`Trang 2/${pages}`);
    expect(text(tiles(el)[0]!.querySelector(".name"))).to.equal(`Phân hệ ${shown.length + 1}`);
    toggle.click();
    await el.updateComplete;
    expect(text(toggle)).to.contain("Tạm dừng");
    await expect(el).to.be.accessible();
    // Nine subsystems fill the same cell on one page: no pager.
    const nine = (await cell(ngheAn)).querySelector("chiso-status-panel")!;
    await until(() => nine.shadowRoot!.querySelector(".grid.fitted"), "fit");
    await nextFrame();
    await nine.updateComplete;
    expect(tiles(nine)).to.have.length(9);
    expect(nine.shadowRoot!.querySelector('[part="pager"]')).to.be.null;
  });

  it("sorts by name, by mode and by staleness (most overdue first)", async () => {
    const clock = fakeClock(LAST_UPDATE + 20 * MINUTE);
    const el = await panel(
      html`<chiso-status-panel sort="name" .clock=${clock} .data=${ngheAn}></chiso-status-panel>`,
    );
    const names = () => tiles(el).map((t) => text(t.querySelector(".name")));
    expect(names()).to.deep.equal([...NINE_VI].sort(new Intl.Collator("vi").compare));
    el.sort = "mode";
    await el.updateComplete;
    expect(tiles(el).map((t) => text(t.querySelector('[part="mode"]')))).to.deep.equal([
      ...Array(5).fill("Trực tuyến"),
      "Thủ công",
      "Thủ công",
      "Mô phỏng",
      "Chờ kết nối",
    ]);
    el.sort = "staleness";
    await el.updateComplete;
    // The five overdue online feeds first, the one awaiting its connection (no promise) last.
    expect(
      tiles(el)
        .slice(0, 5)
        .every((t) => t.classList.contains("is-stale")),
    ).to.be.true;
    expect(names()[0]).to.equal("Hành chính công");
    expect(names()[5]).to.equal("Giám sát An ninh trật tự và An toàn giao thông");
    expect(names().at(-1)).to.equal("Hệ thống giám sát An toàn thông tin");
  });

  it("groups by mode with a heading and count per mode, and by the feed's group with 'Khác' last", async () => {
    const el = await panel(
      html`<chiso-status-panel group-by="mode" .data=${ngheAn}></chiso-status-panel>`,
    );
    const headings = () => [...el.shadowRoot!.querySelectorAll(".group-title")].map(text);
    expect(headings()).to.deep.equal(["Trực tuyến 5", "Thủ công 2", "Mô phỏng 1", "Chờ kết nối 1"]);
    const subsystems = (ioc(ngheAn).subsystems as Subsystem[]).map((s, i) =>
      i < 3 ? { ...s, group: { vi: "Chính quyền số", en: "Digital government" } } : s,
    );
    el.data = withSubsystems(subsystems);
    el.groupBy = "group";
    await el.updateComplete;
    expect(headings()).to.deep.equal(["Chính quyền số 3", "Khác 6"]);
  });

  it("opens a subsystem's details from the keyboard, fires chiso-subsystem-select, and Escape closes them", async () => {
    const clock = fakeClock(LAST_UPDATE + 7 * MINUTE);
    const el = await panel(
      html`<chiso-status-panel layout="list" .clock=${clock} .data=${ngheAn}></chiso-status-panel>`,
    );
    const button = tile(el, "Hành chính công");
    button.focus();
    const selected = oneEvent(el, "chiso-subsystem-select");
    await sendKeys({ press: "Enter" });
    const event = await selected;
    expect(event.detail.subsystem.id).to.equal("hanh-chinh-cong");
    await el.updateComplete;
    const detail = el.shadowRoot!.querySelector('[part="detail"]')!;
    expect(text(detail)).to.contain("16:55 26/07/2023 (7 phút trước)");
    expect(text(detail)).to.contain("15 phút một lần");
    expect(text(detail)).to.contain("Đúng hạn");
    expect(text(detail)).to.contain("552/BC-TCT, Mục II.2.6");
    expect(text(detail)).to.contain("05 phân hệ lấy số liệu online: Hành chính công");
    expect(button.getAttribute("aria-expanded")).to.equal("true");
    expect(el.shadowRoot!.activeElement).to.equal(detail);
    await expect(el).to.be.accessible();
    await sendKeys({ press: "Escape" });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="detail"]')).to.be.null;
    expect(el.shadowRoot!.activeElement).to.equal(tile(el, "Hành chính công"));
    expect(tile(el, "Hành chính công").getAttribute("aria-expanded")).to.equal("false");
  });

  it("says what a simulated subsystem is, and dates an update older than a month, in vi and en (issue 13.4)", async () => {
    // Years after the report: the simulated subsystem's 16:30 26/07/2023 is 1.225 days old.
    const clock = fakeClock(Date.parse("2026-12-02T10:00:00+07:00"));
    const feed = clone(ngheAn) as unknown as IndicatorFeed;
    // A manual subsystem last updated 40 days ago, another 3 days ago; late at night in UTC,
    // the next morning in Viet Nam (the date is Viet Nam's).
    const [first, second] = ioc(feed).subsystems.filter((s) => s.mode === "manual");
    first!.lastUpdated = "2026-10-23T20:00:00Z";
    second!.lastUpdated = new Date(clock.time - 3 * 86_400_000).toISOString();
    const simulated = "Giám sát An ninh trật tự và An toàn giao thông";
    const age = (el: Element, name: string) => text(tile(el, name).querySelector('[part="age"]'));
    const vi = await panel(
      html`<chiso-status-panel .clock=${clock} .data=${feed}></chiso-status-panel>`,
    );
    expect(age(vi, simulated)).to.equal("Dữ liệu mô phỏng");
    // Both updates are after the 2023 feed was written: a consistency warning, marked on the tile.
    expect(age(vi, "Kinh tế - Xã hội")).to.equal("cập nhật 24/10/2026 ⚠ Cảnh báo");
    expect(age(vi, "Hệ thống Du lịch")).to.equal("cập nhật 3 ngày trước ⚠ Cảnh báo");
    // Nowhere a count of thousands of days: not on a tile, not in the text fallback.
    expect(shadowText(vi)).not.to.match(/\d\.\d{3} ngày/);
    // The details give the time, without an age that says nothing.
    tile(vi, "Kinh tế - Xã hội").click();
    await vi.updateComplete;
    const detail = text(vi.shadowRoot!.querySelector('[part="detail"]'));
    expect(detail).to.contain("03:00 24/10/2026");
    expect(detail).not.to.contain("ngày trước");
    const en = await panel(
      html`<chiso-status-panel lang="en" .clock=${clock} .data=${feed}></chiso-status-panel>`,
    );
    const simulatedEn = "Public order and traffic-safety monitoring";
    expect(age(en, simulatedEn)).to.equal("Simulated data");
    expect(age(en, "Economy and society")).to.equal("updated 24 Oct 2026 ⚠ Warning");
    expect(shadowText(en)).not.to.match(/\d,\d{3} days/);
  });

  it("fires no event when the owner sets data, sort, grouping or layout", async () => {
    const events: string[] = [];
    const el = await panel(
      html`<chiso-status-panel
        @chiso-subsystem-select=${() => events.push("select")}
        @chiso-data=${() => events.push("data")}
        .data=${ngheAn}
      ></chiso-status-panel>`,
    );
    el.sort = "name";
    el.groupBy = "mode";
    el.layout = "list";
    el.data = clone(ngheAn);
    await el.updateComplete;
    expect(events).to.deep.equal([]);
  });

  it("shifts its content by 2 px against burn-in with pixel-shift, and not under reduced motion", async () => {
    class QuickShift extends ChisoStatusPanel {
      protected override get pixelShiftMs(): number {
        return 40;
      }
    }
    defineElement("chiso-status-panel-quick-shift", QuickShift);
    const el = await fixture<QuickShift>(
      html`<chiso-status-panel-quick-shift
        pixel-shift
        .data=${ngheAn}
      ></chiso-status-panel-quick-shift>`,
    );
    const panelEl = () => el.shadowRoot!.querySelector<HTMLElement>(".panel")!;
    await until(() => panelEl().style.transform.includes("2px"), "a shift step");
    el.pixelShift = false;
    await el.updateComplete;
    expect(panelEl().style.transform).to.equal("");
    await emulateMedia({ reducedMotion: "reduce" });
    el.pixelShift = true;
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 200));
    await el.updateComplete;
    expect(getComputedStyle(panelEl()).transform).to.equal("none");
  });

  it("names an unknown indicator instead of rendering nothing", async () => {
    const el = await panel(
      html`<chiso-status-panel indicator="nope" .data=${ngheAn}></chiso-status-panel>`,
    );
    expect(shadowText(el)).to.contain("Chưa có số liệu");
    expect(el.getAttribute("config-problem")).to.contain(
      'Không tìm thấy chỉ tiêu "nope" (loại status) trong nguồn dữ liệu. Giá trị có số liệu của thuộc tính indicator: ioc',
    );
    expect(takeConsole()).to.have.length(1);
  });

  for (const theme of ["light", "ioc"] as const)
    for (const layout of ["tiles", "list"] as const)
      it(`is accessible (axe) in the ${theme} theme, ${layout} layout, with stale and offline tiles`, async () => {
        const [first, ...rest] = ioc(ngheAn).subsystems as Subsystem[];
        const feed = withSubsystems([{ ...first!, health: "down" }, ...rest]);
        const clock = fakeClock(LAST_UPDATE + 20 * MINUTE);
        const el = await panel(
          html`<chiso-status-panel
            theme=${theme}
            layout=${layout}
            group-by="mode"
            .clock=${clock}
            .data=${feed}
          ></chiso-status-panel>`,
        );
        expect(tiles(el).some((t) => t.classList.contains("is-stale"))).to.be.true;
        await expect(el).to.be.accessible();
      });

  it("is accessible while loading and after a load error", async () => {
    const slow = await script([{ fixture: "nghe-an-2023-07", delayMs: 1_500 }]);
    const loading = await panel(
      html`<chiso-status-panel theme="ioc" src=${slow}></chiso-status-panel>`,
    );
    expect(shadowText(loading)).to.contain("Đang tải dữ liệu");
    await expect(loading).to.be.accessible();
    const broken = await script([{ status: 503 }]);
    const failed = await panel(html`<chiso-status-panel src=${broken}></chiso-status-panel>`);
    await until(() => shadowText(failed).includes("Không tải được dữ liệu"), "error");
    await expect(failed).to.be.accessible();
    takeConsole();
  });
});

/** What the audit of issue 19 measured: type, targets, reflow, text spacing, the overlay. */
describe("<chiso-status-panel> for every visitor (issue 19)", () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  /** `n` subsystems with the Nghệ An IOC's names (long ones included), "· Tỉnh k" added. */
  const numerous = (n: number) => {
    const base = ioc(ngheAn).subsystems as Subsystem[];
    return withSubsystems(
      Array.from({ length: n }, (_, i) => ({
        ...base[i % base.length]!,
        id: `s-${i}`,
        label: `${(base[i % base.length]!.label as { vi: string }).vi ?? base[i % base.length]!.label} · Tỉnh ${Math.floor(i / 15) + 1}`,
      })),
    );
  };

  /** A panel in a box of `style`, once its grid is fitted and laid out. */
  async function boxed(style: string, feed: unknown = ngheAn, theme = "light") {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style=${style}>
        <chiso-status-panel theme=${theme} .data=${feed}></chiso-status-panel>
      </div>`,
    );
    const el = wrapper.querySelector("chiso-status-panel")!;
    await settled(el);
    return el;
  }
  async function settled(el: ChisoStatusPanel) {
    await until(() => el.shadowRoot!.querySelector(".grid.fitted"), "grid fit");
    for (let i = 0; i < 3; i++) {
      await nextFrame();
      await new Promise((resolve) => setTimeout(resolve, 20));
      await el.updateComplete;
    }
  }
  const grid = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>(".grid")!;

  it("keeps tile names at 12 px or more, on two lines, in a 480 px card and in a 510-tile grid, with 24 × 24 px targets", async () => {
    for (const theme of ["light", "ioc"]) {
      const card = await boxed("width: 480px", ngheAn, theme);
      for (const t of tiles(card)) expect(nameFont(t), `${theme}: ${text(t)}`).to.be.at.least(12);
      // A long name wraps to a second line instead of "Hệ thống…".
      const name = tile(card, "Hệ thống quản lý văn bản điện tử").querySelector(".name")!;
      const lineHeight = parseFloat(getComputedStyle(name).lineHeight);
      expect(name.getBoundingClientRect().height, theme).to.be.above(1.5 * lineHeight);
    }
    const wall = await boxed("width: 1280px; height: 900px", numerous(510));
    expect(wall.shadowRoot!.querySelector(".dense"), "dense tiles").to.exist;
    expect(tiles(wall)).to.have.length(500);
    for (const t of tiles(wall)) {
      expect(nameFont(t)).to.be.at.least(12);
      const { width, height } = t.getBoundingClientRect();
      expect(width, "target width (WCAG 2.5.8)").to.be.at.least(24);
      expect(height, "target height (WCAG 2.5.8)").to.be.at.least(24);
    }
  });

  it("reflows at 320 px (400 % zoom): fewer columns, the grid below the header, every tile reachable", async () => {
    await setViewport({ width: 320, height: 640 });
    for (const feed of [ngheAn, numerous(60)]) {
      const el = await boxed("", feed);
      const header = el.shadowRoot!.querySelector(".header")!.getBoundingClientRect();
      const box = grid(el).getBoundingClientRect();
      expect(Number(grid(el).style.getPropertyValue("--_cols"))).to.be.within(1, 3);
      // The element makes room for the grid under the header (it held the title only).
      expect(box.top).to.be.at.least(header.bottom);
      expect(box.height).to.be.at.least(120);
      expect(el.getBoundingClientRect().bottom).to.be.at.least(box.bottom - 0.5);
      for (const t of tiles(el)) {
        t.scrollIntoView({ block: "nearest" });
        expect(inside(t.getBoundingClientRect(), grid(el).getBoundingClientRect()), text(t)).to.be
          .true;
        expect(t.getBoundingClientRect().width).to.be.at.most(320);
        expect(nameFont(t)).to.be.at.least(12);
      }
    }
  });

  it("keeps names off the mode row and loses no line under WCAG text spacing (1.4.12)", async () => {
    for (const style of ["width: 960px", "width: 480px", "width: 1920px; height: 1080px"]) {
      const el = await boxed(style);
      const spacing = document.createElement("style");
      spacing.textContent = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
        word-spacing: 0.16em !important } p { margin-bottom: 2em !important }`;
      el.shadowRoot!.append(spacing);
      await settled(el);
      for (const t of tiles(el)) {
        const name = t.querySelector(".name")!.getBoundingClientRect();
        const mode = t.querySelector<HTMLElement>('[part="mode"]')!;
        if (mode.offsetParent)
          expect(name.bottom, `${style}: ${text(t)}`).to.be.at.most(
            mode.getBoundingClientRect().top + 0.5,
          );
        // Rows grow with the text (the grid scrolls): nothing cut at a tile's bottom.
        expect(t.scrollHeight, `${style}: ${text(t)}`).to.be.at.most(t.clientHeight + 1);
      }
    }
  });

  it("does not clip an edge tile's focus ring", async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 960px">
        <button>before</button>
        <chiso-status-panel theme="ioc" .data=${ngheAn}></chiso-status-panel>
      </div>`,
    );
    const el = wrapper.querySelector("chiso-status-panel")!;
    await settled(el);
    wrapper.querySelector("button")!.focus();
    await sendKeys({ press: "Tab" });
    const first = tiles(el)[0]!;
    expect(el.shadowRoot!.activeElement).to.equal(first);
    const style = getComputedStyle(first);
    const ring = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
    expect(style.outlineStyle).to.equal("solid");
    const r = first.getBoundingClientRect();
    const ringBox = new DOMRect(r.x - ring, r.y - ring, r.width + 2 * ring, r.height + 2 * ring);
    // The grid is what clips (it scrolls); the ring lies inside it.
    expect(inside(ringBox, grid(el).getBoundingClientRect())).to.be.true;
  });

  it("keeps the focused tile visible: focus goes into the overlay, nothing under it takes focus, and it comes back (2.4.11)", async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 960px">
        <button>before</button>
        <chiso-status-panel theme="ioc" .data=${ngheAn}></chiso-status-panel>
        <button>after</button>
      </div>`,
    );
    const el = wrapper.querySelector("chiso-status-panel")!;
    await settled(el);
    const root = el.shadowRoot!;
    // The bottom-right tile, under where the overlay opens.
    const corner = tiles(el).at(-1)!;
    corner.focus();
    await sendKeys({ press: "Enter" });
    await el.updateComplete;
    const detail = root.querySelector<HTMLElement>('[part="detail"]')!;
    expect(root.activeElement).to.equal(detail);
    expect(intersects(corner.getBoundingClientRect(), detail.getBoundingClientRect())).to.be.true;
    // Backwards and forwards from the overlay: a focused element inside the panel is never one
    // the overlay covers.
    for (const press of ["Shift+Tab", "Tab", "Tab", "Tab", "Shift+Tab", "Shift+Tab", "Shift+Tab"]) {
      if (press === "Shift+Tab") {
        await sendKeys({ down: "Shift" });
        await sendKeys({ press: "Tab" });
        await sendKeys({ up: "Shift" });
      } else await sendKeys({ press });
      const focused = root.activeElement as HTMLElement | null;
      if (focused && !detail.contains(focused))
        expect(
          intersects(focused.getBoundingClientRect(), detail.getBoundingClientRect()),
          `${press}: ${text(focused)}`,
        ).to.be.false;
    }
    // Escape closes it and gives focus back to its tile, now uncovered.
    detail.focus();
    await sendKeys({ press: "Escape" });
    await el.updateComplete;
    expect(root.querySelector('[part="detail"]')).to.be.null;
    expect(root.activeElement).to.equal(corner);
    // A click on a tile beside the open overlay closes it (what it may cover is inert).
    await sendKeys({ press: "Enter" });
    await el.updateComplete;
    const first = tiles(el)[0]!.getBoundingClientRect();
    await sendMouse({
      type: "click",
      position: [Math.round(first.x + first.width / 2), Math.round(first.y + first.height / 2)],
    });
    await el.updateComplete;
    expect(root.querySelector('[part="detail"]')).to.be.null;
    await sendMouse({ type: "move", position: [0, 0] });
  });

  it("follows fit when it is set and removed after the first render", async () => {
    await emulateMedia({ reducedMotion: "reduce" });
    const el = await boxed("width: 624px; height: 1004px", numerous(200), "ioc");
    const pager = () => el.shadowRoot!.querySelector('[part="pager"]');
    expect(pager()).to.be.null;
    el.setAttribute("fit", "");
    await until(pager, "pager with fit");
    expect(el.fit).to.be.true;
    el.fit = false;
    await el.updateComplete;
    await settled(el);
    expect(el.hasAttribute("fit")).to.be.false;
    expect(pager()).to.be.null;
    await emulateMedia({ reducedMotion: "no-preference" });
  });
});

describe("status-panel.draw", () => {
  const rows = prepareRows(ioc(ngheAn).subsystems as Subsystem[], (t) =>
    typeof t === "string" ? t : (t?.vi ?? ""),
  );

  it("freshness() is fresh up to the expected interval and stale after it", () => {
    const hcc = rows[1]!;
    expect(freshness(hcc, LAST_UPDATE + 15 * MINUTE)).to.equal("fresh");
    expect(freshness(hcc, LAST_UPDATE + 15 * MINUTE + 1)).to.equal("stale");
    expect(freshness(rows[7]!, LAST_UPDATE)).to.equal("unknown");
  });

  it("sortRows(staleness) does not depend on the time: overdue order is by due time", () => {
    const order = sortRows(rows, "staleness", new Intl.Collator("vi")).map((r) => r.subsystem.id);
    expect(order.slice(0, 5)).to.include.members(["hanh-chinh-cong", "dieu-hanh-y-te"]);
    expect(order.at(-1)).to.equal("an-toan-thong-tin");
    const down = prepareRows(
      [{ ...rows[6]!.subsystem, health: "down" }, rows[1]!.subsystem],
      () => "",
    );
    expect(sortRows(down, "staleness", new Intl.Collator("vi"))[0]!.subsystem.id).to.equal(
      "du-lich",
    );
  });

  it("prepareRows() gives repeated ids unique keys, so a sloppy feed still renders every row", () => {
    const twice = prepareRows(
      [rows[0]!.subsystem, rows[0]!.subsystem, rows[0]!.subsystem],
      () => "",
    );
    expect(new Set(twice.map((row) => row.key)).size).to.equal(3);
  });

  it("durationParts() reads P1M as one month, not 31 days", () => {
    expect(durationParts("P1M")).to.deep.equal([[1, "mo"]]);
    expect(durationParts("PT1H30M")).to.deep.equal([
      [1, "h"],
      [30, "min"],
    ]);
  });

  it("fitGrid() picks 3 × 3 for nine tiles on 1080p, turns dense for 500 on 720p, never below 12 px", () => {
    expect(fitGrid(9, 1920, 1000, 8)).to.include({ cols: 3, rows: 3, dense: false });
    const dense = fitGrid(500, 1280, 640, 8);
    expect(dense.dense).to.be.true;
    expect(dense.cols * dense.rows).to.be.at.least(500);
    // The most columns 8 em tiles of 12 px leave in 1280 px; the grid scrolls their rows.
    expect(dense).to.include({ fontPx: 12, cols: 12 });
    expect(fitGrid(9, 304, 20, 8).fontPx).to.equal(12);
  });
});
