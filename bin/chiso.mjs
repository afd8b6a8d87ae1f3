#!/usr/bin/env node
// `npx chiso validate FILE…` — checks feeds before they are published, with the very functions
// the elements use (`parseFeed`, `checkConsistency` from the built `chiso/data`), so this command
// and a widget never disagree on what a valid feed is. Plain Node, no dependencies.
//
// Exit status: 0 every file valid, 1 a file invalid (or a warning matched by --fail-on),
// 2 a file unreadable or the command misused. `--format json` prints one JSON document instead.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

const WORDS = {
  vi: {
    usage: `Cách dùng: chiso validate [tuỳ chọn] TỆP…

Kiểm tra nguồn dữ liệu chỉ số (JSON) đúng như các phần tử chiso kiểm tra: lược đồ,
tham chiếu giữa các phần, rồi các cảnh báo nhất quán số liệu.

  TỆP               đường dẫn tệp JSON; "-" đọc từ đầu vào chuẩn
  --lang vi|en      ngôn ngữ thông báo (mặc định vi)
  --format text|json  dạng kết quả (mặc định text)
  --fail-on DS      coi cảnh báo là lỗi: mức (error, warning, info) hoặc mã
                    (rate-mismatch, unknown-unit…), cách nhau bởi dấu phẩy
  --no-warnings     không in từng cảnh báo (vẫn đếm trong tổng kết)
  -h, --help        hướng dẫn này
  -v, --version     phiên bản

Mã thoát: 0 mọi tệp hợp lệ · 1 có tệp không hợp lệ · 2 có tệp không đọc được
hoặc lệnh dùng sai.`,
    valid: "hợp lệ",
    invalid: "không hợp lệ",
    unreadable: "không đọc được",
    contents: (indicators, observations) =>
      `${count(indicators)} chỉ tiêu, ${count(observations)} quan sát`,
    problems: (n) => `${count(n)} lỗi`,
    severity: { error: "lỗi số liệu", warning: "cảnh báo", info: "lưu ý" },
    failOn: "tính là lỗi vì --fail-on",
    noFile: "không có tệp này",
    isDirectory: "đây là thư mục, không phải tệp",
    noAccess: "không có quyền đọc",
    files: (n) => `${count(n)} tệp`,
    warnings: (n) => `${count(n)} cảnh báo nhất quán`,
    badOption: (message) => `chiso: tuỳ chọn không hợp lệ (${message})`,
    badFailOn: (item) =>
      `chiso: --fail-on "${item}" không phải mức (error, warning, info) hay mã cảnh báo (${WARNING_CODES.join(", ")})`,
    noFiles: "chiso validate: cần ít nhất một tệp",
    unknownCommand: (name) => `chiso: không có lệnh "${name}"`,
    badValue: (option, value, allowed) =>
      `chiso: --${option} "${value}" không hợp lệ; dùng ${allowed}`,
    notBuilt:
      "chiso: không tìm thấy dist/esm/data.js. Trong kho mã nguồn, hãy chạy `npm run build` trước.",
  },
  en: {
    usage: `Usage: chiso validate [options] FILE…

Checks indicator feeds (JSON) exactly as the chiso elements do: the schema, the references
between parts, then the figures' consistency warnings.

  FILE              a JSON file; "-" reads standard input
  --lang vi|en      language of the messages (default vi)
  --format text|json  output format (default text)
  --fail-on LIST    treat warnings as failures: severities (error, warning, info) or codes
                    (rate-mismatch, unknown-unit…), comma-separated
  --no-warnings     do not print each warning (still counted in the summary)
  -h, --help        this help
  -v, --version     version

Exit status: 0 every file valid · 1 a file invalid · 2 a file unreadable or the command
misused.`,
    valid: "valid",
    invalid: "invalid",
    unreadable: "unreadable",
    contents: (indicators, observations) =>
      `${count(indicators)} ${indicators === 1 ? "indicator" : "indicators"}, ${count(observations)} ${observations === 1 ? "observation" : "observations"}`,
    problems: (n) => `${count(n)} ${n === 1 ? "problem" : "problems"}`,
    severity: { error: "error", warning: "warning", info: "info" },
    failOn: "counted as a failure by --fail-on",
    noFile: "no such file",
    isDirectory: "a directory, not a file",
    noAccess: "permission denied",
    files: (n) => `${count(n)} ${n === 1 ? "file" : "files"}`,
    warnings: (n) => `${count(n)} consistency ${n === 1 ? "warning" : "warnings"}`,
    badOption: (message) => `chiso: ${message}`,
    badFailOn: (item) =>
      `chiso: --fail-on "${item}" is neither a severity (error, warning, info) nor a warning code (${WARNING_CODES.join(", ")})`,
    noFiles: "chiso validate: at least one file is needed",
    unknownCommand: (name) => `chiso: no command "${name}"`,
    badValue: (option, value, allowed) =>
      `chiso: --${option} "${value}" is not valid; use ${allowed}`,
    notBuilt:
      "chiso: dist/esm/data.js is missing. In the source repository, run `npm run build` first.",
  },
};

