import { expect, fixture, html } from "@open-wc/testing";
import { emulateMedia, sendKeys } from "@web/test-runner-commands";
import "./support/guard.js";
import { clone, nextFrame, shadowText, takeConsole, until } from "./support/guard.js";
import {
  applyTextSpacing,
  axFind,
  axTree,
  overlappingText,
  textOutside,
} from "./support/layout.js";
import "../src/components/funnel/define.js";
import type { ChisoFunnel } from "../src/components/funnel/funnel.element.js";
import type { IndicatorFeed } from "../src/data/schema.js";
import bacGiang from "../fixtures/feeds/bac-giang-2023-02.json";
import binhLong from "../fixtures/feeds/binh-long-2023-09.json";
import dakNong from "../fixtures/feeds/dak-nong-2023-12.json";
import ngheAn from "../fixtures/feeds/nghe-an-2023-07.json";
import quangNgai from "../fixtures/feeds/quang-ngai-2023-07.json";

const text = (element: Element | null | undefined): string =>
  (element?.textContent ?? "").replace(/\s+/g, " ").trim();

const stages = (element: ChisoFunnel, panel = 0): HTMLElement[] => [
  ...element
    .shadowRoot!.querySelectorAll<HTMLElement>(".panel")
    [panel]!.querySelectorAll<HTMLElement>("li.stage"),
];

const width = (element: Element | null): number => element!.getBoundingClientRect().width;

/** Rows of the screen-reader table of a panel, as arrays of cell texts. */
const tableRows = (element: ChisoFunnel, panel = 0): string[][] =>
  [
    ...element.shadowRoot!.querySelectorAll(".panel")[panel]!.querySelectorAll("table tbody tr"),
  ].map((row) => [...row.children].map((cell) => text(cell)));

async function mount(
  feed: unknown,
  attributes: Record<string, string> = {},
  style = "width: 900px",
): Promise<ChisoFunnel> {
  const element = document.createElement("chiso-funnel");
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.setAttribute("style", style);
  element.data = feed;
  const mounted = await fixture<ChisoFunnel>(html`<div>${element}</div>`).then(
    (wrapper) => wrapper.firstElementChild as ChisoFunnel,
  );
  // ResizeObserver reports after layout, and the widget re-renders on the frame after that.
  await nextFrame();
  await nextFrame();
  await mounted.updateComplete;
  return mounted;
}

/** Đắk Nông with a second unit (Gia Nghĩa, code 660) at fixed, made-up counts. */
function dakNongWithGiaNghia(): IndicatorFeed {
  const feed = clone(dakNong) as IndicatorFeed;
  const indicator = feed.indicators[0]!;
  if (indicator.kind !== "funnel") throw new Error("fixture changed: expected a funnel first");
  indicator.observations.push({
    unit: "660",
    quota: 60000,
    stages: { registered: { value: 51000 }, activated: { value: 34000 } },
  });
  return feed;
}

/** Nghệ An's e-ID funnel with eight stages of `first`, 90 %, 80 % … of it. */
function eightStages(first: number): { feed: IndicatorFeed } {
  const feed = clone(ngheAn) as IndicatorFeed;
  const indicator = feed.indicators[2]!;
  if (indicator.kind !== "funnel") throw new Error("fixture changed");
  indicator.stages = Array.from({ length: 8 }, (_, i) => ({ id: `s${i}`, label: `Bước ${i + 1}` }));
  indicator.observations[0]!.stages = Object.fromEntries(
    indicator.stages.map((stage, i) => [stage.id, { value: first - (i * first) / 10 }]),
  );
  return { feed };
}

let serial = 0;
async function script(steps: unknown[]): Promise<string> {
  const name = `funnel-${Date.now()}-${serial++}`;
  await fetch(`/feeds/script/${name}`, { method: "POST", body: JSON.stringify(steps) });
  return `/feeds/script/${name}`;
}

