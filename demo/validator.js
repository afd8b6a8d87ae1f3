// Feed validator page: fetches a seed feed (or takes pasted JSON), validates it with the library's
// own parser and shows the consistency warnings. Feed text is only ever set as textContent.
// The ES data module (not the single-file bundle): it explains a JSON syntax error in full.
import * as chiso from "/dist/esm/data.js";

const select = document.getElementById("feed-select");
const textarea = document.getElementById("feed-text");
const result = document.getElementById("result");

/** Severities, most serious first, in both languages (chiso validate says them the same way). */
const SEVERITY = {
  error: "lỗi số liệu / error",
  warning: "cảnh báo / warning",
  info: "lưu ý / info",
};

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text != null) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function show(text) {
  result.replaceChildren();
  const parsed = chiso.parseFeed(text);
  if (!parsed.ok) {
    result.append(element("h2", `✗ Không hợp lệ — invalid (${parsed.issues.length})`, "bad"));
    const list = element("ul");
    for (const issue of parsed.issues) {
      const item = element("li");
      item.append(
        element("code", issue.where ?? (issue.path || "(feed)")),
        `: ${issue.message.vi} — ${issue.message.en}`,
      );
      list.append(item);
    }
    result.append(list);
    return;
  }
  const feed = parsed.feed;
  const warnings = chiso.checkConsistency(feed);
  result.append(element("h2", "✓ Hợp lệ — valid", "ok"));
  result.append(
    element(
      "p",
      `${chiso.localize(feed.publisher.name, "vi")} · ${chiso.localize(feed.period.label, "vi")} · ${feed.indicators.length} chỉ tiêu / indicators · vintage ${feed.unitVintage}`,
    ),
  );
  const table = element("table");
  const head = element("tr");
  for (const title of ["id", "kind", "label", "observations"]) head.append(element("th", title));
  table.append(head);
  for (const indicator of feed.indicators) {
    const row = element("tr");
    const count = indicator.observations?.length ?? indicator.subsystems?.length ?? 0;
    for (const value of [
      indicator.id,
      indicator.kind,
      chiso.localize(indicator.label, "vi"),
      String(count),
    ])
      row.append(element("td", value));
    table.append(row);
  }
  result.append(table);
  const bySeverity = Object.keys(SEVERITY).map(
    (severity) => `${warnings.filter((w) => w.severity === severity).length} ${SEVERITY[severity]}`,
  );
  result.append(
    element(
      "h3",
      `Cảnh báo nhất quán / Consistency warnings: ${warnings.length}${warnings.length ? ` (${bySeverity.join(", ")})` : ""}`,
      warnings.length ? "warn" : "ok",
    ),
  );
  // Most serious first; within a severity, in the feed's order. Each says its severity in words.
  const ordered = Object.keys(SEVERITY).flatMap((severity) =>
    warnings.filter((w) => w.severity === severity),
  );
  const list = element("ul");
  for (const warning of ordered) {
    const item = element("li", null, `severity-${warning.severity}`);
    item.append(
      element("strong", `[${SEVERITY[warning.severity]}]`),
      " ",
      element("code", warning.path),
      ` ${warning.message.vi} — ${warning.message.en} (${warning.code})`,
    );
    list.append(item);
  }
  result.append(list);
}

async function loadSeed() {
  const response = await fetch(`/fixtures/feeds/${select.value}.json`);
  textarea.value = await response.text();
  show(textarea.value);
}

select.addEventListener("change", loadSeed);
document.getElementById("validate").addEventListener("click", () => show(textarea.value));
loadSeed();