const SEVERITIES = ["error", "warning", "info"];
/** `WarningCode` of src/data/warnings.ts (tests/node/cli.test.mjs keeps the two lists equal). */
const WARNING_CODES = [
  "rate-mismatch",
  "part-exceeds-total",
  "parts-sum-mismatch",
  "zero-denominator",
  "funnel-growth",
  "date-in-future",
  "date-outside-period",
  "unknown-unit",
  "district-code-after-reform",
  "unknown-service",
  "duplicate-observation",
  "duplicate-id",
  "unknown-reference",
  "same-fact-mismatch",
  "parts-total-mismatch",
  "remainder-mismatch",
  "change-mismatch",
  "stage-target-grows",
  "rate-not-applicable",
  "over-target",
  "printed-mismatch",
  "printed-form",
  "printed-unreadable",
  "source-blank",
];
/** Figures in the messages' language (`1.667` / `1,667`); set once the data layer is loaded. */
let count = String;
const EXIT = { valid: 0, invalid: 1, unreadable: 2 };

function fail(text) {
  process.stderr.write(`${text}\n`);
  process.exit(EXIT.unreadable);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      lang: { type: "string", default: "vi" },
      format: { type: "string", default: "text" },
      "fail-on": { type: "string", default: "" },
      "no-warnings": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
      version: { type: "boolean", short: "v", default: false },
    },
  });
} catch (error) {
  // The language option itself may be what is unparsable: look for it by hand.
  const english = process.argv.some(
    (arg, i) => arg === "--lang=en" || (arg === "--lang" && process.argv[i + 1] === "en"),
  );
  const words = WORDS[english ? "en" : "vi"];
  fail(`${words.badOption(error.message)}\n\n${words.usage}`);
}
const { values, positionals } = args;
if (!(values.lang in WORDS)) fail(WORDS.vi.badValue("lang", values.lang, "vi | en"));
const lang = values.lang;
const say = WORDS[lang];
if (!["text", "json"].includes(values.format))
  fail(say.badValue("format", values.format, "text | json"));

if (values.version) {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
  console.log(pkg.version);
  process.exit(0);
}
const [command, ...files] = positionals;
if (values.help || command === undefined) {
  console.log(say.usage);
  process.exit(values.help ? 0 : EXIT.unreadable);
}
if (command !== "validate") fail(`${say.unknownCommand(command)}\n\n${say.usage}`);
if (!files.length) fail(`${say.noFiles}\n\n${say.usage}`);

let data;
try {
  data = await import("../dist/esm/data.js");
} catch {
  fail(say.notBuilt);
}
const { parseFeed, checkConsistency, formatCount } = data;
count = (n) => formatCount(n, lang);

/** `--fail-on error,unknown-unit`: a severity counts itself and everything more serious. */
const failOn = values["fail-on"]
  .split(",")
  .map((item) => item.trim())
  .filter(Boolean);
for (const item of failOn)
  if (!SEVERITIES.includes(item) && !WARNING_CODES.includes(item)) fail(say.badFailOn(item));
