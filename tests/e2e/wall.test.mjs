// The IOC wall as an operator 5 m from the screen sees it (issue 13.3), beyond the pixel
// baselines of demo.test.mjs: on the real demo server, at 1366×768, 1920×1080 and 3840×2160 with
// no flag, every cell's main figure is on screen as text, inside its cell, not cut off, and tall
// enough to read (≥ 30 px at 1080p, ≥ 60 px at 4K, in proportion at 1366×768); the fitted
// service board shows at least 8 rows and its pause control stops the pages turning.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useDemoServer, waitForWidgets } from "./harness.mjs";

const demo = useDemoServer();

/**
 * The figure each cell is there for, by element: what the operator reads first. The status
 * panel's figures are its counts of subsystems in trouble ("1 quá hạn cập nhật"); its tiles are
 * checked separately (every tile's name and state readable and inside the cell).
 */
const MAIN_FIGURES = {
  "chiso-gauge": '[part="value"]',
  "chiso-funnel": '[part="value"]',
  "chiso-service-board": "tfoot .num",
  "chiso-status-panel": ".health-summary .count",
  "chiso-choropleth": ".note.total strong",
};

/** Least font size of a main figure: 30 px at 1080p, 60 px at 4K, 1080p's in proportion below. */
const MIN_FIGURE_PX = { 1366: 21, 1920: 30, 3840: 60 };

