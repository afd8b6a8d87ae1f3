import { expect, fixture, html } from "@open-wc/testing";
import { emulateMedia, sendKeys } from "@web/test-runner-commands";
import "./support/guard.js";
import { withFakeResizeObserver } from "./support/fake-resize-observer.js";
import { clone, shadowText, takeConsole, until } from "./support/guard.js";
import {
  applyTextSpacing,
  axFind,
  axTree,
  overlappingText,
  textOutside,
} from "./support/layout.js";
import type { ChisoConfigProblemDetail } from "../src/components/shared/chiso-element.js";
import "../src/components/gauge/define.js";
import type { ChisoGauge } from "../src/components/gauge/gauge.element.js";
import bacGiang from "../fixtures/feeds/bac-giang-2023-02.json";
import binhLong from "../fixtures/feeds/binh-long-2023-09.json";
import ngheAn from "../fixtures/feeds/nghe-an-2023-07.json";
import quangNgai from "../fixtures/feeds/quang-ngai-2023-07.json";

type Feed = typeof bacGiang;

let serial = 0;
async function script(steps: unknown[]): Promise<string> {
  const name = `gauge-${Date.now()}-${serial++}`;
  await fetch(`/feeds/script/${name}`, { method: "POST", body: JSON.stringify(steps) });
  return `/feeds/script/${name}`;
}

const part = (element: ChisoGauge, name: string) =>
  element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const partText = (element: ChisoGauge, name: string) =>
  (part(element, name)?.textContent ?? "").replace(/\s+/g, " ").trim();
/** What the gauge shows before the details are opened. */
function summaryText(element: ChisoGauge): string {
  const copy = element.shadowRoot!.querySelector(".gauge")!.cloneNode(true) as HTMLElement;
  copy.querySelector("details")?.remove();
  return (copy.textContent ?? "").replace(/\s+/g, " ").trim();
}
const meter = (element: ChisoGauge) =>
  element.shadowRoot!.querySelector<HTMLElement>('[role="meter"]');

/** Bắc Giang with the all-services figure replaced. */
function bacGiangTotal(change: Record<string, unknown>): Feed {
  const feed = clone(bacGiang);
  Object.assign(feed.indicators[0]!.observations[0]!, change);
  return feed;
}

