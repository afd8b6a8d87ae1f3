import { expect, fixture, html } from "@open-wc/testing";
import { emulateMedia, sendKeys } from "@web/test-runner-commands";
import "./support/guard.js";
import { withFakeResizeObserver } from "./support/fake-resize-observer.js";
import { clone, shadowText, takeConsole, until } from "./support/guard.js";
import { axFind, axTree } from "./support/layout.js";
import "../src/components/service-board/define.js";
import { packPages } from "../src/components/shared/paging-controller.js";
import type {
  ChisoServiceBoard,
  ChisoSortDetail,
} from "../src/components/service-board/service-board.element.js";
import bacGiang from "../fixtures/feeds/bac-giang-2023-02.json";
import binhLong from "../fixtures/feeds/binh-long-2023-09.json";
import quangNgai from "../fixtures/feeds/quang-ngai-2023-07.json";
import servicesHistory from "../fixtures/history/services-bac-giang.json";

const text = (node: Element | null | undefined) =>
  (node?.textContent ?? "").replace(/\s+/g, " ").trim();

interface ShownRow {
  name: string;
  rate: string;
  volume: string;
  status: string;
}

/** The body rows as a user reads them. */
function rows(element: ChisoServiceBoard): ShownRow[] {
  return [...element.shadowRoot!.querySelectorAll("tbody tr")].map((row) => ({
    // In the compact layout the verdict sits under the name, inside the same cell.
    name: text(row.querySelector("th")).split(/ [✓✗⚠]/)[0]!,
    rate: text(row.querySelector("td.rate")),
    volume: text(row.querySelector("td.volume")),
    status: text(row.querySelector("td.status")),
  }));
}
const row = (element: ChisoServiceBoard, name: string) =>
  rows(element).find((candidate) => candidate.name === name);
const header = (element: ChisoServiceBoard, column: string) =>
  element.shadowRoot!.querySelector<HTMLTableCellElement>(`thead th.${column}`)!;
const button = (element: ChisoServiceBoard, column: string) =>
  header(element, column).querySelector("button")!;