function failsOn(warning) {
  return failOn.some((item) =>
    SEVERITIES.includes(item)
      ? SEVERITIES.indexOf(warning.severity) <= SEVERITIES.indexOf(item)
      : item === warning.code,
  );
}

function readInput(file) {
  try {
    return { text: readFileSync(file === "-" ? 0 : file, "utf8") };
  } catch (error) {
    const reason =
      { ENOENT: say.noFile, EISDIR: say.isDirectory, EACCES: say.noAccess }[error.code] ??
      error.message;
    return { error: { code: error.code ?? "EIO", message: reason } };
  }
}

/** One file's verdict, as data (the JSON output is exactly this). */
function check(file) {
  const input = readInput(file);
  if (input.error) return { file, status: "unreadable", error: input.error };
  const result = parseFeed(input.text);
  if (!result.ok) return { file, status: "invalid", issues: result.issues };
  const { feed } = result;
  const warnings = checkConsistency(feed).map((warning) => ({
    code: warning.code,
    severity: warning.severity,
    path: warning.path,
    message: warning.message,
    failing: failsOn(warning),
  }));
  return {
    file,
    status: warnings.some((warning) => warning.failing) ? "invalid" : "valid",
    id: feed.id,
    indicators: feed.indicators.length,
    observations: feed.indicators.reduce(
      (total, indicator) => total + (indicator.observations ?? indicator.subsystems).length,
      0,
    ),
    issues: [],
    warnings,
  };
}

const reports = files.map(check);
const tally = (status) => reports.filter((report) => report.status === status).length;
const warningsBySeverity = Object.fromEntries(
  SEVERITIES.map((severity) => [
    severity,
    reports.reduce(
      (total, report) =>
        total + (report.warnings ?? []).filter((w) => w.severity === severity).length,
      0,
    ),
  ]),
);
const summary = {
  files: reports.length,
  valid: tally("valid"),
  invalid: tally("invalid"),
  unreadable: tally("unreadable"),
  warnings: warningsBySeverity,
};
// Unreadable outranks invalid: a file that could not be read was not checked at all.
const exitCode = summary.unreadable ? EXIT.unreadable : summary.invalid ? EXIT.invalid : EXIT.valid;

if (values.format === "json") {
  console.log(JSON.stringify({ exitCode, summary, files: reports }, null, 2));
} else {
  const lines = [];
  for (const report of reports) {
    const name = report.file === "-" ? "(stdin)" : report.file;
    if (report.status === "unreadable") {
      lines.push(`! ${name}: ${say.unreadable} — ${report.error.message} (${report.error.code})`);
      continue;
    }
    if (report.issues.length) {
      lines.push(`✗ ${name}: ${say.invalid} — ${say.problems(report.issues.length)}`);
      for (const issue of report.issues)
        lines.push(`    ${issue.path || "(feed)"}: ${issue.message[lang]}`);
      continue;
    }
    const mark = report.status === "valid" ? "✓" : "✗";
    lines.push(
      `${mark} ${name}: ${say[report.status]} — ${say.contents(report.indicators, report.observations)}${report.warnings.length ? `; ${say.warnings(report.warnings.length)}` : ""}`,
    );
    for (const warning of report.warnings)
      if (!values["no-warnings"] || warning.failing)
        lines.push(
          `    [${say.severity[warning.severity]}] ${warning.path}: ${warning.message[lang]} (${warning.code}${warning.failing ? `; ${say.failOn}` : ""})`,
        );
  }
  const total = SEVERITIES.reduce((sum, severity) => sum + warningsBySeverity[severity], 0);
  const bySeverity = SEVERITIES.filter((severity) => warningsBySeverity[severity])
    .map((severity) => `${count(warningsBySeverity[severity])} ${say.severity[severity]}`)
    .join(", ");
  lines.push(
    "",
    `${say.files(summary.files)}: ${count(summary.valid)} ${say.valid}, ${count(summary.invalid)} ${say.invalid}, ${count(summary.unreadable)} ${say.unreadable} · ${say.warnings(total)}${bySeverity ? ` (${bySeverity})` : ""}`,
  );
  console.log(lines.join("\n"));
}
process.exitCode = exitCode;
