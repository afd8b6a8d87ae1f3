// Very large but valid feeds (issue 22.4), made on demand rather than committed: the loopback
// feed server sends them (`{ large: "services", count: 100000 }` as a script step), and the
// bench and soak scripts time them. Deterministic: the same count gives the same feed.

const BASE = {
  schemaVersion: "1.0",
  id: "large",
  title: { vi: "Tệp số liệu rất lớn (thử nghiệm)", en: "A very large feed (test)" },
  publisher: {
    name: { vi: "Tổ công tác Đề án 06 (thử)", en: "Project 06 group (test)" },
    unitCode: "40",
  },
  period: {
    start: "2023-07-01",
    end: "2023-07-31",
    label: { vi: "tháng 7/2023", en: "July 2023" },
  },
  generatedAt: "2023-07-26T17:00:00+07:00",
  unitVintage: "2023",
};

/** Services whose name the registry gives: all of them would pass the 8.000.000-character limit. */
const NAMED_SERVICES = 20_000;

/**
 * A ratio indicator with `count` services of one unit (ids `dv-1` …), plus the all-services
 * figure. The first 20 000 services are named in the registry; the rest show their id.
 */
export function largeServicesFeed(count) {
  const observations = [{ numerator: 0, denominator: 0 }];
  const services = [];
  let numerator = 0;
  let denominator = 0;
  for (let i = 1; i <= count; i += 1) {
    const d = 50 + ((i * 7919) % 950);
    const n = Math.round((d * ((i * 104729) % 1000)) / 1000);
    numerator += n;
    denominator += d;
    observations.push({ service: `dv-${i}`, numerator: n, denominator: d });
    if (i <= NAMED_SERVICES) services.push({ id: `dv-${i}`, name: `Dịch vụ ${i}` });
  }
  observations[0] = { numerator, denominator };
  return {
    ...BASE,
    services,
    indicators: [
      {
        id: "dvc-online",
        kind: "ratio",
        label: { vi: "Hồ sơ trực tuyến", en: "Online dossiers" },
        target: 60,
        observations,
      },
    ],
  };
}

/** A status indicator with `count` subsystems, a third of them overdue at `generatedAt`. */
export function largeStatusFeed(count, generatedAt = BASE.generatedAt) {
  const now = Date.parse(generatedAt);
  const subsystems = [];
  for (let i = 1; i <= count; i += 1) {
    const overdue = i % 3 === 0;
    subsystems.push({
      id: `ps-${i}`,
      label: `Phân hệ ${i}`,
      mode: i % 10 === 0 ? "manual" : "online",
      lastUpdated: new Date(now - (overdue ? 3 * 3600_000 : 60_000)).toISOString(),
      expectedInterval: "PT15M",
    });
  }
  return {
    ...BASE,
    generatedAt,
    indicators: [{ id: "ioc", kind: "status", label: { vi: "IOC", en: "IOC" }, subsystems }],
  };
}

/** A ratio indicator for `count` communes (codes 10001 …) of the publisher, for the map and gauge. */
export function largeUnitsFeed(count) {
  const observations = [];
  const units = [];
  for (let i = 1; i <= count; i += 1) {
    const d = 100 + ((i * 7919) % 900);
    const code = String(10_000 + i);
    observations.push({
      unit: code,
      numerator: Math.round(d * (((i * 31) % 100) / 100)),
      denominator: d,
    });
    units.push({ code, name: `Xã ${i}`, level: "commune", parent: "40" });
  }
  return {
    ...BASE,
    units,
    indicators: [
      {
        id: "dvc-online",
        kind: "ratio",
        label: { vi: "Hồ sơ trực tuyến", en: "Online dossiers" },
        observations,
      },
    ],
  };
}

/** A funnel with `count` stages (ids `g1` …), each a little smaller than the one before. */
export function largeFunnelFeed(count) {
  const stages = [];
  const values = {};
  for (let i = 1; i <= count; i += 1) {
    stages.push({ id: `g${i}`, label: `Giai đoạn ${i}` });
    values[`g${i}`] = { value: 1_000_000 - i * 10 };
  }
  return {
    ...BASE,
    indicators: [
      {
        id: "eid",
        kind: "funnel",
        label: { vi: "Định danh", en: "e-ID" },
        stages,
        observations: [{ stages: values }],
      },
    ],
  };
}

/** A large feed by name, for the feed server's `{ large, count }` step. */
export function largeFeed(kind, count) {
  if (kind === "services") return largeServicesFeed(count);
  if (kind === "status") return largeStatusFeed(count);
  if (kind === "units") return largeUnitsFeed(count);
  if (kind === "funnel") return largeFunnelFeed(count);
  throw new Error(`unknown large feed ${kind}`);
}