describe("<chiso-gauge>", () => {
  it("shows Bắc Giang's 85,29 % from 36.100 / 42.328 hồ sơ, meeting the 60 % target", async () => {
    const element = await fixture<ChisoGauge>(html`<chiso-gauge .data=${bacGiang}></chiso-gauge>`);
    expect(partText(element, "value")).to.equal("85,29 %");
    expect(shadowText(element)).to.contain("36.100 / 42.328 hồ sơ");
    expect(partText(element, "verdict")).to.equal("✓ Đạt chỉ tiêu 60 %");
    expect(partText(element, "label")).to.equal(
      "Tỷ lệ hồ sơ nộp trực tuyến – 25 dịch vụ công thiết yếu",
    );
    expect(shadowText(element)).to.contain("Tỉnh Bắc Giang");
    expect(shadowText(element)).to.contain("Từ ngày 16/01/2023 đến 15/02/2023");
    expect(part(element, "target"), "target marker").to.exist;
    expect(part(element, "delta"), "no previous period, no delta").to.be.null;
  });

  it("exposes the rate as a meter with a full-sentence aria-valuetext", async () => {
    const element = await fixture<ChisoGauge>(html`<chiso-gauge .data=${bacGiang}></chiso-gauge>`);
    const role = meter(element)!;
    expect(role.getAttribute("aria-valuenow")).to.equal("85.29");
    expect(role.getAttribute("aria-valuemin")).to.equal("0");
    expect(role.getAttribute("aria-valuemax")).to.equal("100");
    expect(role.getAttribute("aria-valuetext")).to.equal(
      "Tỷ lệ hồ sơ nộp trực tuyến – 25 dịch vụ công thiết yếu 85,29 %, mục tiêu 60 %",
    );
  });

  it("names each gauge of a page by its unit and service, so several are told apart", async () => {
    const page = await fixture(
      html`<div>
        <chiso-gauge .data=${bacGiang}></chiso-gauge>
        <chiso-gauge service="gplx" .data=${bacGiang}></chiso-gauge>
      </div>`,
    );
    const gauges = [...page.querySelectorAll<ChisoGauge>("chiso-gauge")];
    await Promise.all(gauges.map((g) => g.updateComplete));
    const names = gauges.map((g) => meter(g)!.getAttribute("aria-label"));
    expect(names[0]).to.equal(
      "Tỷ lệ hồ sơ nộp trực tuyến – 25 dịch vụ công thiết yếu · Tỉnh Bắc Giang",
    );
    expect(names[1]).to.equal(
      "Tỷ lệ hồ sơ nộp trực tuyến – 25 dịch vụ công thiết yếu · Tỉnh Bắc Giang · Cấp đổi, cấp lại giấy phép lái xe",
    );
    // The region around each gauge carries the same name; no gauge makes a banner landmark.
    for (const gauge of gauges) {
      const region = gauge.shadowRoot!.querySelector("section")!;
      expect(region.getAttribute("aria-label")).to.equal(meter(gauge)!.getAttribute("aria-label"));
      expect(gauge.shadowRoot!.querySelector("header, [role=banner]")).to.be.null;
    }
  });

  it("formats 85.29% and 36,100 / 42,328 dossiers in English", async () => {
    const element = await fixture<ChisoGauge>(
      html`<chiso-gauge lang="en" .data=${bacGiang}></chiso-gauge>`,
    );
    expect(partText(element, "value")).to.equal("85.29%");
    expect(shadowText(element)).to.contain("36,100 / 42,328 dossiers");
    expect(partText(element, "verdict")).to.equal("✓ Meets the 60% target");
  });

  it("shows Bình Long's computed 64,71 % and says the report printed 65 %", async () => {
    const element = await fixture<ChisoGauge>(html`<chiso-gauge .data=${binhLong}></chiso-gauge>`);
    expect(partText(element, "value")).to.equal("64,71 %");
    expect(shadowText(element)).to.contain("11.894 / 18.381 hồ sơ");
    expect(shadowText(element)).to.contain("Báo cáo ghi 65 %");
    expect(shadowText(element)).to.contain("Thị xã Bình Long");
  });

  it("shows Nghệ An's 62.950 / 80.935 as 77,78 %, not the report's 'gần 78 %'", async () => {
    const element = await fixture<ChisoGauge>(html`<chiso-gauge .data=${ngheAn}></chiso-gauge>`);
    expect(partText(element, "value")).to.equal("77,78 %");
    expect(shadowText(element)).to.contain("62.950 / 80.935 hồ sơ");
    expect(shadowText(element)).to.contain("Báo cáo ghi gần 78 %");
    expect(element.shadowRoot!.querySelector(".warning"), "hedged figure agrees").to.be.null;
  });

  it("shows Quảng Ngãi's police services at 95,91 %, ▲ +1,86 điểm % vs June", async () => {
    const element = await fixture<ChisoGauge>(
      html`<chiso-gauge service="nhom-cong-an" .data=${quangNgai}></chiso-gauge>`,
    );
    expect(partText(element, "value")).to.equal("95,91 %");
    expect(partText(element, "delta")).to.equal("▲ +1,86 điểm % so với tháng 6/2023");
    expect(part(element, "delta")!.classList.contains("up")).to.be.true;
    expect(meter(element)!.getAttribute("aria-valuetext")).to.contain("tăng 1,86 điểm");
  });

  it("shows Quảng Ngãi's ministry services at 22,83 %, ▼ −33,08 điểm %, in the bar variant", async () => {
    const element = await fixture<ChisoGauge>(
      html`<chiso-gauge variant="bar" service="nhom-bo-nganh" .data=${quangNgai}></chiso-gauge>`,
    );
    expect(partText(element, "value")).to.equal("22,83 %");
    expect(partText(element, "delta")).to.equal("▼ −33,08 điểm % so với tháng 6/2023");
    expect(part(element, "delta")!.classList.contains("down")).to.be.true;
    expect(part(element, "bar")!.style.width).to.equal("22.83%");
    expect(part(element, "arc")).to.be.null;
    element.lang = "en";
    element.setAttribute("lang", "en");
    await element.updateComplete;
    expect(partText(element, "delta")).to.equal("▼ −33.08 pts vs June 2023");
  });

  it("shows no delta when the previous period is missing", async () => {
    const feed = clone(quangNgai);
    delete (feed.indicators[0]!.observations[0] as { previous?: unknown }).previous;
    const element = await fixture<ChisoGauge>(
      html`<chiso-gauge service="nhom-cong-an" .data=${feed}></chiso-gauge>`,
    );
    expect(partText(element, "value")).to.equal("95,91 %");
    expect(part(element, "delta")).to.be.null;
    expect(shadowText(element)).not.to.contain("điểm %");
  });

  it("says 'Không có hồ sơ' for a 0/0 service (#DIV/0!), never 0 % or 100 %", async () => {
    const element = await fixture<ChisoGauge>(
      html`<chiso-gauge service="con-dau-thu-nho" .data=${bacGiang}></chiso-gauge>`,
    );
    expect(partText(element, "value")).to.equal("Không có hồ sơ");
    expect(summaryText(element)).not.to.match(/\d %/);
    expect(meter(element), "no meter without a rate").to.be.null;
    expect(
      element.shadowRoot!.querySelector('[role="img"]')!.getAttribute("aria-label"),
    ).to.contain("Không có hồ sơ");
    expect(part(element, "arc"), "no filled arc").to.be.null;
    element.setAttribute("lang", "en");
    await element.updateComplete;
    expect(partText(element, "value")).to.equal("No dossiers");
  });

  it("says 'Không có hồ sơ' for the report's '0/0 … đạt 100 %' too", async () => {
    const element = await fixture<ChisoGauge>(
      html`<chiso-gauge
        .data=${bacGiangTotal({ numerator: 0, denominator: 0, statedRate: 100 })}
      ></chiso-gauge>`,
    );
    expect(partText(element, "value")).to.equal("Không có hồ sơ");
    expect(summaryText(element)).not.to.contain("100");
    expect(summaryText(element)).not.to.contain("%");
  });

  it("fills the arc for a rate above 100 % and prints the true 103,20 %", async () => {
    const feed = bacGiangTotal({ numerator: 43683, denominator: 42328, statedRate: 103.2 });
    const element = await fixture<ChisoGauge>(html`<chiso-gauge .data=${feed}></chiso-gauge>`);
    expect(partText(element, "value")).to.equal("103,20 %");
    const track = element.shadowRoot!.querySelector(".track")!.getAttribute("d");
    expect(part(element, "arc")!.getAttribute("d")).to.equal(track);
    expect(meter(element)!.getAttribute("aria-valuemax")).to.equal("104");
    element.variant = "bar";
    await element.updateComplete;
    expect(part(element, "bar")!.style.width).to.equal("100%");
  });

  it("shows the computed rate and warns when the printed rate contradicts the counts", async () => {
    const feed = bacGiangTotal({ statedRate: 95 });
    const element = await fixture<ChisoGauge>(html`<chiso-gauge .data=${feed}></chiso-gauge>`);
    expect(partText(element, "value")).to.equal("85,29 %");
    const warning = element.shadowRoot!.querySelector(".warning")!;
    expect(warning.textContent!.replace(/\s+/g, " ").trim()).to.equal(
      "⚠ Báo cáo ghi 95 %, tính từ số liệu được 85,29 %",
    );
    element.setAttribute("lang", "en");
    await element.updateComplete;
    expect(shadowText(element)).to.contain("Report prints 95%; the counts give 85.29%");
  });

  it("marks a rate below the target with ✗ and words", async () => {
    const element = await fixture<ChisoGauge>(
      html`<chiso-gauge service="gplx" .data=${bacGiang}></chiso-gauge>`,
    );
    expect(partText(element, "value")).to.equal("57,91 %");
    expect(partText(element, "verdict")).to.equal("✗ Dưới chỉ tiêu 60 %");
    expect(element.shadowRoot!.querySelector(".gauge")!.classList.contains("bad")).to.be.true;
  });

  it("shows its frame with a visitor's sentence for an unknown indicator, unit or service, and tells the developer (issue 13.2)", async () => {
    const problems: ChisoConfigProblemDetail[] = [];
    const element = await fixture<ChisoGauge>(
      html`<chiso-gauge
        indicator="khong-co"
        @chiso-config-problem=${(event: CustomEvent<ChisoConfigProblemDetail>) =>
          problems.push(event.detail)}
        .data=${bacGiang}
      ></chiso-gauge>`,
    );
    expect(shadowText(element)).to.equal(
      "Kết quả thực hiện Đề án 06 – tỉnh Bắc Giang, 16/01–15/02/2023 Tỉnh Bắc Giang Chưa có số liệu",
    );
    expect(element.shadowRoot!.querySelector('[role="alert"]'), "no red alert").to.equal(null);
    expect(element.getAttribute("config-problem")).to.equal(
      'Không tìm thấy chỉ tiêu "khong-co" (loại ratio) trong nguồn dữ liệu. Giá trị có số liệu của thuộc tính indicator: dvc-online, dvc-online-district, dvc-online-text, dvc-online-shortfall',
    );
    expect(problems).to.deep.equal([
      {
        attribute: "indicator",
        value: "khong-co",
        choices: ["dvc-online", "dvc-online-district", "dvc-online-text", "dvc-online-shortfall"],
        message: element.getAttribute("config-problem"),
      },
    ]);
    element.indicator = null;
    element.unit = "99";
    await element.updateComplete;
    expect(shadowText(element)).to.contain("Chưa có số liệu cho đơn vị này");
    expect(problems.at(-1)).to.include({ attribute: "unit", value: "99" });
    expect(problems.at(-1)!.choices).to.deep.equal(["24"]);
    element.unit = null;
    element.service = "khong-co";
    await element.updateComplete;
    expect(shadowText(element)).to.contain(
      "Tỷ lệ hồ sơ nộp trực tuyến – 25 dịch vụ công thiết yếu",
    );
    expect(shadowText(element)).to.contain("Chưa có số liệu cho dịch vụ này");
    expect(problems.at(-1)!.choices).to.include("cap-doi-cccd");
    element.setAttribute("lang", "en");
    await element.updateComplete;
    expect(shadowText(element)).to.contain("No figures for this service yet");
    expect(element.getAttribute("config-problem")).to.match(/^No figures for service "khong-co"/);
    // Said once in the console per problem, in the language the developer's page uses.
    const logged = takeConsole();
    expect(logged).to.have.length(4);
    expect(logged[0]).to.contain('<chiso-gauge>: Không tìm thấy chỉ tiêu "khong-co"');
    element.service = "cap-doi-cccd";
    await element.updateComplete;
    expect(element.hasAttribute("config-problem"), "gone once fixed").to.be.false;
  });

  it("shows a district by unit code from a second ratio indicator", async () => {
    const element = await fixture<ChisoGauge>(
      html`<chiso-gauge
        indicator="dvc-online-district"
        unit="213"
        .data=${bacGiang}
      ></chiso-gauge>`,
    );
    expect(partText(element, "value")).to.equal("93,27 %");
    expect(shadowText(element)).to.contain("2.341 / 2.510 hồ sơ");
    expect(shadowText(element)).to.contain("Thành phố Bắc Giang");
  });

  it("opens the details (counts, target, source quote) from the keyboard", async () => {
    const element = await fixture<ChisoGauge>(html`<chiso-gauge .data=${bacGiang}></chiso-gauge>`);
    const details = element.shadowRoot!.querySelector("details")!;
    expect(details.open).to.be.false;
    element.shadowRoot!.querySelector("summary")!.focus();
    expect(element.shadowRoot!.activeElement?.tagName).to.equal("SUMMARY");
    await sendKeys({ press: "Enter" });
    await until(() => details.open, "details open");
    // The list is rendered a task after the first painted frame (issue 15): wait for it as a
    // reader sees it, not for a fixed time.
    await until(() => details.querySelector("dt"), "details list");
    const text = details.textContent!.replace(/\s+/g, " ");
    const terms = [...details.querySelectorAll("dt")].map((dt) => dt.textContent);
    const values = [...details.querySelectorAll("dd")].map((dd) => dd.textContent!.trim());
    expect(terms).to.include.members(["Số liệu", "Chỉ tiêu", "Nguồn"]);
    expect(values).to.include.members(["36.100 / 42.328 hồ sơ", "60 %"]);
    expect(text).to.contain("Phụ lục I, dòng Tổng số");
    expect(text).to.contain("Tổng số | | 36.017 | 83 | 42.328 | 85,29% | 36.017");
  });

  it("shows the period with its dates and the counts when the details are opened at once", async () => {
    // The closed details' list waits for the first paint: opened straight away (before any
    // frame), it still shows what it lists.
    const element = await fixture<ChisoGauge>(html`<chiso-gauge .data=${bacGiang}></chiso-gauge>`);
    const details = element.shadowRoot!.querySelector("details")!;
    details.querySelector("summary")!.click();
    expect(details.open).to.be.true;
    await until(() => details.querySelector("dl"), "details list");
    const values = [...details.querySelectorAll("dd")].map((dd) => dd.textContent!.trim());
    expect(values.find((value) => value.startsWith("Từ ngày"))).to.match(
      /^Từ ngày 16\/01\/2023 đến 15\/02\/2023 \(16\/01\/2023\s*[–-]\s*15\/02\/2023\)$/,
    );
    expect(values).to.include("36.100 / 42.328 hồ sơ");
  });

  it("reaches the details by Tab from the page", async () => {
    const element = await fixture<ChisoGauge>(html`<chiso-gauge .data=${bacGiang}></chiso-gauge>`);
    const before = document.createElement("button");
    before.textContent = "before";
    element.before(before);
    before.focus();
    await sendKeys({ press: "Tab" });
    expect(document.activeElement).to.equal(element);
    expect(element.shadowRoot!.activeElement?.tagName).to.equal("SUMMARY");
    before.remove();
  });

  for (const [width, layout] of [
    [160, "compact"],
    [400, "regular"],
    [1920, "wide"],
  ] as const)
    it(`picks the ${layout} layout at ${width} px`, async () => {
      const element = await fixture<ChisoGauge>(
        html`<chiso-gauge style="width: ${width}px" .data=${bacGiang}></chiso-gauge>`,
      );
      expect(element.shadowRoot!.querySelector(".gauge")!.classList.contains(layout)).to.be.true;
    });

  it("switches layout when its cell is resized and stops observing when removed", async () => {
    await withFakeResizeObserver(async ({ resize, disconnected }) => {
      const element = await fixture<ChisoGauge>(
        html`<chiso-gauge style="width: 1920px" .data=${bacGiang}></chiso-gauge>`,
      );
      const gauge = () => element.shadowRoot!.querySelector(".gauge")!;
      expect(gauge().classList.contains("wide")).to.be.true;
      resize(160);
      await until(() => gauge().classList.contains("compact"), "compact layout");
      resize(400);
      await until(() => gauge().classList.contains("regular"), "regular layout");
      element.remove();
      expect(disconnected()).to.be.true;
    });
  });

  it("switches to the compact layout at 1.5× type (IOC) in a 300 px cell", async () => {
    const element = await fixture<ChisoGauge>(
      html`<chiso-gauge theme="ioc" style="width: 300px" .data=${bacGiang}></chiso-gauge>`,
    );
    expect(element.shadowRoot!.querySelector(".gauge.compact")).to.exist;
  });

  it("with fit, keeps the number inside a 1366×768 wall cell and grows it with a 4K cell", async () => {
    // The IOC wall's gauge cell at 1366×768 (demo/wall.css), Noto Sans, IOC theme.
    const cell = (width: number, height: number) =>
      `width: ${width}px; height: ${height}px; display: block; font-family: "Noto Sans", sans-serif`;
    const inside = (element: ChisoGauge) => {
      const box = element.getBoundingClientRect();
      const value = part(element, "value")!.getBoundingClientRect();
      return value.height > 0 && value.top >= box.top && value.bottom <= box.bottom;
    };
    const valuePx = (element: ChisoGauge) =>
      parseFloat(getComputedStyle(part(element, "value")!).fontSize);
    // Without fit the number sits under a dial as wide as the cell: below the bottom, cut off.
    const cut = await fixture<ChisoGauge>(
      html`<chiso-gauge theme="ioc" style=${cell(388, 322)} .data=${ngheAn}></chiso-gauge>`,
    );
    expect(inside(cut), "the number is cut off without fit").to.be.false;
    const fitted = await fixture<ChisoGauge>(
      html`<chiso-gauge fit theme="ioc" style=${cell(388, 322)} .data=${ngheAn}></chiso-gauge>`,
    );
    expect(partText(fitted, "value")).to.equal("77,78 %");
    expect(inside(fitted), "the number is inside the cell").to.be.true;
    expect(shadowText(fitted)).to.contain("62.950 / 80.935 hồ sơ");
    const small = valuePx(fitted);
    expect(small).to.be.at.least(24);
    // A 4K cell (2.8× as large): the number follows the cell, not the screen.
    fitted.style.width = `${388 * 2.8}px`;
    fitted.style.height = `${322 * 2.8}px`;
    await until(() => valuePx(fitted) > small * 2.5, "the number grows with the cell");
    expect(inside(fitted)).to.be.true;
    expect(valuePx(fitted)).to.be.at.least(60);
  });

  it("animates value changes in at most 300 ms, and not at all under reduced motion", async () => {
    const element = await fixture<ChisoGauge>(html`<chiso-gauge .data=${bacGiang}></chiso-gauge>`);
    const seconds = () =>
      getComputedStyle(part(element, "arc")!)
        .transitionDuration.split(",")
        .map((value) => parseFloat(value));
    // getComputedStyle() recomputes styles after the media change; no frame needed.
    await emulateMedia({ reducedMotion: "no-preference" });
    expect(Math.max(...seconds())).to.be.within(0.01, 0.3);
    await emulateMedia({ reducedMotion: "reduce" });
    expect(Math.max(...seconds())).to.equal(0);
    await emulateMedia({ reducedMotion: "no-preference" });
  });

  it("follows a new feed set by the owner and fires no event for it", async () => {
    const events: string[] = [];
    const element = await fixture<ChisoGauge>(
      html`<chiso-gauge @chiso-data=${() => events.push("data")} .data=${bacGiang}></chiso-gauge>`,
    );
    element.data = binhLong;
    await element.updateComplete;
    expect(partText(element, "value")).to.equal("64,71 %");
    expect(events).to.deep.equal([]);
  });

  it("loads src over HTTP", async () => {
    const element = await fixture<ChisoGauge>(
      html`<chiso-gauge src="/feeds/fixture/bac-giang-2023-02.json"></chiso-gauge>`,
    );
    await until(() => partText(element, "value") === "85,29 %", "value from the network");
  });

  describe("is accessible (axe)", () => {
    for (const theme of ["light", "dark", "ioc"]) {
      it(`in the ${theme} theme, arc and bar`, async () => {
        const element = await fixture<ChisoGauge>(
          html`<chiso-gauge
            theme=${theme}
            service="nhom-cong-an"
            .data=${quangNgai}
          ></chiso-gauge>`,
        );
        await expect(element).to.be.accessible();
        element.variant = "bar";
        element.data = bacGiang;
        element.service = "gplx";
        await element.updateComplete;
        await expect(element).to.be.accessible();
      });
    }

    it("with details open and the rounding note", async () => {
      const element = await fixture<ChisoGauge>(
        html`<chiso-gauge theme="ioc" .data=${binhLong}></chiso-gauge>`,
      );
      element.shadowRoot!.querySelector("details")!.open = true;
      // The list is rendered once the gauge is painted (ChisoElement.painted).
      await until(() => element.shadowRoot!.querySelector("details dl"), "details list");
      await expect(element).to.be.accessible();
    });

    it("in the no-dossiers and unknown-indicator states", async () => {
      const element = await fixture<ChisoGauge>(
        html`<chiso-gauge service="thi-thpt" .data=${bacGiang}></chiso-gauge>`,
      );
      await expect(element).to.be.accessible();
      element.indicator = "khong-co";
      await element.updateComplete;
      await expect(element).to.be.accessible();
    });

    it("while loading, on error and when stale", async () => {
      const slow = await script([{ fixture: "bac-giang-2023-02", delayMs: 3000 }]);
      const loading = await fixture<ChisoGauge>(html`<chiso-gauge src=${slow}></chiso-gauge>`);
      expect(shadowText(loading)).to.contain("Đang tải dữ liệu");
      await expect(loading).to.be.accessible();

      const failing = await script([{ status: 500, body: "oops" }]);
      const error = await fixture<ChisoGauge>(
        html`<chiso-gauge theme="ioc" src=${failing}></chiso-gauge>`,
      );
      await until(() => error.shadowRoot!.querySelector('[role="alert"]'), "error state");
      expect(shadowText(error)).to.contain("Không tải được dữ liệu");
      await expect(error).to.be.accessible();

      // Data from 2023 is older than one minute: stale.
      const stale = await fixture<ChisoGauge>(
        html`<chiso-gauge stale-after="60" .data=${bacGiang}></chiso-gauge>`,
      );
      expect(shadowText(stale)).to.contain("Dữ liệu cũ");
      expect(partText(stale, "value")).to.equal("85,29 %");
      await expect(stale).to.be.accessible();
    });
  });
});