describe("<chiso-funnel>", () => {
  it("shows Nghệ An's counts with rates computed from them against the quota", async () => {
    const element = await mount(ngheAn, { indicator: "eid" });
    const [collected, approved, activated] = stages(element);
    expect(text(collected!.querySelector("[part=value]"))).to.equal("1.763.014");
    // 1.763.014 / 1.708.473 = 103,19 % (the report prints "103.2%").
    expect(text(collected!.querySelector(".percent"))).to.equal("103,19 % chỉ tiêu");
    expect(text(approved!.querySelector("[part=value]"))).to.equal("1.380.407");
    expect(text(approved!.querySelector(".percent"))).to.equal("80,80 % chỉ tiêu");
    expect(text(activated!.querySelector("[part=value]"))).to.equal("1.373.365");
    // The report prints 77,93 %; the counts give 80,39 %.
    expect(text(activated!.querySelector(".percent"))).to.equal("80,39 % chỉ tiêu");
    expect(text(element.shadowRoot!.querySelector("figcaption"))).to.contain(
      "chỉ tiêu chung 1.708.473",
    );
  });

  it("shows conversion and drop-off between consecutive stages", async () => {
    const element = await mount(ngheAn, { indicator: "eid" });
    const [collected, approved, activated] = stages(element);
    expect(collected!.querySelector(".flow")).to.equal(null);
    expect(text(approved!.querySelector(".flow"))).to.equal(
      "78,30 % chuyển tiếp · −382.607 (−21,7 %)",
    );
    expect(text(activated!.querySelector(".flow"))).to.equal(
      "99,49 % chuyển tiếp · −7.042 (−0,5 %)",
    );
  });

  it("draws a drop as a mark pointing down, growth up, and a stage's open state on its chevron", async () => {
    // Drawn marks (::before), not ▸ ↓ ↑ ▲ glyphs, which cost a fallback font each on the first
    // paint: the direction is the mark's turn; screen readers read the figures and aria-expanded.
    const mark = (element: Element | null | undefined) => getComputedStyle(element!, "::before");
    const drop = await mount(ngheAn, { indicator: "eid" });
    const [collected, approved] = stages(drop);
    const flow = mark(approved!.querySelector(".flow"));
    expect(flow.rotate, "down").to.equal("180deg");
    expect(parseFloat(flow.width)).to.be.greaterThan(4);
    const above = mark(collected!.querySelector(".over-flag"));
    expect(above.rotate, "up").to.equal("none");
    expect(parseFloat(above.height)).to.be.greaterThan(4);
    const button = collected!.querySelector<HTMLButtonElement>("button[part=label]")!;
    expect(mark(button).rotate, "closed: pointing right").to.equal("90deg");
    button.click();
    await drop.updateComplete;
    expect(mark(button).rotate, "open: pointing down").to.equal("180deg");
    const growth = await mount(quangNgai, { indicator: "eid-youth-union" });
    expect(mark(stages(growth)[1]!.querySelector(".flow")).rotate, "up").to.equal("none");
    // Under forced colours the marks take the system's text colour, like the words beside them.
    await emulateMedia({ forcedColors: "active" });
    try {
      const flowText = approved!.querySelector(".flow")!;
      expect(mark(flowText).backgroundColor).to.equal(getComputedStyle(flowText).color);
      expect(mark(button).backgroundColor).to.equal(getComputedStyle(button).color);
    } finally {
      await emulateMedia({ forcedColors: "none" });
    }
  });

  it("draws a value above its target past the marker and says so", async () => {
    const element = await mount(ngheAn, { indicator: "eid" });
    const [collected, approved] = stages(element);
    expect(collected!.classList.contains("over")).to.equal(true);
    expect(text(collected!.querySelector("[part=flags]"))).to.contain("vượt chỉ tiêu");
    const bar = collected!.querySelector("[part=bar]")!.getBoundingClientRect();
    const marker = collected!.querySelector("[part=target]")!.getBoundingClientRect();
    expect(bar.right).to.be.greaterThan(marker.right);
    expect(approved!.classList.contains("over")).to.equal(false);
    expect(text(approved!.querySelector("[part=flags]"))).not.to.contain("vượt chỉ tiêu");
  });

  it("flags a printed rate that disagrees with the counts (consistency warning)", async () => {
    const element = await mount(ngheAn, { indicator: "eid" });
    const activated = stages(element)[2]!;
    // The stage's mark says the severity; the text is in its details and the list below.
    expect(text(activated.querySelector("[part=warning-mark]"))).to.equal("⚠ Cảnh báo");
    // The rate that disagrees, the three rates printed with a decimal point (issue 18.5) and the
    // collected stage over its quota (information, issue 18.4).
    expect(text(element.shadowRoot!.querySelector(".warnings summary"))).to.contain(
      "5 cảnh báo về tính nhất quán của số liệu",
    );
    expect(text(element.shadowRoot!.querySelector(".warnings ul"))).to.contain(
      "“103.2%” không viết theo cách Việt Nam",
    );
    expect(text(element.shadowRoot!.querySelector(".warnings ul"))).to.contain(
      "1.763.014 vượt chỉ tiêu 1.708.473 (103,19 %)",
    );
    activated.querySelector("button")!.click();
    await element.updateComplete;
    expect(text(activated.querySelector(".details"))).to.contain("77.93");
    expect(text(activated.querySelector(".details li"))).to.match(/^⚠ Cảnh báo: /);
  });

  it("splits Đắk Nông's stages by level with labels and patterns, not colour alone", async () => {
    const element = await mount(dakNong);
    const [registered, activated] = stages(element);
    expect(text(registered!.querySelector("[part=value]"))).to.equal("342.934");
    expect(text(registered!.querySelector(".levels"))).to.equal("Mức 1 49.530 Mức 2 293.404");
    expect(text(activated!.querySelector(".levels"))).to.equal("Mức 1 39.010 Mức 2 261.005");
    expect(text(element.shadowRoot!.querySelector(".legend"))).to.equal("Mức 1 Mức 2 Chỉ tiêu");
    // 342.934 / 324.898 = 105,55 % (printed "106 %").
    expect(text(registered!.querySelector(".percent"))).to.equal("105,55 % chỉ tiêu");
    const segments = registered!.querySelectorAll(".segment");
    expect(segments.length).to.equal(2);
    const share = width(segments[0]!) / width(registered!.querySelector("[part=bar]"));
    expect(share).to.be.closeTo(49530 / 342934, 0.01);
    expect(getComputedStyle(segments[0]!).backgroundImage).to.contain("gradient");
  });

  it("gives each Bình Long campaign stage its own target", async () => {
    const element = await mount(binhLong, { indicator: "eid-campaign" });
    const [collected, activated] = stages(element);
    expect(text(collected!.querySelector(".figures"))).to.equal(
      "13.236 48,29 % chỉ tiêu chỉ tiêu 27.410",
    );
    expect(text(activated!.querySelector(".figures"))).to.equal(
      "12.855 31,43 % chỉ tiêu chỉ tiêu 40.896",
    );
    expect(text(element.shadowRoot!.querySelector(".campaign"))).to.contain(
      "20/06/2023 – 20/09/2023",
    );
    // Markers sit at each stage's own target on the shared scale (max = 40.896).
    const track = width(collected!.querySelector(".track"));
    const marker = collected!.querySelector("[part=target]")!.getBoundingClientRect();
    const left =
      marker.left +
      marker.width / 2 -
      collected!.querySelector(".track")!.getBoundingClientRect().left;
    expect(left / track).to.be.closeTo(27410 / 40896, 0.01);
  });

  it("shows the health-insurance look-ups funnel's success rate", async () => {
    const element = await mount(bacGiang, { indicator: "bhyt-chip-lookup" });
    const [lookups, successful] = stages(element);
    expect(text(lookups!.querySelector("[part=value]"))).to.equal("448.073");
    expect(text(successful!.querySelector("[part=value]"))).to.equal("289.580");
    expect(text(successful!.querySelector(".flow"))).to.equal(
      "64,63 % chuyển tiếp · −158.493 (−35,4 %)",
    );
  });

  it("shows a stage larger than its predecessor truthfully and flags it", async () => {
    const element = await mount(quangNgai, { indicator: "eid-youth-union" });
    const [collected, activated] = stages(element);
    expect(text(collected!.querySelector("[part=value]"))).to.equal("hơn 5.000");
    expect(text(activated!.querySelector("[part=value]"))).to.equal("hơn 9.000");
    expect(activated!.classList.contains("grows")).to.equal(true);
    expect(text(activated!.querySelector("[part=flags]"))).to.equal("⚠ lớn hơn bước trước");
    expect(text(activated!.querySelector(".flow"))).to.equal(
      "180,00 % chuyển tiếp · +4.000 (+80,0 %)",
    );
    const ratio =
      width(activated!.querySelector("[part=bar]")) / width(collected!.querySelector("[part=bar]"));
    expect(ratio).to.be.closeTo(9000 / 5000, 0.02);
  });

  it("shows stages missing from the observation as missing, never as 0", async () => {
    const element = await mount(bacGiang, { indicator: "eid" });
    const [collected, approved, activated] = stages(element);
    expect(text(collected!.querySelector("[part=value]"))).to.equal("426.462");
    for (const stage of [approved!, activated!]) {
      expect(stage.classList.contains("missing")).to.equal(true);
      expect(text(stage.querySelector("[part=value]"))).to.equal("Chưa có số liệu");
      expect(stage.querySelector("[part=bar]")).to.equal(null);
      expect(stage.querySelector(".flow")).to.equal(null);
    }
    expect(tableRows(element)[1]).to.deep.equal([
      "Bộ Công an đã phê duyệt",
      "Chưa có số liệu",
      "—",
      "—",
      "—",
      "—",
    ]);
    expect(shadowText(element)).not.to.match(/(^|\s)0(\s|$)/);
  });

  it("treats noData and a null value as missing and skips the conversion across them", async () => {
    const feed = clone(ngheAn) as IndicatorFeed;
    const indicator = feed.indicators[2]!;
    if (indicator.kind !== "funnel") throw new Error("fixture changed");
    indicator.observations[0]!.stages.approved = { noData: true };
    const element = await mount(feed, { indicator: "eid" });
    const [, approved, activated] = stages(element);
    expect(text(approved!.querySelector("[part=value]"))).to.equal("Chưa có số liệu");
    expect(activated!.querySelector(".flow")).to.equal(null);
    expect(text(activated!.querySelector("[part=value]"))).to.equal("1.373.365");
  });

  it("switches the percentage basis between target, first and previous stage", async () => {
    const element = await mount(ngheAn, { indicator: "eid" });
    element.basis = "first";
    await element.updateComplete;
    let [collected, approved, activated] = stages(element);
    expect(text(collected!.querySelector(".percent"))).to.equal("100,00 % so với bước đầu");
    expect(text(approved!.querySelector(".percent"))).to.equal("78,30 % so với bước đầu");
    expect(text(activated!.querySelector(".percent"))).to.equal("77,90 % so với bước đầu");
    element.setAttribute("basis", "previous");
    await element.updateComplete;
    [collected, approved, activated] = stages(element);
    expect(collected!.querySelector(".percent")).to.equal(null);
    expect(text(activated!.querySelector(".percent"))).to.equal("99,49 % so với bước trước");
    expect(text(element.shadowRoot!.querySelector("thead"))).to.contain("% so với bước trước");
  });

  it("formats everything in English under lang=en", async () => {
    const element = await mount(ngheAn, { indicator: "eid", lang: "en" });
    const [collected, approved] = stages(element);
    expect(text(collected!.querySelector(".figures"))).to.equal("1,763,014 103.19% of target");
    // Over its quota, and its printed "103.2%" not in the Vietnamese form (a warning).
    expect(text(collected!.querySelector("[part=flags]"))).to.equal("above target ⚠ Warning");
    expect(text(approved!.querySelector(".flow"))).to.equal(
      "78.30% carried over · −382,607 (−21.7%)",
    );
    expect(text(element.shadowRoot!.querySelector("figcaption"))).to.contain(
      "overall quota 1,708,473",
    );
    const missing = await mount(bacGiang, { indicator: "eid", lang: "en" });
    expect(text(stages(missing)[1]!.querySelector("[part=value]"))).to.equal("No data yet");
  });

  it("draws small multiples on one shared scale, each labelled with its unit name", async () => {
    const element = await mount(dakNongWithGiaNghia(), { units: "all" }, "width: 1200px");
    const captions = [...element.shadowRoot!.querySelectorAll("figcaption .unit-name")].map(text);
    expect(captions).to.deep.equal(["Tỉnh Đắk Nông", "Thành phố Gia Nghĩa"]);
    const province = width(stages(element, 0)[0]!.querySelector("[part=bar]"));
    const city = width(stages(element, 1)[0]!.querySelector("[part=bar]"));
    expect(city / province).to.be.closeTo(51000 / 342934, 0.01);
    const panels = element.shadowRoot!.querySelectorAll(".panel");
    expect(panels[0]!.getBoundingClientRect().top).to.equal(panels[1]!.getBoundingClientRect().top);
  });

  it("takes units as a comma-separated list and says which unit has no figures", async () => {
    const element = await mount(dakNongWithGiaNghia(), { units: "660, 99" });
    const captions = [...element.shadowRoot!.querySelectorAll("figcaption")].map(text);
    expect(captions[0]).to.contain("Thành phố Gia Nghĩa");
    expect(captions[1]).to.equal("99");
    expect(text(element.shadowRoot!.querySelectorAll(".panel")[1]!)).to.contain(
      'Không có số liệu cho đơn vị "99"',
    );
    // A lone Gia Nghĩa funnel uses its own scale: its quota is the longest mark.
    expect(stages(element)[0]!.querySelector("[part=bar]")!.getAttribute("style")).to.contain(
      "85%",
    );
  });

  it("lays stages out as columns in the vertical layout, heights on one scale", async () => {
    const element = await mount(ngheAn, { indicator: "eid", layout: "vertical" });
    expect(
      element.shadowRoot!.querySelector(".funnel-root")!.classList.contains("vertical"),
    ).to.equal(true);
    const [collected, approved] = stages(element);
    expect(collected!.getBoundingClientRect().top).to.equal(approved!.getBoundingClientRect().top);
    const heights = [collected!, approved!].map(
      (stage) => stage.querySelector("[part=bar]")!.getBoundingClientRect().height,
    );
    expect(heights[1]! / heights[0]!).to.be.closeTo(1380407 / 1763014, 0.01);
  });

  it("stacks labels above bars when narrow (ResizeObserver) and widens back", async () => {
    const element = await mount(ngheAn, { indicator: "eid" }, "width: 300px");
    const root = () => element.shadowRoot!.querySelector(".funnel-root")!;
    await until(() => root().classList.contains("compact"), "compact layout");
    element.style.width = "900px";
    await until(() => !root().classList.contains("compact"), "wide layout");
  });

  it("fits a wall cell's height with fit: every stage and warning stays inside the box", async () => {
    // The IOC wall's funnel cell at 1080p (demo/wall.css): 668 × 496 px, Noto Sans, IOC type.
    const cell =
      'width: 668px; height: 496px; padding: 8px; box-sizing: border-box; font-family: "Noto Sans", sans-serif';
    const lastBottom = (element: ChisoFunnel) =>
      Math.max(
        ...[...element.shadowRoot!.querySelectorAll(".stage, .warnings")].map(
          (node) => node.getBoundingClientRect().bottom,
        ),
      );
    const cut = await mount(ngheAn, { indicator: "eid", theme: "ioc" }, cell);
    // Without fit the third stage runs past the bottom of the cell (what a wall would cut off).
    expect(lastBottom(cut)).to.be.above(cut.getBoundingClientRect().bottom);
    const fitted = await mount(ngheAn, { indicator: "eid", theme: "ioc", fit: "" }, cell);
    expect(stages(fitted)).to.have.length(3);
    expect(lastBottom(fitted)).to.be.at.most(fitted.getBoundingClientRect().bottom);
    expect(shadowText(fitted)).to.contain("1.373.365").and.contain("80,39 %");
    // A tall box keeps the regular layout: value under the bar, not beside the label.
    fitted.style.height = "1200px";
    await until(() => {
      const stage = stages(fitted)[0]!;
      const bar = stage.querySelector(".track")!.getBoundingClientRect();
      return stage.querySelector(".value")!.getBoundingClientRect().top >= bar.bottom;
    }, "regular layout in a tall box");
  });

  it("with fit in a 1366×768 wall cell, keeps each label on one line beside its number", async () => {
    // The wall's funnel cell at 1366×768: the IOC theme's 1,5× type of a 768 px screen once left
    // a label two words wide, stacked a word per line over the numbers.
    const cell = (w: number, h: number) =>
      `width: ${w}px; height: ${h}px; box-sizing: border-box; font-family: "Noto Sans", sans-serif`;
    const element = await mount(
      ngheAn,
      { indicator: "eid", theme: "ioc", fit: "" },
      cell(485, 353),
    );
    const box = element.getBoundingClientRect();
    for (const stage of stages(element)) {
      const label = stage.querySelector(".stage-label")!.getBoundingClientRect();
      const value = stage.querySelector(".value")!;
      const lineHeight = parseFloat(
        getComputedStyle(stage.querySelector(".stage-label")!).lineHeight,
      );
      expect(label.height, "one line").to.be.below(lineHeight * 1.6);
      expect(label.right).to.be.at.most(value.getBoundingClientRect().left);
      expect(value.getBoundingClientRect().bottom).to.be.at.most(box.bottom);
    }
    // The same cell at 4K size: the same layout, type 2.8× as large.
    const valuePx = () =>
      parseFloat(getComputedStyle(stages(element)[0]!.querySelector(".value")!).fontSize);
    const small = valuePx();
    element.setAttribute("style", cell(485 * 2.8, 353 * 2.8));
    await until(() => valuePx() > small * 2.7, "type follows the cell");
    expect(valuePx()).to.be.at.least(60);
  });

  it("opens a stage's details with Enter and fires chiso-select (open: true), and closes them with a click (open: false)", async () => {
    const element = await mount(ngheAn, { indicator: "eid" });
    const events: CustomEvent[] = [];
    element.addEventListener("chiso-select", (event) => events.push(event));
    const button = stages(element)[0]!.querySelector<HTMLButtonElement>("button[part=label]")!;
    const details = stages(element)[0]!.querySelector<HTMLElement>(".details")!;
    expect(button.getAttribute("aria-expanded")).to.equal("false");
    expect(details.hidden).to.equal(true);
    button.focus();
    expect(element.shadowRoot!.activeElement).to.equal(button);
    await sendKeys({ press: "Enter" });
    await element.updateComplete;
    expect(button.getAttribute("aria-expanded")).to.equal("true");
    expect(details.hidden).to.equal(false);
    expect(button.getAttribute("aria-controls")).to.equal(details.id);
    expect(text(details)).to.contain("tính đến 13/07/2023");
    expect(text(details)).to.contain("đã thu nhận được 1.763.014/1.708.473 hồ sơ");
    expect(text(details)).to.contain("Nguồn: 552/BC-TCT, Mục II.2.3");
    expect(events.length).to.equal(1);
    expect(events[0]!.detail).to.deep.equal({
      indicator: "eid",
      stage: "collected",
      unit: "40",
      open: true,
    });
    expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
    stages(element)[1]!.querySelector<HTMLButtonElement>("button")!.click();
    button.click();
    await element.updateComplete;
    expect(details.hidden).to.equal(true);
    // A page can tell an opened stage from a closed one without tracking clicks itself.
    expect(events.map((event) => [event.detail.stage, event.detail.open])).to.deep.equal([
      ["collected", true],
      ["approved", true],
      ["collected", false],
    ]);
  });

  it("fires no chiso-select when the owner sets properties", async () => {
    const element = await mount(ngheAn, { indicator: "eid" });
    let fired = 0;
    element.addEventListener("chiso-select", () => fired++);
    element.basis = "previous";
    element.layout = "vertical";
    element.units = "40";
    element.data = clone(ngheAn);
    await element.updateComplete;
    element.indicator = "bhyt-chip-lookup";
    await element.updateComplete;
    expect(stages(element).length).to.equal(2);
    expect(fired).to.equal(0);
  });

  it("lists every stage of every unit in the screen-reader table once painted, and follows a new feed", async () => {
    // The table is rendered a task after the bars are painted (off the first paint's critical
    // path): a reader who reaches it finds every stage, and the figures of the latest feed.
    const element = await mount(dakNongWithGiaNghia(), { units: "all" });
    await until(() => element.shadowRoot!.querySelectorAll("table").length === 2, "tables");
    expect(tableRows(element, 0).map((row) => row[0])).to.deep.equal(
      stages(element, 0).map((stage) => text(stage.querySelector(".stage-label"))),
    );
    expect(tableRows(element, 1).map((row) => row.slice(0, 2))).to.deep.equal([
      ["Đã đăng ký", "51.000"],
      ["Đã kích hoạt", "34.000"],
    ]);
    const feed = dakNongWithGiaNghia();
    const indicator = feed.indicators[0]!;
    if (indicator.kind !== "funnel") throw new Error("fixture changed");
    indicator.observations.at(-1)!.stages["activated"] = { value: 35000 };
    element.data = feed;
    await element.updateComplete;
    expect(tableRows(element, 1)[1]!.slice(0, 2)).to.deep.equal(["Đã kích hoạt", "35.000"]);
  });

  it("offers a data table with stage, value, % of basis, conversion, levels and target", async () => {
    const element = await mount(dakNong);
    const table = element.shadowRoot!.querySelector("table")!;
    expect(table.closest(".visually-hidden"), "hidden from sight, not from screen readers").to
      .exist;
    expect(text(table.querySelector("thead"))).to.contain("Số lượng (trường hợp)");
    expect(text(table.querySelector("caption"))).to.equal(
      "Tài khoản định danh điện tử — Tỉnh Đắk Nông",
    );
    expect(tableRows(element)).to.deep.equal([
      [
        "Đã đăng ký",
        "342.934",
        "105,55 %",
        "—",
        "Mức 1: 49.530; Mức 2: 293.404",
        "324.898 (vượt chỉ tiêu)",
        // The consistency warnings of each stage, severity first (issue 18.6).
        "ⓘ Lưu ý: 342.934 vượt chỉ tiêu 324.898 (105,55 %)",
      ],
      [
        "Đã kích hoạt",
        "300.015",
        "92,34 %",
        "87,48 % (−42.919 (−12,5 %))",
        "Mức 1: 39.010; Mức 2: 261.005",
        "324.898",
        "—",
      ],
    ]);
    expect(text(table.querySelector("thead th:last-child"))).to.equal("Kiểm tra số liệu");
  });

  it("animates bars for at most 300 ms, and not at all under prefers-reduced-motion", async () => {
    const element = await mount(ngheAn, { indicator: "eid" });
    const bar = () => stages(element)[0]!.querySelector("[part=bar]")!;
    const seconds = (value: string) =>
      Math.max(...value.split(",").map((part) => parseFloat(part)));
    expect(seconds(getComputedStyle(bar()).transitionDuration)).to.be.within(0.01, 0.3);
    await emulateMedia({ reducedMotion: "reduce" });
    try {
      expect(seconds(getComputedStyle(bar()).transitionDuration)).to.equal(0);
    } finally {
      await emulateMedia({ reducedMotion: "no-preference" });
    }
  });

  it("keeps working after being moved in the page (observer reconnected)", async () => {
    const element = await mount(ngheAn, { indicator: "eid" }, "width: 900px");
    const root = () => element.shadowRoot!.querySelector(".funnel-root")!;
    const parent = element.parentElement!;
    for (let i = 0; i < 20; i++) {
      element.remove();
      parent.append(element);
    }
    element.style.width = "300px";
    await until(() => root().classList.contains("compact"), "compact layout after reconnect");
    element.remove();
    element.style.width = "900px";
    await nextFrame();
    expect(root().classList.contains("compact")).to.equal(true);
  });

  it("renders 8 stages and says when the indicator does not exist", async () => {
    const { feed } = eightStages(1000);
    const element = await mount(feed, { indicator: "eid" });
    expect(stages(element).length).to.equal(8);
    expect(text(stages(element)[7]!.querySelector("[part=value]"))).to.equal("300");
    element.indicator = "nope";
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector("[role=alert]")).to.equal(null);
    expect(text(element.shadowRoot!.querySelector("[part=message]"))).to.equal("Chưa có số liệu");
    expect(element.getAttribute("config-problem")).to.contain('Không tìm thấy chỉ tiêu "nope"');
    expect(takeConsole()).to.have.length(1);
  });

  it("is accessible in the light theme, horizontal and vertical, with details open", async () => {
    const element = await mount(dakNong);
    stages(element)[0]!.querySelector("button")!.click();
    await element.updateComplete;
    await expect(element).to.be.accessible();
    element.layout = "vertical";
    await element.updateComplete;
    await expect(element).to.be.accessible();
  });

  it("is accessible in the IOC and dark themes", async () => {
    const ioc = await mount(ngheAn, { indicator: "eid", theme: "ioc" });
    await expect(ioc).to.be.accessible();
    const dark = await mount(quangNgai, { indicator: "eid-youth-union", theme: "dark" });
    await expect(dark).to.be.accessible();
  });

  it("is accessible while loading, after an error and when stale", async () => {
    const slow = await script([{ fixture: "nghe-an-2023-07", delayMs: 3000 }]);
    const loading = await fixture<ChisoFunnel>(html`<chiso-funnel src=${slow}></chiso-funnel>`);
    expect(shadowText(loading)).to.contain("Đang tải dữ liệu");
    await expect(loading).to.be.accessible();
    const failing = await script([{ status: 500, body: "boom" }]);
    const failed = await fixture<ChisoFunnel>(
      html`<chiso-funnel theme="ioc" src=${failing}></chiso-funnel>`,
    );
    await until(() => failed.shadowRoot!.querySelector("[part=feed-state].error"), "error state");
    await expect(failed).to.be.accessible();
    const stale = await mount(ngheAn, { indicator: "eid", "stale-after": "60", theme: "ioc" });
    expect(shadowText(stale)).to.contain("Dữ liệu cũ");
    await expect(stale).to.be.accessible();
  });
});