async function openWall(width, height, reducedMotion = "reduce") {
  const page = await demo.browser.newPage({ viewport: { width, height }, reducedMotion });
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${demo.base}/wall.html`);
  await waitForWidgets(page);
  // Fitting is measured after layout; one more frame or two settles it.
  await page.waitForTimeout(600);
  return { page, errors };
}

/** Everything the checks need, measured in the browser on what is laid out. */
function measureWall(selectors) {
  const inside = (inner, outer) =>
    inner.left >= outer.left - 1 &&
    inner.top >= outer.top - 1 &&
    inner.right <= outer.right + 1 &&
    inner.bottom <= outer.bottom + 1;
  /** Cut off: wider than its box (an ellipsis), or than the nearest block around it. */
  const clipped = (element) => {
    let box = element;
    while (box && getComputedStyle(box).display === "inline") box = box.parentElement;
    return Boolean(box && box.scrollWidth > box.clientWidth + 1);
  };
  /** Painted on top at its centre: nothing covers it. */
  const onTop = (root, element) => {
    const rect = element.getBoundingClientRect();
    const hit = root.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    return Boolean(hit && (hit === element || element.contains(hit) || hit.contains(element)));
  };
  const figure = (root, element, cell) => {
    const rect = element.getBoundingClientRect();
    return {
      text: element.textContent.replace(/\s+/g, " ").trim(),
      fontPx: parseFloat(getComputedStyle(element).fontSize),
      inCell: inside(rect, cell),
      clipped: clipped(element),
      onTop: onTop(root, element),
      visible: rect.width > 0 && rect.height > 0,
    };
  };
  const cells = {};
  for (const [tag, selector] of Object.entries(selectors)) {
    const element = document.querySelector(tag);
    const root = element.shadowRoot;
    const cell = element.getBoundingClientRect();
    cells[tag] = {
      figures: [...root.querySelectorAll(selector)].map((e) => figure(root, e, cell)),
    };
  }
  // Status tiles: every tile on screen, its name and state readable.
  const panel = document.querySelector("chiso-status-panel");
  const panelBox = panel.getBoundingClientRect();
  cells["chiso-status-panel"].tiles = [...panel.shadowRoot.querySelectorAll(".tile")]
    .filter((tile) => tile.getBoundingClientRect().height > 0)
    .map((tile) => ({
      inCell: inside(tile.getBoundingClientRect(), panelBox),
      name: figure(panel.shadowRoot, tile.querySelector(".name"), panelBox),
      state: figure(panel.shadowRoot, tile.querySelector('[part="state"] > span'), panelBox),
      age: tile.querySelector('[part="age"]').textContent.trim(),
    }));
  // Service board: rows on the page shown, inside the board.
  const board = document.querySelector("chiso-service-board");
  const boardBox = board.getBoundingClientRect();
  const rows = [...board.shadowRoot.querySelectorAll("tbody tr")].filter((row) => {
    const rect = row.getBoundingClientRect();
    return rect.height > 0 && inside(rect, boardBox);
  });
  cells["chiso-service-board"].rows = rows.length;
  cells["chiso-service-board"].rowRates = rows.map((row) => row.querySelector(".rate").textContent);
  // Funnel: each stage's label on at most two lines (not a word per line over the numbers).
  const funnel = document.querySelector("chiso-funnel");
  cells["chiso-funnel"].labelLines = [...funnel.shadowRoot.querySelectorAll(".stage-label")].map(
    (label) => {
      const style = getComputedStyle(label);
      const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2;
      return Math.round(label.getBoundingClientRect().height / line);
    },
  );
  // Choropleth: the drawing fills a fair share of its cell and stays inside it.
  const map = document.querySelector("chiso-choropleth");
  const mapBox = map.getBoundingClientRect();
  const drawing = map.shadowRoot.querySelector('[part="map"]').getBoundingClientRect();
  cells["chiso-choropleth"].map = {
    inCell: inside(drawing, mapBox),
    share: (drawing.width * drawing.height) / (mapBox.width * mapBox.height),
    // The legend (what the colours mean) and the button to the data table stay in the cell.
    keysInCell: [".legend", ".table-toggle"].every((selector) =>
      inside(map.shadowRoot.querySelector(selector).getBoundingClientRect(), mapBox),
    ),
  };
  return {
    cells,
    scroll: {
      x: document.documentElement.scrollWidth > innerWidth,
      y: document.documentElement.scrollHeight > innerHeight,
    },
  };
}

for (const [width, height] of [
  [1366, 768],
  [1920, 1080],
  [3840, 2160],
]) {
  test(`the wall at ${width}×${height} (no flag): every cell's main figure is on screen, whole and readable`, async () => {
    const { page, errors } = await openWall(width, height);
    const { cells, scroll } = await page.evaluate(measureWall, MAIN_FIGURES);
    const min = MIN_FIGURE_PX[width];
    assert.deepEqual(scroll, { x: false, y: false }, "no scrollbars");
    for (const [tag, cell] of Object.entries(cells)) {
      assert.ok(cell.figures.length > 0, `${tag}: no main figure`);
      for (const f of cell.figures) {
        const where = `${tag} "${f.text}" at ${width}×${height}`;
        // A figure, not "Hệ thống…", a loading text or an empty box.
        // (The status panel's is a count of subsystems in trouble, or that all are on time.)
        assert.match(f.text, /\d|đúng hạn/, `${where}: no figure`);
        assert.doesNotMatch(f.text, /…/, `${where}: cut short`);
        assert.ok(f.visible && f.inCell, `${where}: outside its cell`);
        assert.ok(!f.clipped, `${where}: cut off by its box`);
        assert.ok(f.onTop, `${where}: covered by something else`);
        assert.ok(f.fontPx >= min, `${where}: ${f.fontPx.toFixed(1)} px, needs ${min} px`);
      }
    }
    // Every status tile: inside the cell, its name and its state word whole (not "Hệ thống…"),
    // in type at least two thirds of the main figure's.
    const { tiles } = cells["chiso-status-panel"];
    assert.ok(tiles.length >= 3, `status panel shows ${tiles.length} tiles`);
    for (const tile of tiles) {
      const where = `status tile "${tile.name.text}" at ${width}×${height}`;
      assert.ok(tile.inCell, `${where}: outside the cell`);
      assert.ok(tile.name.text.length > 3 && !/^\S+…$/.test(tile.name.text), where);
      assert.ok(!tile.state.clipped && tile.state.text.length > 3, `${where}: state cut off`);
      assert.ok(
        tile.state.fontPx >= (min * 2) / 3,
        `${where}: state in ${tile.state.fontPx.toFixed(1)} px`,
      );
      assert.doesNotMatch(tile.age, /\d\.\d{3} ngày/, `${where}: an age of thousands of days`);
    }
    const board = cells["chiso-service-board"];
    assert.ok(board.rows >= 8, `the fitted board shows ${board.rows} rows, needs 8`);
    assert.ok(
      board.rowRates.every((rate) => rate.trim().length > 0),
      "every row on the page has its rate (or its 'no data' words)",
    );
    const lines = cells["chiso-funnel"].labelLines;
    assert.ok(lines.length >= 3 && lines.every((n) => n <= 2), `funnel labels on ${lines} lines`);
    const map = cells["chiso-choropleth"].map;
    assert.ok(map.inCell, "the map stays inside its cell");
    assert.ok(map.keysInCell, "the map's legend and table button stay inside its cell");
    assert.ok(map.share >= 0.2, `the map fills ${(map.share * 100).toFixed(0)} % of its cell`);
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test("the fitted board at 1920×1080 pages its rows with a visible pause control that stops the pages", async () => {
  const { page, errors } = await openWall(1920, 1080, "no-preference");
  // A short page interval, so the test watches several turns (the wall's default is 10 s).
  await page.evaluate(() =>
    document.querySelector("chiso-service-board").setAttribute("page-interval", "1"),
  );
  const pager = () =>
    page.evaluate(() => {
      const board = document.querySelector("chiso-service-board");
      const root = board.shadowRoot;
      const toggle = root.querySelector(".pager-toggle");
      const rect = toggle?.getBoundingClientRect();
      const cell = board.getBoundingClientRect();
      return {
        page: root.querySelector(".pager-page")?.textContent ?? "",
        shown: root.querySelector(".pager-shown")?.textContent ?? "",
        firstRow: root.querySelector("tbody tr .name-text")?.textContent ?? "",
        toggle: toggle?.textContent.replace(/\s+/g, " ").trim() ?? "",
        toggleVisible: Boolean(
          rect &&
          rect.width > 0 &&
          rect.top >= cell.top &&
          rect.bottom <= cell.bottom &&
          root
            .elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2)
            ?.closest(".pager-toggle"),
        ),
      };
    });
  const first = await pager();
  assert.match(first.page, /^Trang 1\/\d+$/);
  assert.ok(first.toggleVisible, "the pause button is on screen");
  assert.match(first.toggle, /Tạm dừng/);
  // Turning by itself.
  await page.waitForFunction(
    (before) =>
      document.querySelector("chiso-service-board").shadowRoot.querySelector(".pager-page")
        ?.textContent !== before,
    first.page,
    { timeout: 5_000 },
  );
  // Pause: the page stays, rows and all, while several intervals pass.
  await page.click("chiso-service-board >> .pager-toggle");
  const paused = await pager();
  assert.match(paused.toggle, /Tiếp tục/);
  await page.waitForTimeout(3_500);
  const later = await pager();
  assert.deepEqual(
    [later.page, later.shown, later.firstRow],
    [paused.page, paused.shown, paused.firstRow],
    "paused, the page does not change",
  );
  // Resume: it turns again.
  await page.click("chiso-service-board >> .pager-toggle");
  await page.waitForFunction(
    (before) =>
      document.querySelector("chiso-service-board").shadowRoot.querySelector(".pager-page")
        ?.textContent !== before,
    paused.page,
    { timeout: 5_000 },
  );
  assert.deepEqual(errors, []);
  await page.close();
});
