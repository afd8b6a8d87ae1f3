// Forced colours (Windows high contrast): the browser swaps the page's palette for a handful of
// system colours. Each element must still tell value from track, target from value and one class
// or state from another — otherwise a bar reads as full or empty whatever the figure.
import { expect, fixture, html } from "@open-wc/testing";
import { executeServerCommand } from "@web/test-runner-commands";
import "./support/guard.js";
import { until } from "./support/guard.js";
import { FakeClock } from "./support/fake-clock.js";
import "../src/elements.js";
import type {
  ChisoChoropleth,
  ChisoFunnel,
  ChisoGauge,
  ChisoServiceBoard,
  ChisoStatusPanel,
} from "../src/elements.js";
import bacGiang from "../fixtures/feeds/bac-giang-2023-02.json";
import ngheAn from "../fixtures/feeds/nghe-an-2023-07.json";
import bacGiangTopo from "../fixtures/boundaries/vn-districts-2023-bac-giang.topo.json";

const style = (node: Element | null | undefined) => getComputedStyle(node!);

/** What a system colour keyword resolves to under the current emulation. */
function systemColor(keyword: string): string {
  const probe = document.createElement("span");
  probe.style.color = keyword;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

describe("forced colours (high contrast)", () => {
  before(async () => {
    await executeServerCommand("forced-colors", true);
    expect(matchMedia("(forced-colors: active)").matches, "emulation on").to.be.true;
  });
  after(async () => {
    await executeServerCommand("forced-colors", false);
  });

  it("gauge: the value arc, the rest of the track and the target differ", async () => {
    const element = await fixture<ChisoGauge>(
      html`<chiso-gauge style="width: 360px" .data=${bacGiang}></chiso-gauge>`,
    );
    const root = element.shadowRoot!;
    const value = style(root.querySelector(".dial .fill")).fill;
    const rest = style(root.querySelector(".dial .track")).fill;
    const target = style(root.querySelector("line.target")).stroke;
    expect(value).to.equal(systemColor("Highlight"));
    expect(rest).to.not.equal(value);
    expect(rest).to.not.equal(systemColor("Canvas"));
    expect(target).to.not.equal(value);
  });

  it("service board: every bar shows its share against an empty track", async () => {
    const element = await fixture<ChisoServiceBoard>(
      html`<chiso-service-board style="width: 900px" .data=${bacGiang}></chiso-service-board>`,
    );
    const rows = [...element.shadowRoot!.querySelectorAll("tbody tr")];
    const licence = rows.find((row) => row.textContent?.includes("giấy phép lái xe"))!;
    const track = licence.querySelector(".track")!;
    const fill = licence.querySelector(".fill")!;
    expect(style(fill).backgroundColor).to.equal(systemColor("Highlight"));
    expect(style(track).backgroundColor).to.not.equal(style(fill).backgroundColor);
    // 57,91 %: the filled part is visibly a little over half the track.
    const share = fill.getBoundingClientRect().width / track.getBoundingClientRect().width;
    expect(share).to.be.closeTo(0.58, 0.03);
  });

  it("funnel: bars stand out from their tracks", async () => {
    const element = await fixture<ChisoFunnel>(
      html`<chiso-funnel style="width: 900px" indicator="eid" .data=${ngheAn}></chiso-funnel>`,
    );
    const root = element.shadowRoot!;
    const bar = style(root.querySelector(".bar")).backgroundColor;
    expect(bar).to.equal(systemColor("Highlight"));
    expect(style(root.querySelector(".track")).backgroundColor).to.not.equal(bar);
  });

  it("status panel: a stale subsystem's tile is drawn differently from a fresh one", async () => {
    // 20 minutes after the report's 16:55 update: the 15-minute online feeds are overdue, the
    // hourly simulated one (16:30) is still on time.
    const clock = new FakeClock(Date.parse("2023-07-26T17:15:00+07:00"));
    const element = await fixture<ChisoStatusPanel>(
      html`<chiso-status-panel .clock=${clock} .data=${ngheAn}></chiso-status-panel>`,
    );
    const tiles = [...element.shadowRoot!.querySelectorAll(".tile")];
    const stale = tiles.find((tile) => tile.classList.contains("is-stale"));
    const fresh = tiles.find((tile) => tile.classList.contains("is-fresh"));
    expect(stale).to.exist;
    expect(fresh).to.exist;
    expect(style(stale).borderTopStyle).to.equal("double");
    expect(style(fresh).borderTopStyle).to.not.equal("double");
  });

  it("choropleth: districts keep their class colours", async () => {
    const element = await fixture<ChisoChoropleth>(
      html`<chiso-choropleth
        style="width: 640px; --chiso-choropleth-height: 360px"
        thresholds="82,88,92"
        .boundaryData=${bacGiangTopo}
        .data=${bacGiang}
      ></chiso-choropleth>`,
    );
    const unit = (code: string) =>
      element.shadowRoot!.querySelector(`path.unit[data-code="${code}"]`);
    await until(() => unit("213"), "the map drawn");
    // Việt Yên 80,63 % (below 82) and TP Bắc Giang 93,27 % (above 92).
    expect(style(unit("222")).fill).to.not.equal(style(unit("213")).fill);
  });
});