describe("<chiso-funnel> for every reader (WCAG 1.3.1, 1.3.2, 1.4.10, 1.4.12)", () => {
  it("is a region named by its heading: the indicator and the unit, at the level the page asks", async () => {
    const element = await mount(ngheAn, { indicator: "eid" });
    const name = "Hồ sơ, tài khoản định danh điện tử · Tỉnh Nghệ An";
    let tree = await axTree();
    expect(axFind(tree, (n) => n.role === "region").map((n) => n.name)).to.deep.equal([name]);
    expect(axFind(tree, (n) => n.role === "heading").map((n) => [n.name, n.level])).to.deep.equal([
      [name, 2],
    ]);
    element.setAttribute("heading-level", "3");
    await element.updateComplete;
    tree = await axTree();
    expect(axFind(tree, (n) => n.role === "heading").map((n) => n.level)).to.deep.equal([3]);
    // Small multiples: the heading names every unit (each panel's caption names its own).
    const multiples = await mount(dakNongWithGiaNghia(), { units: "all" });
    expect(text(multiples.shadowRoot!.querySelector("[role=heading]"))).to.match(
      /· Tỉnh Đắk Nông, .*Gia Nghĩa/,
    );
  });

  it("reads a stage, then its drop-off from the stage before, which is drawn above it", async () => {
    const element = await mount(ngheAn, { indicator: "eid" });
    const approved = stages(element)[1]!;
    const read = text(approved);
    expect(read.indexOf("Bộ Công an đã phê duyệt")).to.equal(0);
    expect(read.indexOf("1.380.407")).to.be.below(read.indexOf("78,30 % chuyển tiếp"));
    const flow = approved.querySelector(".flow")!.getBoundingClientRect();
    expect(flow.bottom).to.be.at.most(
      approved.querySelector("button")!.getBoundingClientRect().top + 1,
    );
    element.layout = "vertical";
    await element.updateComplete;
    const column = stages(element)[1]!;
    expect(column.querySelector(".flow")!.getBoundingClientRect().bottom).to.be.at.most(
      column.querySelector(".track")!.getBoundingClientRect().top,
    );
  });

  for (const layout of ["horizontal", "vertical"])
    for (const [feed, indicator] of [
      [ngheAn, "eid"],
      [dakNong, "eid"],
    ] as const)
      it(`at 320 px, ${layout}, draws no text over other text or past its box (${indicator}, ${(feed as IndicatorFeed).publisher.unitCode})`, async () => {
        const element = await mount(feed, { indicator, layout }, "width: 320px");
        stages(element)[1]!.querySelector("button")!.click();
        await element.updateComplete;
        expect(overlappingText(element)).to.deep.equal([]);
        expect(textOutside(element)).to.deep.equal([]);
        applyTextSpacing(element);
        await nextFrame();
        await nextFrame();
        expect(overlappingText(element), "with text spacing").to.deep.equal([]);
        expect(textOutside(element), "with text spacing").to.deep.equal([]);
      });

  for (const [layout, theme, width] of [
    ["horizontal", "light", 1100],
    ["vertical", "light", 1100],
    ["vertical", "light", 480],
    ["vertical", "ioc", 760],
    ["vertical", "ioc", 320],
  ] as const)
    it(`keeps text apart with WCAG text spacing: ${layout}, ${theme}, ${width} px`, async () => {
      const element = await mount(
        dakNong,
        { indicator: "eid", layout, theme },
        `width: ${width}px`,
      );
      expect(overlappingText(element)).to.deep.equal([]);
      applyTextSpacing(element);
      await nextFrame();
      await nextFrame();
      expect(overlappingText(element)).to.deep.equal([]);
      expect(textOutside(element)).to.deep.equal([]);
    });

  it("draws columns while each stage has 10 em, and stacks them when not", async () => {
    const element = await mount(
      ngheAn,
      { indicator: "eid", layout: "vertical", theme: "ioc" },
      "width: 760px",
    );
    const root = () => element.shadowRoot!.querySelector(".funnel-root")!;
    // 760 px at the IOC's 24 px type: 29 em for three stages.
    expect(root().classList.contains("horizontal")).to.equal(true);
    const two = await mount(
      dakNong,
      { indicator: "eid", layout: "vertical", theme: "ioc" },
      "width: 760px",
    );
    expect(two.shadowRoot!.querySelector(".funnel-root")!.classList.contains("vertical")).to.equal(
      true,
    );
    // Eight stages at 900 px are 7 em each: stacked, with nothing drawn over anything.
    const { feed } = eightStages(1_000_000);
    const eight = await mount(feed, { indicator: "eid", layout: "vertical" }, "width: 900px");
    expect(
      eight.shadowRoot!.querySelector(".funnel-root")!.classList.contains("horizontal"),
    ).to.equal(true);
    expect(overlappingText(eight)).to.deep.equal([]);
  });
});
