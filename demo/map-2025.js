// The 2025 map page: Bắc Giang's real February 2023 district figures re-aggregated to the 2025
// province Bắc Ninh (24) with chiso/crosswalk, in the browser. Summing is refused where the table
// cannot vouch for the result (here: old Bắc Ninh, 27, has no figures in the Bắc Giang report),
// and the page says why, in the report's own words. Feed text is set as text, never as HTML.
import { convertFeed, parseCrosswalk } from "/dist/esm/crosswalk.js";

const map = document.querySelector('[data-role="province-2025"]');
const status = document.querySelector('[data-role="conversion"]');

async function json(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

try {
  const [feed, table] = await Promise.all([
    json("/fixtures/feeds/bac-giang-2023-02.json"),
    json("/fixtures/crosswalk/crosswalk-2023-2025-sample.json"),
  ]);
  const crosswalk = parseCrosswalk(table);
  if (!crosswalk.ok) throw new Error(crosswalk.issues[0].message.vi);
  const parsed = window.chiso.parseFeed(feed);
  if (!parsed.ok) throw new Error("feed");
  const { feed: converted, report } = convertFeed(parsed.feed, crosswalk.crosswalk, {
    vintage: "2025",
    level: "province",
    from: "district",
  });
  map.data = converted;
  const line = report.indicators.find((entry) => entry.indicator === "dvc-online-district");
  const done = line?.converted.map((unit) => `${unit.name}: quy đổi được`) ?? [];
  const refused =
    line?.refused.map(
      (unit) =>
        `${unit.name}: không quy đổi được — ${unit.reasons.map((r) => r.message.vi).join("; ")}`,
    ) ?? [];
  status.textContent =
    [...done, ...refused].join(" · ") || "Không có số liệu cấp huyện để quy đổi.";
} catch (error) {
  status.textContent = `Không quy đổi được: ${error.message}`;
}