describe("<chiso-service-board>", () => {
  it("lists Bắc Giang's 25 services with the seed counts and a 85,29 % totals row", async () => {
    const element = await fixture<ChisoServiceBoard>(
      html`<chiso-service-board style="width: 900px" .data=${bacGiang}></chiso-service-board>`,
    );
    expect(element.shadowRoot!.querySelector("table")).to.exist;
    expect(rows(element)).to.have.length(25);
    expect(row(element, "Cấp đổi, cấp lại giấy phép lái xe")).to.deep.equal({
      name: "Cấp đổi, cấp lại giấy phép lái xe",
      rate: "57,91 %",
      volume: "1.157 / 1.998",
      status: "✗ Dưới chỉ tiêu",
    });
    expect(row(element, "Đăng ký thường trú")).to.deep.equal({
      name: "Đăng ký thường trú",
      rate: "94,87 %",
      volume: "7.754 / 8.173",
      status: "✓ Đạt chỉ tiêu",
    });
    expect(row(element, "Giải quyết hưởng trợ cấp thất nghiệp")!.rate).to.equal("20,44 %");
    expect(row(element, "Cấp, cấp đổi, cấp lại thẻ Căn cước công dân")!.rate).to.equal("15,81 %");
    const total = element.shadowRoot!.querySelector("tfoot tr")!;
    expect(text(total.querySelector("th"))).to.equal("Tổng cộng");
    expect(text(total.querySelector(".rate"))).to.equal("85,29 %");
    expect(text(total.querySelector(".volume"))).to.equal("36.100 / 42.328");
  });

  it("marks below-target services with ✗ and words: the report's four plus the 0/25 linked death service", async () => {
    const element = await fixture<ChisoServiceBoard>(
      html`<chiso-service-board style="width: 900px" .data=${bacGiang}></chiso-service-board>`,
    );
    const below = [...element.shadowRoot!.querySelectorAll("tbody .mark.below")];
    expect(below.map((mark) => text(mark))).to.deep.equal(Array(5).fill("✗ Dưới chỉ tiêu"));
    const names = below.map((mark) => text(mark.closest("tr")!.querySelector("th")));
    expect(names).to.include.members([
      "Cấp đổi, cấp lại giấy phép lái xe",
      "Giải quyết hưởng trợ cấp thất nghiệp",
      "Cấp, cấp đổi, cấp lại thẻ Căn cước công dân",
      "Liên thông đăng ký khai tử – xóa đăng ký thường trú – trợ cấp mai táng phí",
    ]);
    expect(names.some((name) => name.startsWith("Đăng ký thuế lần đầu"))).to.be.true;
    expect(text(element.shadowRoot!.querySelector('[part="summary"]'))).to.equal(
      "✗ 5/22 dịch vụ có số liệu dưới chỉ tiêu 60 %",
    );
  });

  it("says 'Không có hồ sơ' for 0/0 services (#DIV/0!) and ranks them last, never as 0 % or 100 %", async () => {
    const element = await fixture<ChisoServiceBoard>(
      html`<chiso-service-board .data=${bacGiang}></chiso-service-board>`,
    );
    const shown = rows(element);
    const last = shown.slice(-3);
    expect(last.map((candidate) => candidate.rate)).to.deep.equal(Array(3).fill("Không có hồ sơ"));
    // One of them prints 0 % for its 0 dossiers: a consistency warning, marked on its row.
    expect(last.map((candidate) => candidate.status).sort()).to.deep.equal(["", "", "⚠ Cảnh báo"]);
    expect(shown.slice(0, -3).every((candidate) => candidate.rate.endsWith(" %"))).to.be.true;
    expect(text(header(element, "rate"))).to.contain("Tỷ lệ");
    expect(header(element, "rate").getAttribute("aria-sort")).to.equal("descending");
  });

  it("says not applicable, no data and no dossiers in words for Bình Long, last in both orders", async () => {
    const element = await fixture<ChisoServiceBoard>(
      html`<chiso-service-board .data=${binhLong}></chiso-service-board>`,
    );
    const states = () =>
      rows(element)
        .slice(-9)
        .map((candidate) => candidate.rate);
    const expected = [
      ...Array(3).fill("Không có hồ sơ"),
      "Không có số liệu",
      ...Array(5).fill("Không áp dụng ở cấp này"),
    ];
    expect(states()).to.deep.equal(expected);
    expect(row(element, "Cấp đổi, cấp lại giấy phép lái xe")!.rate).to.equal("Không có số liệu");
    element.order = "asc";
    await element.updateComplete;
    expect(states()).to.deep.equal(expected);
    expect(rows(element)[0]!.rate).to.equal("0 %");
    expect(text(element.shadowRoot!.querySelector("tfoot .rate"))).to.equal("64,71 %");
  });

  it("sorts by name, volume and rate with real buttons and fires chiso-sort on click", async () => {
    const events: ChisoSortDetail[] = [];
    const element = await fixture<ChisoServiceBoard>(
      html`<chiso-service-board
        .data=${bacGiang}
        @chiso-sort=${(event: CustomEvent<ChisoSortDetail>) => events.push(event.detail)}
      ></chiso-service-board>`,
    );
    button(element, "name").click();
    await element.updateComplete;
    expect(events).to.deep.equal([{ sort: "name", order: "asc" }]);
    expect(header(element, "name").getAttribute("aria-sort")).to.equal("ascending");
    expect(header(element, "rate").getAttribute("aria-sort")).to.equal("none");
    expect(element.getAttribute("sort")).to.equal("name");
    const names = rows(element)
      .slice(0, 22)
      .map((candidate) => candidate.name);
    expect(names).to.deep.equal([...names].sort((a, b) => a.localeCompare(b, "vi")));
    expect(names[0]).to.equal("Cấp điện mới từ lưới điện hạ áp (220/380V)");

    button(element, "name").click();
    await element.updateComplete;
    expect(events[1]).to.deep.equal({ sort: "name", order: "desc" });
    expect(header(element, "name").getAttribute("aria-sort")).to.equal("descending");

    button(element, "volume").click();
    await element.updateComplete;
    expect(events[2]).to.deep.equal({ sort: "volume", order: "desc" });
    expect(rows(element)[0]!.volume).to.equal("7.754 / 8.173");
  });

  it("re-sorts without an event when the owner sets sort and order", async () => {
    const events: unknown[] = [];
    const element = await fixture<ChisoServiceBoard>(
      html`<chiso-service-board
        .data=${bacGiang}
        @chiso-sort=${(event: Event) => events.push(event)}
      ></chiso-service-board>`,
    );
    element.sort = "rate";
    element.order = "asc";
    await element.updateComplete;
    expect(rows(element)[0]!.rate).to.equal("0,00 %");
    element.setAttribute("sort", "volume");
    await element.updateComplete;
    expect(rows(element)[0]!.volume).to.equal("1 / 1");
    expect(events).to.deep.equal([]);
  });

  it("reaches every sort button with Tab and sorts with Enter", async () => {
    const events: ChisoSortDetail[] = [];
    const element = await fixture<ChisoServiceBoard>(
      html`<chiso-service-board
        .data=${bacGiang}
        @chiso-sort=${(event: CustomEvent<ChisoSortDetail>) => events.push(event.detail)}
      ></chiso-service-board>`,
    );
    const before = document.createElement("button");
    before.textContent = "before";
    element.before(before);
    before.focus();
    const reached: string[] = [];
    for (let step = 0; step < 3; step++) {
      await sendKeys({ press: "Tab" });
      reached.push(element.shadowRoot!.activeElement?.closest("th")?.className ?? "");
    }
    expect(reached).to.deep.equal(["name", "rate", "volume"]);
    await sendKeys({ press: "Enter" });
    await until(() => events.length === 1, "sort event");
    expect(events[0]).to.deep.equal({ sort: "volume", order: "desc" });
    before.remove();
  });

  it("formats 85.29% and 'Below target' in English", async () => {
    const element = await fixture<ChisoServiceBoard>(
      html`<chiso-service-board lang="en" .data=${bacGiang}></chiso-service-board>`,
    );
    await until(() => element.shadowRoot!.querySelector("tfoot"), "table");
    expect(text(element.shadowRoot!.querySelector("tfoot .rate"))).to.equal("85.29%");
    expect(text(element.shadowRoot!.querySelector("tfoot .volume"))).to.equal("36,100 / 42,328");
    expect(shadowText(element)).to.contain("Below target");
    expect(shadowText(element)).to.contain("Driving-licence renewal or replacement");
  });

  it("fills the bar for a rate above 100 % and prints the true rate", async () => {
    const feed = clone(bacGiang);
    const observations = feed.indicators[0]!.observations as { service?: string }[];
    const observation = observations.find((o) => o.service === "gplx")!;
    Object.assign(observation, { numerator: 2062, denominator: 1998, statedRate: 103.2 });
    const element = await fixture<ChisoServiceBoard>(
      html`<chiso-service-board .data=${feed}></chiso-service-board>`,
    );
    const first = element.shadowRoot!.querySelector("tbody tr")!;
    expect(text(first.querySelector(".rate"))).to.equal("103,20 %");
    expect(first.querySelector<HTMLElement>(".fill")!.style.width).to.equal("100%");
    expect(text(first.querySelector(".rank"))).to.equal("1");
  });

  it("warns on a row whose printed rate contradicts its counts", async () => {
    const element = await fixture<ChisoServiceBoard>(
      html`<chiso-service-board .data=${bacGiang}></chiso-service-board>`,
    );
    // Phụ lục I prints 90,12 % for 4.396 / 4.856 (= 90,53 %), copied from the birth row.
    const linked = rows(element).find((candidate) => candidate.volume === "4.396 / 4.856")!;
    expect(linked.rate).to.equal("90,53 %");
    expect(linked.status).to.equal("✓ Đạt chỉ tiêu ⚠ Báo cáo ghi 90,12 %");
  });

  it("keeps printed precision for rates the report gave without counts (Quảng Ngãi)", async () => {
    const element = await fixture<ChisoServiceBoard>(
      html`<chiso-service-board
        indicator="dvc-online-services"
        .data=${quangNgai}
      ></chiso-service-board>`,
    );
    expect(rows(element).map((candidate) => candidate.rate)).to.include.members([
      "97,98 %",
      "100 %",
      "0,07 %",
    ]);
    expect(element.shadowRoot!.querySelector("tfoot")).to.be.null;
  });

  it("shows its frame and a visitor's sentence for an unknown indicator or unit; the hint goes to the developer", async () => {
    const element = await fixture<ChisoServiceBoard>(
      html`<chiso-service-board indicator="khong-co" .data=${bacGiang}></chiso-service-board>`,
    );
    expect(shadowText(element)).to.match(/Tỉnh Bắc Giang Chưa có số liệu$/);
    expect(element.getAttribute("config-problem")).to.contain(
      'Không tìm thấy chỉ tiêu "khong-co" (loại ratio) trong nguồn dữ liệu',
    );
    element.indicator = null;
    element.unit = "99";
    await element.updateComplete;
    expect(shadowText(element)).to.contain("Chưa có số liệu cho đơn vị này");
    expect(element.getAttribute("config-problem")).to.contain(
      'Không có số liệu cho đơn vị "99". Giá trị có số liệu của thuộc tính unit: 24',
    );
    expect(takeConsole()).to.have.length(2);
    element.unit = "213";
    element.indicator = "dvc-online-district";
    await element.updateComplete;
    expect(shadowText(element)).to.equal(
      "Nguồn dữ liệu không có số liệu theo từng dịch vụ cho chỉ tiêu này",
    );
  });

  it("moves the verdict under the name in a 400 px card", async () => {
    const element = await fixture<ChisoServiceBoard>(
      html`<chiso-service-board style="width: 400px" .data=${bacGiang}></chiso-service-board>`,
    );
    expect(element.shadowRoot!.querySelector("table.compact")).to.exist;
    expect(element.shadowRoot!.querySelector("thead th.status")).to.be.null;
    expect(element.shadowRoot!.querySelectorAll("tbody .inline-status .mark.below")).to.have.length(
      5,
    );
    const wide = await fixture<ChisoServiceBoard>(
      html`<chiso-service-board style="width: 900px" .data=${bacGiang}></chiso-service-board>`,
    );
    expect(wide.shadowRoot!.querySelector("table.compact")).to.be.null;
    expect(wide.shadowRoot!.querySelector("thead th.status")).to.exist;
  });

  it("draws the sort arrows at 12 px at least, inside their column's button", async () => {
    const element = await fixture<ChisoServiceBoard>(
      html`<chiso-service-board .data=${bacGiang}></chiso-service-board>`,
    );
    const arrows = [...element.shadowRoot!.querySelectorAll("thead button .arrow")];
    expect(arrows).to.have.length(3);
    for (const arrow of arrows)
      expect(parseFloat(getComputedStyle(arrow).fontSize)).to.be.at.least(12);
  });

  it("is headed by its indicator, unit and period, at the level the page asks", async () => {
    await fixture<ChisoServiceBoard>(
      html`<chiso-service-board heading-level="3" .data=${bacGiang}></chiso-service-board>`,
    );
    const tree = await axTree();
    const headings = axFind(tree, (n) => n.role === "heading");
    expect(headings.map((n) => n.level)).to.deep.equal([3]);
    expect(headings[0]!.name).to.match(/^Tỷ lệ hồ sơ nộp trực tuyến .*Tỉnh Bắc Giang/);
  });

  describe("with fit, in a wall cell", () => {
    // The IOC wall's board cell at 1920×1080 (demo/wall.css), Noto Sans, IOC theme.
    const CELL =
      'width: 567px; height: 497px; display: block; box-sizing: border-box; font-family: "Noto Sans", sans-serif';
    const mountFit = (attributes: { interval?: number; style?: string } = {}) =>
      fixture<ChisoServiceBoard>(
        html`<chiso-service-board
          fit
          theme="ioc"
          page-interval=${attributes.interval ?? 0}
          style=${attributes.style ?? CELL}
          .data=${bacGiang}
        ></chiso-service-board>`,
      );
    /** The rows a person sees: painted, with a box inside the element's. */
    const shownRows = (element: ChisoServiceBoard) => {
      const box = element.getBoundingClientRect();
      return [...element.shadowRoot!.querySelectorAll<HTMLElement>("tbody tr.row")].filter(
        (row) => {
          const r = row.getBoundingClientRect();
          const painted = getComputedStyle(row).opacity !== "0";
          return painted && r.height > 1 && r.top >= box.top && r.bottom <= box.bottom;
        },
      );
    };
    const names = (element: ChisoServiceBoard) =>
      shownRows(element).map((row) => text(row.querySelector("th")));
    const pager = (element: ChisoServiceBoard) =>
      element.shadowRoot!.querySelector<HTMLElement>('[part="pager"]');
    const pagerButton = (element: ChisoServiceBoard, label: RegExp) =>
      [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="pager-button"]')].find(
        (button) => label.test(button.getAttribute("aria-label") ?? text(button)),
      )!;
    const pageText = (element: ChisoServiceBoard) =>
      text(element.shadowRoot!.querySelector(".pager-page"));

    it("shows at least 8 whole rows a page at a time and every service on some page, none dropped", async () => {
      const element = await mountFit();
      await until(() => pager(element), "the pager");
      const first = names(element);
      expect(first.length).to.be.at.least(8);
      // Best first: page 1 is the top of the ranking.
      expect(text(shownRows(element)[0]!.querySelector("td.rate"))).to.contain("100,00 %");
      const pages = Number(/\/(\d+)/.exec(pageText(element))![1]);
      expect(pages).to.be.within(2, 4);
      expect(text(pager(element))).to.contain(`Dịch vụ 1–${first.length} / 25`);
      // Caption, column heads and the totals row stay in view on every page.
      const box = element.getBoundingClientRect();
      const totals = element.shadowRoot!.querySelector("tfoot")!.getBoundingClientRect();
      expect(totals.top).to.be.at.least(box.top);
      expect(totals.bottom).to.be.at.most(pager(element)!.getBoundingClientRect().top + 1);
      expect(text(element.shadowRoot!.querySelector("tfoot"))).to.contain("85,29 %");
      const seen = [...first];
      for (let page = 2; page <= pages; page++) {
        pagerButton(element, /Trang sau/).click();
        await until(() => pageText(element) === `Trang ${page}/${pages}`, `page ${page}`);
        seen.push(...names(element));
      }
      expect(seen).to.have.length(25);
      expect(new Set(seen).size).to.equal(25);
      // The next turn comes back to the first page.
      pagerButton(element, /Trang sau/).click();
      await until(() => names(element)[0] === first[0], "back to page 1");
      await expect(element).to.be.accessible();
    });

    it("keeps every row in the table a screen reader reads, whichever page is shown", async () => {
      const element = await mountFit();
      await until(() => pager(element), "the pager");
      const tableRows = async () => {
        const [table] = axFind(await axTree(), (n) => n.role === "table");
        // A row header in a row of the table: a screen reader's table commands reach it.
        return axFind(table!, (n) => n.role === "row").flatMap((row) =>
          row.children.filter((cell) => cell.role === "rowheader").map((cell) => cell.name),
        );
      };
      const first = await tableRows();
      // 25 services and the totals row, in the ranking's order, on page 1 as on page 2.
      expect(first).to.have.length(26);
      expect(first[0]).to.equal(text(shownRows(element)[0]!.querySelector("th")));
      expect(first.at(-1)).to.equal("Tổng cộng");
      pagerButton(element, /Trang sau/).click();
      await until(() => pageText(element).startsWith("Trang 2"), "page 2");
      expect(await tableRows()).to.deep.equal(first);
      // Off the page, a row takes no room and shows nothing.
      const off = element.shadowRoot!.querySelector<HTMLElement>("tr.off-page")!;
      expect(off.getBoundingClientRect().height).to.be.at.most(1);
      expect(getComputedStyle(off).opacity).to.equal("0");
    });

    it("packs rows of any height into pages in order, a too-tall row on a page of its own", () => {
      expect(packPages([10, 10, 10], 30)).to.deep.equal([0]);
      expect(packPages([10, 20, 10, 10, 25], 30)).to.deep.equal([0, 2, 4]);
      expect(packPages([50, 10], 30)).to.deep.equal([0, 1]);
      expect(packPages([], 30)).to.deep.equal([0]);
    });

    it("turns pages by itself and stops when the pause button is pressed (WCAG 2.2.2)", async () => {
      await emulateMedia({ reducedMotion: "no-preference" });
      const element = await mountFit({ interval: 0.3 });
      await until(() => pager(element), "the pager");
      const toggle = pagerButton(element, /Tạm dừng/);
      expect(text(toggle)).to.contain("Tạm dừng");
      await until(() => pageText(element).startsWith("Trang 2/"), "an automatic turn", 5000);
      toggle.click();
      await until(() => text(toggle).includes("Tiếp tục"), "the button offers to resume");
      const paused = pageText(element);
      // Ten intervals later the same page is still there.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      expect(pageText(element)).to.equal(paused);
      // From the keyboard: Space on the focused button resumes.
      toggle.focus();
      await sendKeys({ press: "Space" });
      await until(() => pageText(element) !== paused, "turning again after resume", 5000);
      expect(text(toggle)).to.contain("Tạm dừng");
    });

    it("starts paused under reduced motion, without transitions, and turns pages by hand", async () => {
      await emulateMedia({ reducedMotion: "reduce" });
      try {
        const element = await mountFit({ interval: 0.2 });
        await until(() => pager(element), "the pager");
        expect(text(pagerButton(element, /Tiếp tục/))).to.contain("Tiếp tục");
        await new Promise((resolve) => setTimeout(resolve, 1000));
        expect(pageText(element)).to.match(/^Trang 1\//);
        const fill = element.shadowRoot!.querySelector<HTMLElement>(".fill")!;
        expect(parseFloat(getComputedStyle(fill).transitionDuration)).to.equal(0);
        pagerButton(element, /Trang trước/).click();
        await until(() => !pageText(element).startsWith("Trang 1/"), "the last page");
      } finally {
        await emulateMedia({ reducedMotion: "no-preference" });
      }
    });

    it("follows its cell: a 4K cell has larger type and the same rows, a tall one a single page", async () => {
      const element = await mountFit();
      await until(() => pager(element), "the pager");
      const shown = names(element).length;
      const fontPx = () => parseFloat(getComputedStyle(shownRows(element)[0]!).fontSize);
      const small = fontPx();
      element.style.width = `${567 * 2}px`;
      element.style.height = `${497 * 2}px`;
      await until(() => fontPx() > small * 1.9, "type twice as large");
      await until(() => Math.abs(names(element).length - shown) <= 1, "as many rows per page");
      element.style.height = "4000px";
      await until(() => !pager(element), "no pager when everything fits");
      expect(names(element)).to.have.length(25);
    });
  });

  it("re-lays out when resized (ResizeObserver) and disconnects when removed", async () => {
    await withFakeResizeObserver(async ({ resize, disconnected }) => {
      const element = await fixture<ChisoServiceBoard>(
        html`<chiso-service-board style="width: 900px" .data=${bacGiang}></chiso-service-board>`,
      );
      resize(400);
      await until(() => element.shadowRoot!.querySelector("table.compact"), "compact layout");
      element.remove();
      expect(disconnected()).to.be.true;
    });
  });

  describe("sparkline: each row's recent months (issue 17.3)", () => {
    /** The rates of one service's line in the history fixture, month by month. */
    const ratesOf = (service: string | undefined) =>
      servicesHistory.indicators[0]!.observations.filter(
        (o) => (o as { service?: string }).service === service,
      ).map((o) => (100 * o.numerator!) / o.denominator!);
    const mountHistory = (attributes = { sparkline: true, lang: "vi" }) =>
      fixture<ChisoServiceBoard>(
        html`<chiso-service-board
          style="width: 1100px"
          lang=${attributes.lang}
          ?sparkline=${attributes.sparkline}
          .data=${servicesHistory}
        ></chiso-service-board>`,
      );
    const trendCell = (element: ChisoServiceBoard, name: string) =>
      [...element.shadowRoot!.querySelectorAll("tbody tr")]
        .find((tr) => text(tr.querySelector("th")).startsWith(name))!
        .querySelector("td.trend")!;

    it("adds a Xu hướng column: a line per row and a sentence that says which way it went", async () => {
      const element = await mountHistory();
      expect(text(header(element, "trend"))).to.equal("Xu hướng");
      // The latest month is the report's own figure.
      expect(row(element, "Cấp đổi, cấp lại giấy phép lái xe")!.rate).to.equal("57,91 %");
      const cell = trendCell(element, "Cấp đổi, cấp lại giấy phép lái xe");
      const svg = cell.querySelector('[part~="sparkline"] svg')!;
      expect(svg.getAttribute("aria-hidden")).to.equal("true");
      expect(svg.querySelectorAll("path")).to.have.length(1);
      const rates = ratesOf("gplx");
      const direction = rates.at(-1)! > rates.at(-2)! ? "tăng" : "giảm";
      expect(text(cell)).to.match(
        new RegExp(`^${direction} (so với kỳ trước|\\d+ tháng liên tiếp)$`),
      );
      // The totals row has its own line too.
      expect(element.shadowRoot!.querySelector("tfoot td.trend .sparkline")).to.exist;
    });

    it("draws a month that was not reported as a break in the line, never as a zero", async () => {
      const element = await mountHistory();
      const cell = trendCell(element, "Đăng ký, cấp biển số mô tô, xe gắn máy");
      // 2022-09 is missing: two runs of the line, not one line dipping to 0.
      expect(cell.querySelectorAll("svg path")).to.have.length(2);
      for (const path of cell.querySelectorAll("svg path"))
        expect(path.getAttribute("d")).to.not.contain("NaN");
    });

    it("has no column without the attribute, or when the feed holds one period", async () => {
      const plain = await mountHistory({ sparkline: false, lang: "vi" });
      expect(plain.shadowRoot!.querySelector("th.trend, td.trend")).to.equal(null);
      // Set later, the attribute brings the column (the rows are derived again).
      plain.sparkline = true;
      await plain.updateComplete;
      expect(text(header(plain, "trend"))).to.equal("Xu hướng");
      const onePeriod = await fixture<ChisoServiceBoard>(
        html`<chiso-service-board sparkline .data=${bacGiang}></chiso-service-board>`,
      );
      expect(rows(onePeriod)).to.have.length(25);
      expect(onePeriod.shadowRoot!.querySelector("th.trend, td.trend")).to.equal(null);
    });

    it("speaks English, and stays accessible (axe) in every theme", async () => {
      const element = await mountHistory({ sparkline: true, lang: "en" });
      expect(text(header(element, "trend"))).to.equal("Trend");
      expect(text(trendCell(element, "Driving-licence renewal or replacement"))).to.match(
        /^(up|down) (on the previous period|\d+ months in a row)$/,
      );
      for (const theme of ["light", "dark", "ioc"]) {
        element.setAttribute("theme", theme);
        await element.updateComplete;
        await expect(element).to.be.accessible();
      }
    });
  });

  describe("is accessible (axe)", () => {
    for (const theme of ["light", "dark", "ioc"]) {
      it(`in the ${theme} theme, wide and compact`, async () => {
        const element = await fixture<ChisoServiceBoard>(
          html`<chiso-service-board
            theme=${theme}
            style="width: 900px"
            .data=${bacGiang}
          ></chiso-service-board>`,
        );
        await expect(element).to.be.accessible();
        const compact = await fixture<ChisoServiceBoard>(
          html`<chiso-service-board
            theme=${theme}
            style="width: 400px"
            .data=${binhLong}
          ></chiso-service-board>`,
        );
        expect(compact.shadowRoot!.querySelector("table.compact")).to.exist;
        await expect(compact).to.be.accessible();
      });
    }

    it("while loading, on error and when stale", async () => {
      const name = `board-${Date.now()}`;
      await fetch(`/feeds/script/${name}`, {
        method: "POST",
        body: JSON.stringify([{ fixture: "bac-giang-2023-02", delayMs: 3000 }]),
      });
      const loading = await fixture<ChisoServiceBoard>(
        html`<chiso-service-board src=${`/feeds/script/${name}`}></chiso-service-board>`,
      );
      expect(shadowText(loading)).to.contain("Đang tải dữ liệu");
      await expect(loading).to.be.accessible();
      const error = await fixture<ChisoServiceBoard>(
        html`<chiso-service-board
          theme="ioc"
          src="/feeds/fixture/khong-co.json"
        ></chiso-service-board>`,
      );
      await until(() => error.shadowRoot!.querySelector('[role="alert"]'), "error state");
      await expect(error).to.be.accessible();
      const stale = await fixture<ChisoServiceBoard>(
        html`<chiso-service-board stale-after="60" .data=${bacGiang}></chiso-service-board>`,
      );
      expect(shadowText(stale)).to.contain("Dữ liệu cũ");
      await expect(stale).to.be.accessible();
    });
  });
});