describe("<chiso-gauge> for every reader (WCAG 1.4.4, 1.4.10, 1.4.12, 2.4.6)", () => {
  const frames = async () => {
    for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  };
  const text = (node: Element) => (node.textContent ?? "").replace(/\s+/g, " ").trim();
  const mountAt = async (style: string, variant = "arc") => {
    const element = await fixture<ChisoGauge>(
      html`<chiso-gauge style=${style} variant=${variant} .data=${bacGiang}></chiso-gauge>`,
    );
    // The layout follows the ResizeObserver's report, a frame or two after the first render.
    await frames();
    return element;
  };
  const fontPx = (element: ChisoGauge, selector: string) =>
    parseFloat(getComputedStyle(element.shadowRoot!.querySelector(selector)!).fontSize);

  it("is headed by its indicator and unit, at the level the page asks", async () => {
    const element = await fixture<ChisoGauge>(
      html`<chiso-gauge heading-level="4" .data=${bacGiang}></chiso-gauge>`,
    );
    const tree = await axTree();
    const [heading] = axFind(tree, (n) => n.role === "heading");
    expect(heading!.level).to.equal(4);
    expect(heading!.name).to.match(/^Tỷ lệ hồ sơ nộp trực tuyến – 25 dịch vụ công thiết yếu/);
    expect(heading!.name).to.contain("Tỉnh Bắc Giang");
    element.removeAttribute("heading-level");
    await element.updateComplete;
    const after = await axTree();
    expect(axFind(after, (n) => n.role === "heading")[0]!.level).to.equal(2);
  });

  for (const width of [160, 250])
    it(`shows the counts and a 12 px "Chi tiết" in a ${width} px tile`, async () => {
      const element = await mountAt(`width: ${width}px`);
      expect(element.shadowRoot!.querySelector(".gauge.compact")).to.exist;
      const counts = element.shadowRoot!.querySelector<HTMLElement>(".counts")!;
      expect(text(counts)).to.equal("36.100 / 42.328 hồ sơ");
      const box = counts.getBoundingClientRect();
      expect(box.height, "counts drawn").to.be.above(8);
      expect(box.right).to.be.at.most(element.getBoundingClientRect().right);
      expect(fontPx(element, "summary")).to.be.at.least(12);
      expect(fontPx(element, ".counts")).to.be.at.least(12);
    });

  it("grows its number with the reader's text size (200 %), not only with its width", async () => {
    const root = document.documentElement;
    try {
      for (const width of [400, 1200]) {
        root.style.fontSize = "";
        const element = await mountAt(`width: ${width}px`);
        await frames();
        const before = fontPx(element, ".value");
        root.style.fontSize = "200%";
        await frames();
        const after = fontPx(element, ".value");
        expect(after, `${width} px: ${before} → ${after} px`).to.be.above(before * 1.1);
        expect(overlappingText(element), `${width} px at 200 %`).to.deep.equal([]);
      }
    } finally {
      root.style.fontSize = "";
    }
  });

  for (const variant of ["arc", "bar"])
    for (const width of [320, 160, 600])
      it(`draws no text over other text or past its box: ${variant}, ${width} px, with and without text spacing`, async () => {
        const element = await mountAt(`width: ${width}px`, variant);
        expect(overlappingText(element)).to.deep.equal([]);
        expect(textOutside(element)).to.deep.equal([]);
        applyTextSpacing(element);
        await frames();
        expect(overlappingText(element), "with text spacing").to.deep.equal([]);
        expect(textOutside(element), "with text spacing").to.deep.equal([]);
      });
});
