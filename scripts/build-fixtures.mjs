// Builds the five real fixture feeds in fixtures/feeds/ from the neutral transcriptions of the
// seed reports in ../shared/data/seed-figures/ (outside this repository). Run by hand
// (`npm run fixtures`); its output is committed and the product never reads ../shared.
//
// Rules followed throughout (see fixtures/feeds/README.md):
// - numbers are copied exactly as transcribed; a printed rate is never "corrected": it stays in
//   `statedRate` and the consistency pass flags it;
// - `null` in the transcription (not stated) is omitted, or becomes `noData: true` when the
//   observation exists but has no figure;
// - every observation carries `provenance` (document number, section, verbatim quote).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const SEED_DIR = new URL("../../shared/data/seed-figures/", import.meta.url);
const OUT_DIR = new URL("../fixtures/feeds/", import.meta.url);

const SCHEMA_URL = "https://chiso.dev/schema/indicator-feed/v1.json";

// ---------------------------------------------------------------------------------------------
// Generic helpers

/** A seed file with a figure index; `fig(id)` throws on an unknown id so typos cannot pass. */
function loadSeed(name) {
  const data = JSON.parse(readFileSync(new URL(`${name}.json`, SEED_DIR), "utf8"));
  const byId = new Map(data.figures.map((figure) => [figure.id, figure]));
  return {
    source: data.source,
    figures: data.figures,
    fig(id) {
      const figure = byId.get(id);
      if (!figure) throw new Error(`${name}: no figure "${id}"`);
      return figure;
    },
  };
}

/** Localized text: `{vi, en}`. */
const t = (vi, en) => ({ vi, en });

/** Removes `undefined` and `null` members (null = "not stated" in the transcription). */
function compact(object) {
  const out = {};
  for (const [key, value] of Object.entries(object))
    if (value !== undefined && value !== null) out[key] = value;
  return out;
}

/** A count as the reports print it: `4376` → `4.376`. */
function viNumber(value) {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** A count in English notation: `4376` → `4,376`. */
function enNumber(value) {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** Quote of a figure, with its extra quotes (footnotes) joined by " … ". */
function quoteOf(figure) {
  return [figure.quote, ...(figure.extraQuotes ?? [])].join(" … ");
}

function provenanceOf(seed, figure, section) {
  return compact({ document: seed.source.docNumber, section, quote: quoteOf(figure) });
}

const QUALIFIER = { gần: "nearly", trên: "above", hơn: "more-than", khoảng: "about" };
function qualifierOf(figure) {
  if (figure.qualifier == null) return undefined;
  const qualifier = QUALIFIER[figure.qualifier];
  if (!qualifier) throw new Error(`${figure.id}: unknown qualifier ${figure.qualifier}`);
  return qualifier;
}

const UNIT_LABEL = {
  "hồ sơ": t("hồ sơ", "dossiers"),
  "trường hợp": t("trường hợp", "cases"),
  lượt: t("lượt", "times"),
  "dữ liệu": t("dữ liệu", "records"),
  "đơn vị": t("đơn vị", "units"),
  "cơ sở": t("cơ sở", "facilities"),
  trường: t("trường", "schools"),
  "học sinh": t("học sinh", "pupils"),
  "thiết bị": t("thiết bị", "devices"),
  "mũi tiêm": t("mũi tiêm", "doses"),
  "%": t("%", "%"),
  "tài khoản": t("tài khoản", "accounts"),
  thẻ: t("thẻ", "cards"),
  người: t("người", "people"),
  "đối tượng": t("đối tượng", "beneficiaries"),
  "thông tin": t("thông tin", "records"),
  "nhân viên": t("nhân viên", "staff"),
  "lượt giao dịch": t("lượt giao dịch", "transactions"),
  "cơ sở kinh doanh": t("cơ sở kinh doanh", "businesses"),
  "người nộp thuế": t("người nộp thuế", "taxpayers"),
  "mã số thuế": t("mã số thuế", "tax IDs"),
  huyện: t("huyện", "districts"),
  em: t("em", "children"),
};
function unitLabelOf(figure) {
  return UNIT_LABEL[figure.unit] ?? figure.unit;
}

function writeFeed(feed) {
  mkdirSync(OUT_DIR, { recursive: true });
  const file = new URL(`${feed.id}.json`, OUT_DIR);
  writeFileSync(file, `${JSON.stringify(feed, null, 2)}\n`);
  const observations = feed.indicators.reduce(
    (total, indicator) => total + (indicator.observations ?? indicator.subsystems).length,
    0,
  );
  console.log(
    `wrote ${fileURLToPath(file)} (${feed.indicators.length} indicators, ${observations} observations/subsystems)`,
  );
}

/** The feed skeleton common to all five reports. */
function feedOf(
  seed,
  { id, title, publisherName, unitCode, generatedAt, periodEn, units, services, indicators },
) {
  const source = seed.source;
  return {
    $schema: SCHEMA_URL,
    schemaVersion: "1.0",
    id,
    title,
    publisher: { name: publisherName, unitCode },
    source: {
      docNumber: source.docNumber,
      date: source.date,
      title: source.title,
      issuer: source.issuer,
    },
    period: {
      start: source.periodStart,
      end: source.periodEnd,
      label: t(source.periodLabel, periodEn),
    },
    generatedAt,
    unitVintage: "2023",
    units,
    services,
    indicators,
  };
}

// ---------------------------------------------------------------------------------------------
// Administrative units (GSO codes, 2023 vintage; names as in the GSO list)

const PROVINCES = {
  24: t("Tỉnh Bắc Giang", "Bắc Giang Province"),
  40: t("Tỉnh Nghệ An", "Nghệ An Province"),
  51: t("Tỉnh Quảng Ngãi", "Quảng Ngãi Province"),
  67: t("Tỉnh Đắk Nông", "Đắk Nông Province"),
  70: t("Tỉnh Bình Phước", "Bình Phước Province"),
};
const province = (code) => ({ code, name: PROVINCES[code], level: "province", parent: "VN" });

const BAC_GIANG_DISTRICTS = [
  ["213", "Thành phố Bắc Giang", "Bắc Giang City"],
  ["215", "Huyện Yên Thế", "Yên Thế District"],
  ["216", "Huyện Tân Yên", "Tân Yên District"],
  ["217", "Huyện Lạng Giang", "Lạng Giang District"],
  ["218", "Huyện Lục Nam", "Lục Nam District"],
  ["219", "Huyện Lục Ngạn", "Lục Ngạn District"],
  ["220", "Huyện Sơn Động", "Sơn Động District"],
  ["221", "Huyện Yên Dũng", "Yên Dũng District"],
  ["222", "Huyện Việt Yên", "Việt Yên District"],
  ["223", "Huyện Hiệp Hòa", "Hiệp Hòa District"],
].map(([code, vi, en]) => ({ code, name: t(vi, en), level: "district", parent: "24" }));

const BINH_LONG = {
  code: "690",
  name: t("Thị xã Bình Long", "Bình Long Town"),
  level: "district",
  parent: "70",
};
const BINH_LONG_COMMUNES = [
  ["25320", "Phường Hưng Chiến", "Hưng Chiến Ward"],
  ["25324", "Phường An Lộc", "An Lộc Ward"],
  ["25325", "Phường Phú Thịnh", "Phú Thịnh Ward"],
  ["25326", "Phường Phú Đức", "Phú Đức Ward"],
  ["25333", "Xã Thanh Lương", "Thanh Lương Commune"],
  ["25336", "Xã Thanh Phú", "Thanh Phú Commune"],
].map(([code, vi, en]) => ({ code, name: t(vi, en), level: "commune", parent: "690" }));

const GIA_NGHIA = {
  code: "660",
  name: t("Thành phố Gia Nghĩa", "Gia Nghĩa City"),
  level: "district",
  parent: "67",
};

// ---------------------------------------------------------------------------------------------
// Services: the 25 essential services (ids = the seed's serviceKey) and the groups some reports
// give figures for. Names are the services' standard names; the quotes keep the reports' wording.

const ESSENTIAL = {
  "xac-nhan-cmnd": t(
    "Xác nhận số Chứng minh nhân dân khi đã được cấp thẻ Căn cước công dân",
    "Confirmation of the old ID-card number for a citizen ID (CCCD) holder",
  ),
  "cap-doi-cccd": t(
    "Cấp, cấp đổi, cấp lại thẻ Căn cước công dân",
    "Issue, renewal or replacement of the citizen ID card (CCCD)",
  ),
  "thuong-tru": t("Đăng ký thường trú", "Permanent residence registration"),
  "tam-tru": t("Đăng ký tạm trú", "Temporary residence registration"),
  "tam-vang": t("Khai báo tạm vắng", "Temporary absence declaration"),
  "luu-tru": t("Thông báo lưu trú", "Stay (lodging) notification"),
  "bien-so-xe": t(
    "Đăng ký, cấp biển số mô tô, xe gắn máy",
    "Motorbike registration and number plates",
  ),
  "phat-nguoi": t(
    "Thu tiền nộp phạt xử lý vi phạm hành chính trong lĩnh vực giao thông đường bộ qua thiết bị ghi hình (phạt nguội)",
    "Payment of camera-detected road-traffic fines",
  ),
  "ho-chieu": t(
    "Cấp, cấp lại, sửa đổi, bổ sung hộ chiếu phổ thông",
    "Ordinary passport issue and renewal",
  ),
  "con-dau-moi": t(
    "Thủ tục làm con dấu mới và cấp Giấy chứng nhận đã đăng ký mẫu dấu",
    "New seal and seal-sample certificate",
  ),
  "con-dau-thu-nho": t(
    "Thủ tục làm con dấu thu nhỏ, dấu nổi, dấu xi và cấp Giấy chứng nhận đã đăng ký mẫu con dấu",
    "Reduced-size, embossed or wax seals and seal-sample certificate",
  ),
  "ly-lich-tu-phap": t("Cấp phiếu lý lịch tư pháp", "Criminal-record certificate"),
  "khai-sinh": t("Đăng ký khai sinh", "Birth registration"),
  "khai-tu": t("Đăng ký khai tử", "Death registration"),
  "ket-hon": t("Đăng ký kết hôn", "Marriage registration"),
  "cap-dien-moi": t(
    "Cấp điện mới từ lưới điện hạ áp (220/380V)",
    "New low-voltage (220/380 V) electricity connection",
  ),
  "doi-chu-the-hop-dong-dien": t(
    "Thay đổi chủ thể hợp đồng mua bán điện",
    "Change of the party to an electricity supply contract",
  ),
  "bien-dong-dat-dai": t(
    "Đăng ký biến động về quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do thay đổi thông tin về người được cấp Giấy chứng nhận",
    "Registration of changes to land-use rights after a change in the certificate holder's details",
  ),
  "thi-thpt": t(
    "Đăng ký dự thi tốt nghiệp THPT quốc gia và xét tuyển đại học, cao đẳng",
    "Registration for the national upper-secondary graduation exam and university/college admission",
  ),
  gplx: t("Cấp đổi, cấp lại giấy phép lái xe", "Driving-licence renewal or replacement"),
  "thue-lan-dau": t(
    "Đăng ký thuế lần đầu, đăng ký thay đổi thông tin đăng ký thuế đối với người nộp thuế là hộ gia đình, cá nhân",
    "First-time tax registration or change of tax registration (households, individuals)",
  ),
  "tro-cap-that-nghiep": t("Giải quyết hưởng trợ cấp thất nghiệp", "Unemployment benefit"),
  "bhyt-ho-gia-dinh": t(
    "Tích hợp tính giảm trừ mức đóng trong gia hạn thẻ bảo hiểm y tế theo hộ gia đình",
    "Household health-insurance renewal with contribution reduction",
  ),
  "lien-thong-khai-sinh": t(
    "Liên thông đăng ký khai sinh – đăng ký thường trú – cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi",
    "Linked: birth registration, permanent residence and health-insurance card for children under 6",
  ),
  "lien-thong-khai-tu": t(
    "Liên thông đăng ký khai tử – xóa đăng ký thường trú – trợ cấp mai táng phí",
    "Linked: death registration, removal of permanent residence and funeral allowance",
  ),
};

/** Collects the services a feed refers to, in order of first use. */
class ServiceRegistry {
  constructor() {
    this.map = new Map();
  }
  /** Registers an essential service by key (plus optional authority/tier/portal) and returns the id. */
  essential(key, extra = {}) {
    if (!ESSENTIAL[key]) throw new Error(`unknown service key ${key}`);
    return this.add({ id: key, name: ESSENTIAL[key], ...extra });
  }
  add(service) {
    const previous = this.map.get(service.id);
    this.map.set(service.id, compact({ ...previous, ...service }));
    return service.id;
  }
  list() {
    return [...this.map.values()].map((service) =>
      compact({
        id: service.id,
        name: service.name,
        authority: service.authority,
        tier: service.tier,
        connectedToNationalPortal: service.connectedToNationalPortal,
      }),
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Observation builders

/** A ratio observation from a figure with `numerator` / `denominator` / `statedRate`. */
function ratioObservation(seed, figure, section, extra = {}) {
  return compact({
    unit: extra.unit,
    service: extra.service,
    numerator: "numerator" in extra ? extra.numerator : figure.numerator,
    denominator: "denominator" in extra ? extra.denominator : figure.denominator,
    statedRate: "statedRate" in extra ? extra.statedRate : figure.statedRate,
    qualifier: qualifierOf(figure),
    target: extra.target,
    previous: extra.previous,
    detail: extra.detail,
    notApplicable: extra.notApplicable,
    noData: extra.noData,
    asOf: "asOf" in extra ? extra.asOf : figure.asOf,
    note: extra.note,
    provenance: provenanceOf(seed, figure, section),
  });
}

/** Seed labels of facts stated twice end in "(§4)" / "(§6)"; the indicator label does not. */
function withoutSection(label) {
  return label.replace(/\s*\(§\d+\)$/, "");
}

/** A progress indicator with the single observation of one figure. */
function progressIndicator(seed, figure, section, extra = {}) {
  const done = "done" in extra ? extra.done : (figure.numerator ?? figure.value);
  const total = "total" in extra ? extra.total : figure.denominator;
  return compact({
    id: extra.id ?? figure.id,
    kind: "progress",
    label: t(
      withoutSection(extra.label ?? figure.label),
      withoutSection(extra.labelEn ?? figure.labelEn),
    ),
    unitLabel: unitLabelOf(figure),
    observations: [
      compact({
        unit: extra.unit,
        done,
        total,
        statedRate: "statedRate" in extra ? extra.statedRate : figure.statedRate,
        qualifier: qualifierOf(figure),
        target: extra.target,
        asOf: "asOf" in extra ? extra.asOf : figure.asOf,
        note: extra.note,
        provenance: provenanceOf(seed, figure, section),
      }),
    ],
  });
}

/** One funnel stage value from a figure. */
function stageValue(seed, figure, section, extra = {}) {
  return compact({
    value: "value" in extra ? extra.value : (figure.value ?? figure.numerator),
    target: extra.target,
    levels: extra.levels,
    statedRate: "statedRate" in extra ? extra.statedRate : figure.statedRate,
    statedRateOf: extra.statedRateOf,
    qualifier: qualifierOf(figure),
    asOf: "asOf" in extra ? extra.asOf : figure.asOf,
    note: extra.note,
    provenance: provenanceOf(seed, figure, section),
  });
}

const EID_STAGES = [
  { id: "collected", label: t("Đã thu nhận hồ sơ", "Applications collected") },
  {
    id: "approved",
    label: t("Bộ Công an đã phê duyệt", "Approved by the Ministry of Public Security"),
  },
  { id: "activated", label: t("Đã kích hoạt", "Activated") },
];
const EID_LEVELS = [
  { id: "level-1", label: t("Mức 1", "Level 1") },
  { id: "level-2", label: t("Mức 2", "Level 2") },
];
const LOOKUP_STAGES = [
  { id: "lookups", label: t("Lượt tra cứu bằng CCCD gắn chip", "Look-ups by chip ID card") },
  { id: "successful", label: t("Tra cứu thành công", "Successful look-ups") },
];
const BHYT_LOOKUP_LABEL = t(
  "Tra cứu thông tin thẻ BHYT bằng CCCD gắn chip khi khám chữa bệnh",
  "Health-insurance look-ups by chip ID card at clinics",
);

/** The `bhyt-chip-lookup` funnel from a figure with breakdown.lookups / breakdown.successful. */
function chipLookupFunnel(
  seed,
  figure,
  section,
  { id = "bhyt-chip-lookup", label = BHYT_LOOKUP_LABEL, note, stageNote } = {},
) {
  return compact({
    id,
    kind: "funnel",
    label,
    unitLabel: t("lượt", "look-ups"),
    note,
    stages: LOOKUP_STAGES,
    observations: [
      compact({
        asOf: figure.asOf,
        stages: {
          lookups: stageValue(seed, figure, section, {
            value: figure.breakdown.lookups,
            statedRate: null,
          }),
          successful: stageValue(seed, figure, section, {
            value: figure.breakdown.successful,
            statedRateOf: figure.statedRate != null ? "first" : undefined,
            note: stageNote,
          }),
        },
      }),
    ],
  });
}

// ---------------------------------------------------------------------------------------------
// Bắc Giang, 16/01–15/02/2023

function bacGiang() {
  const seed = loadSeed("bac-giang-2023-02");
  const { fig } = seed;
  const services = new ServiceRegistry();
  const doc = "Phụ lục I";

  // dvc-online: province total (Phụ lục I, Tổng số) + one observation per Phụ lục I row.
  const total = fig("annex1-total");
  const shortfall = Object.fromEntries(
    ["thue-lan-dau", "tro-cap-that-nghiep", "cap-doi-cccd", "gplx"].map((key) => [
      key,
      fig(`shortfall-${key}`),
    ]),
  );
  const rows = seed.figures.filter((figure) => /^annex1-row\d\d-/.test(figure.id));
  if (rows.length !== 25) throw new Error("Bắc Giang: expected 25 Phụ lục I rows");

  const rowObservations = rows.map((row) => {
    const b = row.breakdown;
    const notes = [];
    if (b.rateCellText)
      notes.push([
        `Ô tỷ lệ in "${b.rateCellText}" (không có hồ sơ nào); không ghi tỷ lệ.`,
        `The rate cell prints "${b.rateCellText}" (no dossiers); no rate recorded.`,
      ]);
    if (row.id === "annex1-row19-bien-dong-dat-dai")
      notes.push([
        "Dòng in 0 / 0 hồ sơ nhưng vẫn ghi tỷ lệ 0,00 %. Mục II.2.1 xếp dịch vụ này vào nhóm “không phát sinh”.",
        "The row prints 0 / 0 dossiers yet a rate of 0.00 %. Section II.2.1 lists the service as having no dossiers.",
      ]);
    if (row.id === "annex1-row16-lien-thong-khai-tu")
      notes.push([
        "Phụ lục I in 25 hồ sơ tiếp nhận, 0 trực tuyến; nhưng mục II.2.1 xếp dịch vụ này vào nhóm “không phát sinh”.",
        "Phụ lục I prints 25 dossiers received, 0 online; section II.2.1 however lists the service as having no dossiers.",
      ]);
    if (b.onlineBusinesses > 0)
      notes.push([
        `Trực tuyến = ${viNumber(b.onlineCitizens)} công dân + ${viNumber(b.onlineBusinesses)} doanh nghiệp.`,
        `Online = ${enNumber(b.onlineCitizens)} citizens + ${enNumber(b.onlineBusinesses)} businesses.`,
      ]);
    if (b.remark)
      notes.push([`Cột Ghi chú in "${b.remark}".`, `The remark column prints "${b.remark}".`]);
    const sf = shortfall[row.serviceKey];
    if (sf)
      notes.push([
        `Mục III.2 (Tồn tại, hạn chế) lại ghi tỷ lệ ${String(sf.statedRate).replace(".", ",")} % cho dịch vụ này: "${sf.quote}".`,
        `Section III.2 (shortcomings) prints a different rate, ${sf.statedRate} %, for this service: "${sf.quote}".`,
      ]);
    return ratioObservation(seed, row, `${doc}, dòng ${b.rowNo}`, {
      service: services.essential(row.serviceKey),
      detail: compact({
        onTime: b.onTime,
        overdue: b.overdue,
        onTimeOf: b.onTimeOf,
        onlineCitizens: b.onlineCitizens,
        onlineBusinesses: b.onlineBusinesses,
        rejected: b.notAccepted,
        rejectedReason: b.notAcceptedReason,
      }),
      note: notes.length
        ? t(notes.map((n) => n[0]).join(" "), notes.map((n) => n[1]).join(" "))
        : undefined,
    });
  });

  const requirement = fig("dvc-online-requirement");
  const dvcOnline = {
    id: "dvc-online",
    kind: "ratio",
    label: t(
      "Tỷ lệ hồ sơ nộp trực tuyến – 25 dịch vụ công thiết yếu",
      "Online submission rate – 25 essential public services",
    ),
    unitLabel: t("hồ sơ", "dossiers"),
    target: requirement.target,
    note: t(
      "Chỉ tiêu 60 % là yêu cầu của Chủ tịch UBND tỉnh nêu ở mục III.2. Báo cáo để trống ngày ký (“ngày tháng 02 năm 2023”); thời điểm lập nguồn dữ liệu (generatedAt 20/02/2023 17:00) là ngày thay thế, không lấy từ báo cáo.",
      "The 60 % target is the provincial chairman's requirement quoted in section III.2. The report leaves the signature day blank (“ngày tháng 02 năm 2023”); generatedAt (20 Feb 2023 17:00) is a stand-in date, not taken from the report.",
    ),
    provenance: provenanceOf(seed, requirement, "Mục III.2"),
    observations: [
      ratioObservation(seed, total, `${doc}, dòng Tổng số`, {
        detail: compact({
          onTime: total.breakdown.onTime,
          onTimeOf: total.breakdown.onTimeOf,
          onlineCitizens: total.breakdown.onlineCitizens,
          onlineBusinesses: total.breakdown.onlineBusinesses,
        }),
        note: t(
          "Trực tuyến = 36.017 công dân + 83 doanh nghiệp. Mục II.2.1 nêu cùng số liệu: “đã tiếp nhận 42.328 trường hợp (trong đó nộp trực tuyến 36.100 trường hợp đạt 85,29%)”. Dòng Tổng số không in số quá hạn và số không được tiếp nhận.",
          "Online = 36,017 citizens + 83 businesses. Section II.2.1 gives the same figures in words. The total row prints no overdue or not-accepted totals.",
        ),
      }),
      ...rowObservations,
    ],
  };

  // dvc-online-district: 18 district/commune-tier services, province + ten districts (Phụ lục II).
  const districtText = fig("dvc-district-commune-online");
  const districtRows = seed.figures.filter((figure) => figure.group === "dvc-district");
  const districtObservations = districtRows.map((row) => {
    const short = row.adminUnit.replace(/^(thành phố|huyện) /, "");
    const unit = BAC_GIANG_DISTRICTS.find((district) => district.name.vi.endsWith(` ${short}`));
    if (!unit) throw new Error(`Bắc Giang: no district code for ${row.adminUnit}`);
    return {
      code: unit.code,
      observation: ratioObservation(seed, row, `Phụ lục II, dòng ${row.breakdown.rowNo}`, {
        unit: unit.code,
      }),
    };
  });
  if (districtObservations.length !== 10) throw new Error("Bắc Giang: expected ten districts");
  districtObservations.sort((a, b) => a.code.localeCompare(b.code));
  const dvcDistrict = {
    id: "dvc-online-district",
    kind: "ratio",
    label: t(
      "Tỷ lệ hồ sơ nộp trực tuyến – 18 dịch vụ công thiết yếu thẩm quyền cấp huyện, xã",
      "Online submission rate – 18 essential services handled by districts and communes",
    ),
    unitLabel: t("hồ sơ", "dossiers"),
    target: requirement.target,
    note: t(
      "Chỉ tiêu 60 % lấy từ yêu cầu của Chủ tịch UBND tỉnh (mục III.2). Số liệu từng huyện theo Phụ lục II (cột “Tổng dịch vụ công thiết yếu”).",
      "The 60 % target is the provincial chairman's requirement (section III.2). District figures are from Phụ lục II (column “Tổng dịch vụ công thiết yếu”).",
    ),
    observations: [
      ratioObservation(seed, districtText, "Mục II.2.2", {
        note: t(
          "Dòng Tổng của Phụ lục II in cùng số liệu: 24.510 / 21.730 / 88,66 %.",
          "The Phụ lục II total row prints the same figures: 24,510 / 21,730 / 88.66 %.",
        ),
      }),
      ...districtObservations.map((entry) => entry.observation),
    ],
  };

  // eid: only the collected count is given.
  const eidCollected = fig("eid-collected");
  const eid = {
    id: "eid",
    kind: "funnel",
    label: t("Tài khoản định danh điện tử", "Electronic identification (VNeID) accounts"),
    unitLabel: t("trường hợp", "cases"),
    note: t(
      "Báo cáo chỉ nêu tổng số hồ sơ đã thu nhận; không có chỉ tiêu, số được phê duyệt hay số đã kích hoạt.",
      "The report gives only the number of applications collected: no target, approval or activation figure.",
    ),
    stages: EID_STAGES,
    observations: [
      {
        asOf: eidCollected.asOf,
        stages: { collected: stageValue(seed, eidCollected, "Mục II.6.1") },
      },
    ],
  };

  const bhyt = chipLookupFunnel(seed, fig("health-cccd-lookups"), "Mục II.4.1");

  // cccd: the card pipeline of §II.6.1.
  const applications = fig("cccd-applications");
  const cccd = {
    id: "cccd",
    kind: "funnel",
    label: t("Cấp thẻ Căn cước công dân gắn chip", "Chip citizen ID (CCCD) cards"),
    unitLabel: t("hồ sơ / thẻ", "applications / cards"),
    stages: [
      { id: "collected", label: t("Hồ sơ đã thu nhận", "Applications collected") },
      { id: "sent", label: t("Đã gửi file về Bộ Công an", "Files sent to the Ministry") },
      { id: "received", label: t("Thẻ đã nhận về", "Cards received") },
      { id: "delivered", label: t("Thẻ đã trả cho công dân", "Cards handed to citizens") },
    ],
    observations: [
      {
        asOf: applications.asOf,
        stages: {
          collected: stageValue(seed, applications, "Mục II.6.1", {
            note: t(
              "Cấp mới 1.468.235 trường hợp; cấp đổi, cấp lại 189.386 trường hợp.",
              "New cards 1,468,235; renewals and replacements 189,386.",
            ),
          }),
          sent: stageValue(seed, fig("cccd-files-sent"), "Mục II.6.1"),
          received: stageValue(seed, fig("cccd-cards-received"), "Mục II.6.1"),
          delivered: stageValue(seed, fig("cccd-cards-returned"), "Mục II.6.1"),
        },
      },
    ],
  };

  const progress = [
    progressIndicator(seed, fig("clean-prisoner-records"), "Mục II.6.2"),
    progressIndicator(seed, fig("clean-households-without-head"), "Mục II.6.2"),
    progressIndicator(seed, fig("clean-duplicates-out-of-province"), "Mục II.6.2", {
      done: null,
      total: fig("clean-duplicates-out-of-province").value,
      note: t(
        "Báo cáo ghi “đã hoàn thành 100%” nhưng chỉ nêu 82 trường hợp cập nhật thành công và 35 trường hợp không thành công; không ghi số đã hoàn thành.",
        "The report says “100 % done” but gives only 82 successful and 35 unsuccessful updates; no done count is printed.",
      ),
    }),
    progressIndicator(seed, fig("health-driver-cert-link-facilities"), "Mục II.3", {
      note: t(
        "Còn 04 đơn vị đã đăng ký tài khoản, đang chờ Bộ Y tế phê duyệt.",
        "Four more units have applied for accounts and await Ministry of Health approval.",
      ),
    }),
    progressIndicator(seed, fig("health-kcb-facilities-cccd"), "Mục II.4.1"),
    progressIndicator(seed, fig("health-cashless-units"), "Mục II.4.2"),
  ];

  return feedOf(seed, {
    id: "bac-giang-2023-02",
    title: t(
      "Kết quả thực hiện Đề án 06 – tỉnh Bắc Giang, 16/01–15/02/2023",
      "Project 06 results – Bắc Giang Province, 16 Jan – 15 Feb 2023",
    ),
    publisherName: t(
      "Tổ công tác Đề án 06 tỉnh Bắc Giang",
      "Project 06 Working Group of Bắc Giang Province",
    ),
    unitCode: "24",
    // The report leaves the day blank ("ngày tháng 02 năm 2023"): stand-in date, see dvc-online note.
    generatedAt: "2023-02-20T17:00:00+07:00",
    periodEn: "16 Jan – 15 Feb 2023",
    units: [province("24"), ...BAC_GIANG_DISTRICTS],
    services: services.list(),
    indicators: [dvcOnline, dvcDistrict, eid, bhyt, cccd, ...progress],
  });
}

// ---------------------------------------------------------------------------------------------
// Nghệ An, tháng 7/2023

const NGHE_AN_IOC = [
  ["ioc-subsystem-1-kinh-te-xa-hoi", "kinh-te-xa-hoi", "Economy and society"],
  ["ioc-subsystem-2-hanh-chinh-cong", "hanh-chinh-cong", "Public administration"],
  ["ioc-subsystem-3-quan-ly-van-ban", "quan-ly-van-ban", "Electronic document management system"],
  ["ioc-subsystem-4-dieu-hanh-y-te", "dieu-hanh-y-te", "Health operations system"],
  ["ioc-subsystem-5-dieu-hanh-giao-duc", "dieu-hanh-giao-duc", "Education operations system"],
  [
    "ioc-subsystem-6-phan-anh-tuong-tac",
    "phan-anh-tuong-tac",
    "Online feedback and interaction system",
  ],
  ["ioc-subsystem-7-du-lich", "du-lich", "Tourism system"],
  [
    "ioc-subsystem-8-an-toan-thong-tin",
    "an-toan-thong-tin",
    "Information-security monitoring system",
  ],
  [
    "ioc-subsystem-9-an-ninh-trat-tu-giao-thong",
    "an-ninh-trat-tu-giao-thong",
    "Public order and traffic-safety monitoring",
  ],
];
const IOC_MODE = {
  online: "online",
  manual: "manual",
  simulated: "simulated",
  "pending-contract": "awaiting-connection",
};
const IOC_INTERVAL = { online: "PT15M", manual: "P1M", simulated: "PT1H" };
// Illustrative arrival times (not in the report; stated in the indicator note).
const IOC_LAST_UPDATED = {
  online: "2023-07-26T16:55:00+07:00",
  manual: "2023-07-21T09:00:00+07:00",
  simulated: "2023-07-26T16:30:00+07:00",
  "awaiting-connection": null,
};

function ngheAn() {
  const seed = loadSeed("nghe-an-2023-07");
  const { fig } = seed;
  const services = new ServiceRegistry();

  const overall = fig("dvc25-received-via-portal");
  const list = seed.figures.filter((figure) => /^dvc25-\d\d-/.test(figure.id));
  if (list.length !== 25) throw new Error("Nghệ An: expected 25 listed services");
  const serviceObservations = list.map((figure) => {
    const level = figure.breakdown?.serviceLevel;
    const notes = [];
    if (level)
      notes.push([`Dịch vụ công ${level}.`, `Service ${level.replace("mức độ", "level")}.`]);
    if (figure.unit === "lượt")
      notes.push([
        "Đơn vị đếm là “lượt” (thông báo), không phải hồ sơ.",
        "Counted in notifications (“lượt”), not dossiers.",
      ]);
    if (figure.serviceKey === "con-dau-thu-nho")
      notes.push([
        "Lý do: không có hồ sơ đề nghị của tổ chức.",
        "Reason given: no organisation applied.",
      ]);
    if (figure.serviceKey === "thi-thpt")
      notes.push(["Đã hoàn thành 05/2023.", "Completed in May 2023."]);
    notes.push([
      "Chỉ có số hồ sơ trực tuyến; báo cáo không nêu tổng số hồ sơ của từng dịch vụ (phụ lục chi tiết không kèm theo).",
      "Online count only: the report gives no per-service total (the detailed appendix is not attached).",
    ]);
    return ratioObservation(seed, figure, "Mục II.2.1", {
      service: services.essential(figure.serviceKey),
      numerator: figure.value,
      note: t(notes.map((n) => n[0]).join(" "), notes.map((n) => n[1]).join(" ")),
    });
  });
  const justice = fig("dvc25-justice-fields-rate");
  services.add({
    id: "nhom-tu-phap",
    name: t(
      "Nhóm lĩnh vực Tư pháp (đăng ký khai sinh, khai tử, kết hôn)",
      "Justice group (birth, death and marriage registration)",
    ),
    authority: t("Tư pháp", "Justice"),
  });
  const dvcOnline = {
    id: "dvc-online",
    kind: "ratio",
    label: t(
      "Tỷ lệ hồ sơ tiếp nhận qua Cổng dịch vụ công – 25 dịch vụ công thiết yếu",
      "Share of dossiers received via the public-service portal – 25 essential services",
    ),
    unitLabel: t("hồ sơ", "dossiers"),
    note: t(
      "Mục III.1 còn nêu “một số lĩnh vực đạt từ 95% đến 100%” (cư trú, nộp phạt, biển số xe, hộ chiếu, con dấu, điện lực, thi tốt nghiệp); khoảng tỷ lệ này không có trong nguồn dữ liệu.",
      "Section III.1 also says “some fields reach 95 % to 100 %” (residence, fines, number plates, passports, seals, electricity, exams); that range is not in the feed.",
    ),
    observations: [
      ratioObservation(seed, overall, "Mục III.1", {
        note: t(
          "Báo cáo ghi “đạt gần 78%”. Tổng 25 số liệu của mục II.2.1 đúng bằng 62.950.",
          "Printed as “nearly 78 %”. The 25 counts of section II.2.1 add up to exactly 62,950.",
        ),
      }),
      ...serviceObservations,
      ratioObservation(seed, justice, "Mục III.1", { service: "nhom-tu-phap" }),
    ],
  };

  const receptionRate = fig("dvc-online-reception-rate");
  const dvcAll = {
    id: "dvc-online-all-procedures",
    kind: "ratio",
    label: t(
      "Tỷ lệ tiếp nhận hồ sơ trực tuyến toàn tỉnh (mọi thủ tục hành chính)",
      "Online reception rate, all administrative procedures in the province",
    ),
    unitLabel: t("hồ sơ", "dossiers"),
    observations: [
      ratioObservation(seed, receptionRate, "Mục III.1", {
        note: t(
          "Báo cáo ghi “mức trung bình trên 51%”; không có số hồ sơ.",
          "Printed as “on average above 51 %”; no counts.",
        ),
      }),
    ],
  };

  // eid funnel (as of 13/7/2023).
  const collected = fig("eid-collected");
  const approved = fig("eid-approved");
  const activated = fig("eid-activated-2023-07-13");
  const activatedAgain = fig("eid-activated-2023-07-17");
  const eid = {
    id: "eid",
    kind: "funnel",
    label: t(
      "Hồ sơ, tài khoản định danh điện tử",
      "Electronic identification (VNeID) applications and accounts",
    ),
    unitLabel: t("hồ sơ", "applications"),
    stages: EID_STAGES,
    observations: [
      {
        asOf: "2023-07-13",
        quota: collected.target,
        stages: {
          collected: stageValue(seed, collected, "Mục II.2.3", {
            statedRateOf: "target",
            note: t(
              "Tỷ lệ in “103.2%” với dấu chấm thập phân; so với chỉ tiêu Bộ Công an giao.",
              "Rate printed “103.2%” with a decimal point; of the ministry's target.",
            ),
          }),
          approved: stageValue(seed, approved, "Mục II.2.3", {
            statedRateOf: "target",
            note: t(
              "Tỷ lệ in “80.8%” với dấu chấm thập phân.",
              "Rate printed “80.8%” with a decimal point.",
            ),
          }),
          activated: stageValue(seed, activated, "Mục II.2.3", {
            statedRateOf: "target",
            note: t(
              `Mục III.1 nhắc lại cùng số liệu tính đến ngày 17/7/2023: "${activatedAgain.quote}".`,
              `Section III.1 repeats the same figures as of 17 Jul 2023: "${activatedAgain.quote}".`,
            ),
          }),
        },
      },
    ],
  };

  // IOC status: the nine subsystems in report order.
  const ioc = {
    id: "ioc",
    kind: "status",
    label: t(
      "Trung tâm Giám sát, điều hành Đô thị thông minh tỉnh Nghệ An (IOC)",
      "Nghệ An smart-city operations centre (IOC)",
    ),
    note: t(
      "Chế độ lấy số liệu của từng phân hệ theo báo cáo (mục II.2.6). Thời điểm cập nhật (lastUpdated) chỉ mang tính minh hoạ, không lấy từ báo cáo; phân hệ chờ kết nối chưa từng có dữ liệu.",
      "Each subsystem's data mode is from the report (section II.2.6). Update times (lastUpdated) are illustrative, not from the report; the subsystem awaiting connection has never delivered data.",
    ),
    provenance: provenanceOf(seed, fig("ioc-commissioned"), "Mục II.2.6"),
    subsystems: NGHE_AN_IOC.map(([figureId, id, en]) => {
      const figure = fig(figureId);
      const mode = IOC_MODE[figure.status];
      if (!mode) throw new Error(`Nghệ An: unknown IOC status ${figure.status}`);
      const subsystem = { id, label: t(figure.label.replace(/^⁽\d⁾\s*/, ""), en), mode };
      // `null` = never arrived: meaningful for the subsystem still awaiting its connection.
      subsystem.lastUpdated = IOC_LAST_UPDATED[mode];
      if (IOC_INTERVAL[mode]) subsystem.expectedInterval = IOC_INTERVAL[mode];
      subsystem.provenance = provenanceOf(seed, figure, "Mục II.2.6");
      return subsystem;
    }),
  };

  const lookups = fig("health-cccd-lookups");
  const bhyt = chipLookupFunnel(seed, lookups, "Mục II.2.2", {
    stageNote: t(
      "Báo cáo đếm tra cứu thành công theo “trường hợp”, lượt tra cứu theo “lượt”; không in tỷ lệ.",
      "Successful look-ups are counted in “trường hợp” (cases), look-ups in “lượt”; no rate is printed.",
    ),
  });

  const progress = [
    progressIndicator(seed, fig("edu-cashless-schools"), "Mục II.2.2"),
    progressIndicator(seed, fig("edu-students-bank-accounts"), "Mục II.2.2"),
    progressIndicator(seed, fig("health-kcb-facilities-using-cccd"), "Mục II.2.2"),
    progressIndicator(seed, fig("health-qr-readers-commune-stations"), "Mục II.2.2", {
      note: t("460 thiết bị cho 460 trạm y tế.", "460 readers for 460 commune health stations."),
    }),
    progressIndicator(seed, fig("health-vaccination-data-cleaned"), "Mục II.2.4", {
      done: null,
      note: t("Chỉ có tỷ lệ, không có số lượng.", "Rate only; no counts printed."),
    }),
    progressIndicator(seed, fig("health-vaccine-passport-signed"), "Mục II.2.4", {
      note: t(
        "Tỷ lệ in “94.3%” với dấu chấm thập phân; mẫu số (mũi tiêm đã làm sạch) không được nêu. Riêng tháng 7/2023 ký 1.207 mũi.",
        "Rate printed “94.3%” with a decimal point; the base (cleaned doses) is not stated. 1,207 doses were signed in July 2023.",
      ),
    }),
    progressIndicator(seed, fig("health-ehr-created"), "Mục II.2.4", {
      note: t(
        "Báo cáo ghi “đạt trên 97%”; không nêu mẫu số.",
        "Printed “above 97 %”; the base is not stated.",
      ),
    }),
    progressIndicator(seed, fig("health-ehr-with-kcb-data"), "Mục II.2.4", {
      note: t(
        "Mẫu số là số hồ sơ đã khởi tạo (3.493.589) nêu ngay trước; tỷ lệ in “77.25%” với dấu chấm thập phân.",
        "The base is the 3,493,589 records created, printed just before; rate printed “77.25%” with a decimal point.",
      ),
    }),
    progressIndicator(seed, fig("clean-bhxh-verified"), "Mục II.2.4", {
      note: t("Tăng 0,6 % so với số liệu tháng 06/2023.", "Up 0.6 % on the June 2023 figure."),
    }),
    progressIndicator(seed, fig("digitization-centre-dossiers"), "Mục II.2.7", {
      done: null,
      note: t("Chỉ có tỷ lệ, không có số lượng.", "Rate only; no counts printed."),
    }),
    progressIndicator(seed, fig("digitization-justice-dept-dossiers"), "Mục II.2.7", {
      note: t("Từ ngày 12/6 đến ngày 12/7/2023.", "From 12 Jun to 12 Jul 2023."),
    }),
  ];

  return feedOf(seed, {
    id: "nghe-an-2023-07",
    title: t(
      "Kết quả triển khai Đề án 06 – tỉnh Nghệ An, tháng 7/2023",
      "Project 06 results – Nghệ An Province, July 2023",
    ),
    publisherName: t(
      "Tổ công tác thực hiện Đề án 06/CP tỉnh Nghệ An",
      "Project 06 Working Group of Nghệ An Province",
    ),
    unitCode: "40",
    generatedAt: "2023-07-26T17:00:00+07:00",
    periodEn: "July 2023",
    units: [province("40")],
    services: services.list(),
    indicators: [dvcOnline, dvcAll, eid, ioc, bhyt, ...progress],
  });
}

// ---------------------------------------------------------------------------------------------
// Bình Long, 9 tháng đầu năm 2023

function binhLong() {
  const seed = loadSeed("binh-long-2023-09");
  const { fig } = seed;
  const services = new ServiceRegistry();

  // Authority of each service as named in §3.1 / §3.2.
  const authority = {};
  for (const figure of seed.figures)
    if (/^text3[12]-/.test(figure.id) && figure.breakdown?.authority)
      authority[figure.serviceKey] = figure.breakdown.authority;

  const rows = seed.figures.filter((figure) => /^annex02-row\d\d-/.test(figure.id));
  if (rows.length !== 25) throw new Error("Bình Long: expected 25 Phụ lục 02 rows");
  const rowObservations = rows.map((row) => {
    const b = row.breakdown;
    const provincial = b.remark === "Cấp tỉnh";
    const service = services.essential(row.serviceKey, {
      authority: authority[row.serviceKey],
      tier: b.tier,
      connectedToNationalPortal: b.connectedToNationalPortal === "Đã kết nối" ? true : undefined,
    });
    const section = `Phụ lục 02, dòng ${b.rowNo}`;
    const blank = row.numerator == null && row.denominator == null;
    let note;
    let extra = {};
    if (provincial && row.statedRate == null) {
      note = t(
        "Cột Khó khăn, vướng mắc ghi “Cấp tỉnh”: dịch vụ do cấp tỉnh giải quyết, không có số liệu cấp thị xã.",
        "Remark “Cấp tỉnh”: the service is handled at provincial level; no town figures.",
      );
      extra = { notApplicable: true };
    } else if (provincial) {
      note = t(
        "Dòng thiếu một ô so với tiêu đề: số “0” nằm ở cột kết nối, sau đó là “0%” và ghi chú “Cấp tỉnh”. Không có số hồ sơ; tỷ lệ 0 % giữ nguyên như in.",
        "The row has one cell fewer than the header: “0” stands in the connection column, then “0%” and the remark “Cấp tỉnh”. No counts; the 0 % is kept as printed.",
      );
      extra = { notApplicable: true };
    } else if (blank && row.statedRate == null) {
      note = t(
        "Dòng để trống hoàn toàn (không có trạng thái kết nối, không có số liệu).",
        "The row is entirely blank (no connection status, no figures).",
      );
      extra = { noData: true };
    } else if (blank) {
      note = t(
        "Các ô số hồ sơ để trống, chỉ in tỷ lệ “0%”. Mục 3.2 ghi: “Giải quyết hưởng trợ cấp thất nghiệp (Phòng Lao động TBXH): 0.”",
        "The count cells are blank; only “0%” is printed. Section 3.2 reads: “Giải quyết hưởng trợ cấp thất nghiệp (Phòng Lao động TBXH): 0.”",
      );
    } else if (row.denominator === 0 && row.numerator == null) {
      note = t(
        "Tổng hồ sơ in “0”, ô trực tuyến để trống, tỷ lệ in “0%”.",
        "Total printed “0”, online cell blank, rate printed “0%”.",
      );
    } else if (row.denominator === 0) {
      note = t(
        "Dòng in 0 / 0 hồ sơ nhưng vẫn ghi tỷ lệ “0%”.",
        "The row prints 0 / 0 dossiers yet a rate of “0%”.",
      );
    }
    return ratioObservation(seed, row, section, {
      service,
      ...extra,
      detail:
        b.onTime != null || b.overdue != null
          ? compact({ onTime: b.onTime, overdue: b.overdue, onTimeOf: b.onTimeOf })
          : undefined,
      note,
    });
  });
  const total = fig("annex02-total");
  const textTotal = fig("dvc25-online-vs-total");
  const dvcOnline = {
    id: "dvc-online",
    kind: "ratio",
    label: t(
      "Tỷ lệ hồ sơ trực tuyến – 25 dịch vụ công trực tuyến thiết yếu",
      "Online dossier rate – 25 essential online public services",
    ),
    unitLabel: t("hồ sơ", "dossiers"),
    note: t(
      "Số liệu 9 tháng đầu năm 2023 theo Phụ lục 02. Cột “Đúng hạn / Quá hạn” là tình hình xử lý hồ sơ trực tuyến.",
      "First nine months of 2023, from Phụ lục 02. The on-time / overdue columns count the online dossiers.",
    ),
    observations: [
      ratioObservation(seed, total, "Phụ lục 02, dòng Tổng", {
        detail: compact({
          onTime: total.breakdown.onTime,
          overdue: total.breakdown.overdue,
          onTimeOf: total.breakdown.onTimeOf,
        }),
        note: t(
          `Mục 3 nêu cùng số liệu: "${textTotal.quote}" (nhãn “trực tuyến/ tiếp nhận trực tiếp” như in).`,
          `Section 3 gives the same figures: "${textTotal.quote}" (label “online / received in person” as printed).`,
        ),
      }),
      ...rowObservations,
    ],
  };

  // dvc-online-text: the same services as stated in the body text (§3.1, §3.2).
  const textFigures = seed.figures.filter((figure) => /^text3[12]-/.test(figure.id));
  const dvcText = {
    id: "dvc-online-text",
    kind: "ratio",
    label: t(
      "Tỷ lệ hồ sơ trực tuyến theo từng dịch vụ – số liệu nêu trong mục 3.1, 3.2 của báo cáo",
      "Online dossier rate per service – figures stated in sections 3.1 and 3.2 of the report",
    ),
    unitLabel: t("hồ sơ", "dossiers"),
    note: t(
      "Phần nội dung nêu lại số liệu từng dịch vụ; một số khác với Phụ lục 02 (xem chỉ tiêu dvc-online).",
      "The body text restates per-service figures; some differ from Phụ lục 02 (see indicator dvc-online).",
    ),
    observations: textFigures.map((figure) => {
      const section = figure.id.startsWith("text31-") ? "Mục I.3.1" : "Mục I.3.2";
      const service = services.essential(figure.serviceKey, {
        authority: authority[figure.serviceKey],
      });
      if (figure.value === 0)
        return ratioObservation(seed, figure, section, {
          service,
          numerator: 0,
          denominator: 0,
          note: t(
            "Báo cáo chỉ ghi “0” (không có hồ sơ); tử số và mẫu số 0 suy từ đó.",
            "The report prints only “0” (no dossiers); numerator and denominator 0 are read from that.",
          ),
        });
      return ratioObservation(seed, figure, section, {
        service,
        note:
          figure.denominator === 0
            ? t("Báo cáo ghi “0/0 hồ sơ … đạt 100%”.", "The report prints “0/0 dossiers … 100 %”.")
            : undefined,
      });
    }),
  };

  // eid-campaign: the "90 ngày đêm" campaign, each stage with its own target.
  const campaignCollected = fig("eid-campaign90-collected");
  const campaignActivated = fig("eid-campaign90-activated");
  const eidCampaign = {
    id: "eid-campaign",
    kind: "funnel",
    label: t(
      "Thu nhận, kích hoạt tài khoản định danh điện tử mức 1, mức 2 – Chiến dịch 90 ngày đêm",
      "Electronic ID (levels 1 and 2) collection and activation – 90-day campaign",
    ),
    unitLabel: t("tài khoản", "accounts"),
    campaign: {
      start: campaignCollected.breakdown.campaignStart,
      end: campaignCollected.breakdown.campaignEnd,
      label: t(
        "Chiến dịch 90 ngày đêm (20/6 – 20/9/2023)",
        "90-day campaign (20 Jun – 20 Sep 2023)",
      ),
    },
    stages: [EID_STAGES[0], EID_STAGES[2]],
    observations: [
      {
        asOf: "2023-09-20",
        stages: {
          collected: stageValue(seed, campaignCollected, "Mục I.5", {
            value: campaignCollected.numerator,
            target: campaignCollected.target,
            statedRateOf: "target",
            note: t(
              "Còn 14.174 hồ sơ chưa được thu nhận.",
              "14,174 applications still to collect.",
            ),
          }),
          activated: stageValue(seed, campaignActivated, "Mục I.5", {
            value: campaignActivated.numerator,
            target: campaignActivated.target,
            statedRateOf: "target",
            note: t("Còn 28.041 hồ sơ chưa được kích hoạt.", "28,041 accounts still to activate."),
          }),
        },
      },
    ],
  };
  const eid = {
    id: "eid",
    kind: "funnel",
    label: t(
      "Tài khoản định danh điện tử mức 1, mức 2 – luỹ kế",
      "Electronic ID accounts (levels 1 and 2) – cumulative",
    ),
    unitLabel: t("tài khoản", "accounts"),
    note: t(
      "Không có chỉ tiêu luỹ kế và không tách theo mức.",
      "No cumulative target and no split by level.",
    ),
    stages: [EID_STAGES[0], EID_STAGES[2]],
    observations: [
      {
        asOf: "2023-09-20",
        stages: {
          collected: stageValue(seed, fig("eid-collected-total"), "Mục I.5"),
          activated: stageValue(seed, fig("eid-activated-total"), "Mục I.5"),
        },
      },
    ],
  };

  const healthCentre = t(
    "Nhân viên Trung tâm Y tế thị xã, tính đến ngày 08/9/2023.",
    "Staff of the town health centre, as of 8 Sep 2023.",
  );
  const progress = [
    progressIndicator(seed, fig("edu-cashless-institutions"), "Mục I.4", {
      note: t(
        "Nêu hai lần (mục 1.2 và mục 4) với cùng số liệu.",
        "Stated twice (sections 1.2 and 4) with the same figures.",
      ),
    }),
    progressIndicator(seed, fig("edu-learner-data-verified-s4"), "Mục I.4", {
      id: "edu-learner-data-verified",
      note: t(
        `Mục 6 nhắc lại: "${fig("edu-learner-data-verified-s6").quote}".`,
        `Section 6 repeats: "${fig("edu-learner-data-verified-s6").quote}".`,
      ),
    }),
    progressIndicator(seed, fig("edu-staff-data-verified-s4"), "Mục I.4", {
      id: "edu-staff-data-verified",
      note: t(
        `Mục 6 nhắc lại: "${fig("edu-staff-data-verified-s6").quote}".`,
        `Section 6 repeats: "${fig("edu-staff-data-verified-s6").quote}".`,
      ),
    }),
    progressIndicator(seed, fig("health-vaccination-data-cleaning-s6"), "Mục I.6", {
      id: "health-vaccination-data-cleaning",
      asOf: "2023-09-30",
      note: t(
        `Mục 4 nêu cùng số liệu tính đến tháng 9/2023: "${fig("health-vaccination-data-cleaning-s4").quote}". Ngày 30/9/2023 là cuối tháng 9.`,
        `Section 4 gives the same figures as of September 2023: "${fig("health-vaccination-data-cleaning-s4").quote}". 30 Sep 2023 stands for the end of September.`,
      ),
    }),
    progressIndicator(seed, fig("clean-bhxh-participants-s4"), "Mục I.4", {
      id: "clean-bhxh-participants",
      note: t(
        "“Tính đến tháng 09/2023” (ghi là 30/9/2023). Còn 4.182 người tham gia chưa được xác thực; mục 6 nhắc lại cùng số liệu.",
        "“As of September 2023” (recorded as 30 Sep 2023). 4,182 participants still unverified; section 6 repeats the figures.",
      ),
    }),
    progressIndicator(seed, fig("enrich-elderly-association"), "Mục I.6"),
    progressIndicator(seed, fig("enrich-veterans-association"), "Mục I.6"),
    progressIndicator(seed, fig("enrich-civil-status-entry"), "Mục I.6"),
    progressIndicator(seed, fig("enrich-farmers-association"), "Mục I.6"),
    progressIndicator(seed, fig("enrich-red-cross"), "Mục I.6"),
    progressIndicator(seed, fig("clean-police-quota"), "Mục I.6", {
      done: null,
      note: t(
        "Chỉ có tỷ lệ (100 % chỉ tiêu được giao).",
        "Rate only (100 % of the assigned quota).",
      ),
    }),
    progressIndicator(seed, fig("clean-exam-priority-hs-grad"), "Mục I.6"),
    progressIndicator(seed, fig("clean-exam-priority-grade10"), "Mục I.6"),
    progressIndicator(seed, fig("clean-exam-priority-grade6"), "Mục I.6"),
    progressIndicator(seed, fig("clean-motorbike-data"), "Mục I.6"),
    progressIndicator(seed, fig("digitization-justice-civil-status"), "Mục I.6"),
    progressIndicator(seed, fig("clean-mobile-subscriber-data"), "Mục I.6"),
    progressIndicator(seed, fig("cccd-eligible-completed"), "Mục I.5", {
      done: null,
      note: t("Chỉ có tỷ lệ, không có số lượng.", "Rate only; no counts printed."),
    }),
    progressIndicator(seed, fig("eid-health-centre-staff-level1"), "Mục I.5", {
      id: "eid-health-centre-staff-level-1",
      note: healthCentre,
    }),
    progressIndicator(seed, fig("eid-health-centre-staff-level2"), "Mục I.5", {
      id: "eid-health-centre-staff-level-2",
      note: healthCentre,
    }),
  ];

  return feedOf(seed, {
    id: "binh-long-2023-09",
    title: t(
      "Kết quả thực hiện Đề án 06/CP – thị xã Bình Long, 9 tháng đầu năm 2023",
      "Project 06 results – Bình Long Town, first nine months of 2023",
    ),
    publisherName: t(
      "Tổ công tác triển khai Đề án 06/CP thị xã Bình Long",
      "Project 06 Working Group of Bình Long Town",
    ),
    unitCode: "690",
    generatedAt: "2023-10-12T17:00:00+07:00",
    periodEn: "First nine months of 2023",
    units: [province("70"), BINH_LONG, ...BINH_LONG_COMMUNES],
    services: services.list(),
    indicators: [dvcOnline, dvcText, eidCampaign, eid, ...progress],
  });
}

// ---------------------------------------------------------------------------------------------
// Đắk Nông, sơ kết 2022–2023

const DAK_NONG_POLICE_FIELDS = [
  [
    "police-field-immigration",
    "cong-an-xuat-nhap-canh",
    "Lĩnh vực quản lý xuất nhập cảnh",
    "Immigration",
  ],
  [
    "police-field-residence",
    "cong-an-cu-tru",
    "Nhóm đăng ký, quản lý cư trú",
    "Residence registration and management",
  ],
  [
    "police-field-cccd",
    "cong-an-cccd",
    "Nhóm cấp, quản lý thẻ Căn cước công dân",
    "Citizen ID card issue and management",
  ],
  [
    "police-field-conditional-business",
    "cong-an-nganh-nghe-kinh-doanh",
    "Nhóm quản lý ngành nghề kinh doanh có điều kiện",
    "Conditional business lines",
  ],
  [
    "police-field-seals",
    "cong-an-con-dau",
    "Nhóm đăng ký, quản lý con dấu",
    "Seal registration and management",
  ],
  [
    "police-field-weapons",
    "cong-an-vu-khi",
    "Nhóm quản lý vũ khí, vật liệu nổ, công cụ hỗ trợ và pháo",
    "Weapons, explosives, support tools and fireworks",
  ],
  [
    "police-field-fire",
    "cong-an-pccc",
    "Lĩnh vực phòng cháy, chữa cháy và cứu nạn, cứu hộ",
    "Fire prevention, fire fighting and rescue",
  ],
  [
    "police-field-traffic",
    "cong-an-giao-thong",
    "Lĩnh vực giao thông đường bộ, đường thủy nội địa",
    "Road and inland-waterway traffic",
  ],
];

function dakNong() {
  const seed = loadSeed("dak-nong-2023-12");
  const { fig } = seed;
  const services = new ServiceRegistry();
  const police = t("Công an tỉnh", "Provincial Police");

  // eid funnel with level 1 / level 2 splits.
  const registered = fig("eid-registered");
  const activated = fig("eid-activated");
  const levels = (figure) => ({
    "level-1": figure.breakdown.level1,
    "level-2": figure.breakdown.level2,
  });
  const eid = {
    id: "eid",
    kind: "funnel",
    label: t("Tài khoản định danh điện tử", "Electronic identification (VNeID) accounts"),
    unitLabel: t("trường hợp", "cases"),
    stages: [
      { id: "registered", label: t("Đã đăng ký", "Registered") },
      { id: "activated", label: t("Đã kích hoạt", "Activated") },
    ],
    levels: EID_LEVELS,
    observations: [
      {
        asOf: "2023-12-09",
        quota: registered.target,
        stages: {
          registered: stageValue(seed, registered, "Mục II.6", {
            value: registered.numerator,
            levels: levels(registered),
            statedRateOf: "target",
          }),
          activated: stageValue(seed, activated, "Mục II.6", {
            levels: levels(activated),
            statedRateOf: "target",
            note: t(
              "Báo cáo không ghi 92,3 % là so với gì; 300.015 / 324.898 (chỉ tiêu) = 92,34 %, nên tỷ lệ được ghi là so với chỉ tiêu.",
              "The report does not say what the 92.3 % is of; 300,015 / 324,898 (the quota) = 92.34 %, so it is recorded as a share of the target.",
            ),
          }),
        },
      },
    ],
  };

  // dvc-online: the 25 essential services (11 police + 14 departmental), by service and field.
  services.add({
    id: "nhom-cong-an",
    name: t(
      "11 thủ tục hành chính thiết yếu do cơ quan Công an thực hiện",
      "11 essential procedures handled by the police",
    ),
    authority: police,
  });
  const policeServices = seed.figures.filter((figure) => figure.id.startsWith("police-service-"));
  const justiceField = fig("agency-field-justice");
  services.add({
    id: "nhom-tu-phap",
    name: t(
      "Lĩnh vực Tư pháp (04 TTHC: đăng ký khai sinh, khai tử, kết hôn, cấp phiếu lý lịch tư pháp)",
      "Justice field (4 procedures: birth, death, marriage registration, criminal-record certificate)",
    ),
    authority: t("Tư pháp", "Justice"),
  });
  const agencyFields = ["transport", "labour", "environment", "insurance", "education", "tax"].map(
    (key) => fig(`agency-field-${key}`),
  );
  const essentialPolice = fig("dvc-police-essential-online");
  const dvcOnline = {
    id: "dvc-online",
    kind: "ratio",
    label: t(
      "Tỷ lệ hồ sơ trực tuyến – 25 dịch vụ công thiết yếu (theo nhóm, dịch vụ, lĩnh vực)",
      "Online dossier rate – 25 essential services (by group, service and field)",
    ),
    unitLabel: t("hồ sơ", "dossiers"),
    note: t(
      "Báo cáo không nêu tỷ lệ chung cho cả 25 dịch vụ. Số liệu luỹ kế từ 2022 đến ngày báo cáo. Hai nhóm liên thông chỉ có số hồ sơ theo từng hệ thống (khai sinh: 1.580 / 1.304 / 1.304; khai tử: 60 / 46 / 3 / 43), không có tỷ lệ, nên không đưa vào.",
      "The report gives no overall rate for the 25 services. Figures are cumulative from 2022 to the report date. The two linked packages have only per-system counts (birth: 1,580 / 1,304 / 1,304; death: 60 / 46 / 3 / 43) and no rate, so they are left out.",
    ),
    observations: [
      ratioObservation(seed, essentialPolice, "Mục II.4.1.1.a", {
        service: "nhom-cong-an",
        note: t("“Tính đến nay”: ngày báo cáo.", "“To date”: the report date."),
      }),
      ...policeServices.map((figure) =>
        ratioObservation(seed, figure, "Mục II.4.1.1.a", {
          service: services.essential(figure.serviceKey, { authority: police }),
          note: t("Chỉ có tỷ lệ, không có số hồ sơ.", "Rate only; no dossier counts."),
        }),
      ),
      ratioObservation(seed, justiceField, "Mục II.4.1.1.b", { service: "nhom-tu-phap" }),
      ...agencyFields.map((figure) =>
        ratioObservation(seed, figure, "Mục II.4.1.1.b", {
          service: services.essential(figure.serviceKey),
          note: t(
            `Báo cáo nêu theo lĩnh vực: "${figure.label}"; lĩnh vực này chỉ có một dịch vụ thiết yếu.`,
            `The report names the field, "${figure.label}", which has exactly one essential service.`,
          ),
        }),
      ),
    ],
  };

  // dvc-online-police: all online services of the provincial police, by field.
  for (const [, id, vi, en] of DAK_NONG_POLICE_FIELDS)
    services.add({ id, name: t(vi, en), authority: police });
  const allPolice = fig("dvc-police-all-online");
  const dvcPolice = {
    id: "dvc-online-police",
    kind: "ratio",
    label: t(
      "Tỷ lệ hồ sơ dịch vụ công trực tuyến của Công an tỉnh, theo lĩnh vực",
      "Online dossier rate of all provincial-police public services, by field",
    ),
    unitLabel: t("hồ sơ", "dossiers"),
    note: t(
      "Gồm mọi dịch vụ công trực tuyến của Công an tỉnh, không chỉ 25 dịch vụ thiết yếu.",
      "Covers all online public services of the provincial police, not only the 25 essential ones.",
    ),
    observations: [
      ratioObservation(seed, allPolice, "Mục II.4.1.1.a"),
      ...DAK_NONG_POLICE_FIELDS.map(([figureId, id]) => {
        const figure = fig(figureId);
        const printed = figure.breakdown?.rateTextAsPrinted;
        return ratioObservation(seed, figure, "Mục II.4.1.1.a", {
          service: id,
          note: printed
            ? t(
                `Tỷ lệ in sai dạng “${printed}”; không ghi tỷ lệ.`,
                `The rate is malformed as printed (“${printed}”); no rate recorded.`,
              )
            : undefined,
        });
      }),
    ],
  };

  const giaNghia = t("Thành phố Gia Nghĩa.", "Gia Nghĩa City.");
  const progress = [
    progressIndicator(seed, fig("health-public-facilities-gateway"), "Mục II.5.1"),
    progressIndicator(seed, fig("social-cashless-welfare"), "Mục II.5.2", {
      unit: "660",
      note: giaNghia,
    }),
    progressIndicator(seed, fig("social-cashless-merit"), "Mục II.5.2", {
      unit: "660",
      note: giaNghia,
    }),
    progressIndicator(seed, fig("tax-etax-transactions-2023"), "Mục II.5.2", {
      note: t("Năm 2023.", "Year 2023."),
    }),
    progressIndicator(seed, fig("tax-etax-transactions-cumulative"), "Mục II.5.2", {
      note: t(
        "Luỹ kế đến hết tháng 11/2023 (ghi là 30/11/2023).",
        "Cumulative to the end of November 2023 (recorded as 30 Nov 2023).",
      ),
    }),
    progressIndicator(seed, fig("tax-cash-register-einvoice"), "Mục II.5.2", {
      note: t(
        "17 doanh nghiệp và 25 hộ kinh doanh.",
        "17 enterprises and 25 household businesses.",
      ),
    }),
    progressIndicator(seed, fig("health-records-created"), "Mục II.6"),
    progressIndicator(seed, fig("tax-personal-accounts"), "Mục II.6", {
      done: null,
      note: t("Chỉ có tỷ lệ, không có số lượng.", "Rate only; no counts printed."),
    }),
    progressIndicator(seed, fig("tax-einvoice-taxpayers"), "Mục II.6", {
      note: t(
        "2.849 doanh nghiệp, 265 tổ chức, 967 hộ kinh doanh; mẫu số không được nêu.",
        "2,849 enterprises, 265 organisations, 967 household businesses; the base is not stated.",
      ),
    }),
    progressIndicator(seed, fig("clean-tax-ids"), "Mục II.7.2"),
    progressIndicator(seed, fig("health-vaccination-doses-updated"), "Mục II.7.2"),
    progressIndicator(seed, fig("health-covid-data-verified"), "Mục II.7.2", {
      note: t("Còn 107.974 trường hợp.", "107,974 cases remain."),
    }),
    progressIndicator(seed, fig("clean-social-insurance"), "Mục II.7.2"),
    progressIndicator(seed, fig("clean-children-entry"), "Mục II.7.2"),
    progressIndicator(seed, fig("clean-children-cleaned"), "Mục II.7.2"),
    progressIndicator(seed, fig("clean-merit-persons"), "Mục II.7.2"),
    progressIndicator(seed, fig("mobile-coverage"), "Mục II.7.3", {
      done: null,
      target: fig("mobile-coverage-target").target,
      note: t(
        `Chỉ có tỷ lệ. Mục tiêu: "${fig("mobile-coverage-target").quote}".`,
        `Rate only. Target: "${fig("mobile-coverage-target").quote}".`,
      ),
    }),
  ];

  return feedOf(seed, {
    id: "dak-nong-2023-12",
    title: t(
      "Sơ kết 02 năm triển khai Đề án 06 – tỉnh Đắk Nông (2022–2023)",
      "Two-year review of Project 06 – Đắk Nông Province (2022–2023)",
    ),
    publisherName: t("Ủy ban nhân dân tỉnh Đắk Nông", "People's Committee of Đắk Nông Province"),
    unitCode: "67",
    generatedAt: "2023-12-18T17:00:00+07:00",
    periodEn: "Two-year review of Project 06 (2022–2023)",
    units: [province("67"), GIA_NGHIA],
    services: services.list(),
    indicators: [eid, dvcOnline, dvcPolice, ...progress],
  });
}

// ---------------------------------------------------------------------------------------------
// Quảng Ngãi, tháng 7/2023

function quangNgai() {
  const seed = loadSeed("quang-ngai-2023-07");
  const { fig } = seed;
  const services = new ServiceRegistry();
  const june = t("tháng 6/2023", "June 2023");

  // dvc-online: the two service groups (police / other ministries), July 2023.
  services.add({
    id: "nhom-cong-an",
    name: t(
      "11 dịch vụ công của Bộ Công an",
      "11 public services of the Ministry of Public Security",
    ),
    authority: t("Công an", "Police"),
  });
  services.add({
    id: "nhom-bo-nganh",
    name: t(
      "14 dịch vụ công của các bộ, ngành",
      "14 public services of other ministries and sectors",
    ),
  });
  const policeGroup = fig("dvc-police-online");
  const ministryGroup = fig("dvc-ministry-online");
  const dvcOnline = {
    id: "dvc-online",
    kind: "ratio",
    label: t(
      "Tỷ lệ hồ sơ trực tuyến – 25 dịch vụ công thiết yếu, theo nhóm",
      "Online dossier rate – 25 essential services, by group",
    ),
    unitLabel: t("hồ sơ", "dossiers"),
    note: t(
      "Báo cáo chỉ in số hồ sơ trực tuyến và tỷ lệ của từng nhóm, không in tổng số hồ sơ. Mức thay đổi so với tháng 6/2023 in dưới dạng “tăng 1.86%” / “giảm 33,08%”, ghi là điểm phần trăm.",
      "The report prints each group's online count and rate, not its total. The change on June 2023 is printed “tăng 1.86%” / “giảm 33,08%” and recorded as percentage points.",
    ),
    observations: [
      ratioObservation(seed, policeGroup, "Mục II.2", {
        service: "nhom-cong-an",
        numerator: policeGroup.value,
        previous: { changePoints: policeGroup.breakdown.rateChangeVsPrevMonth, label: june },
        note: t(
          "10/11 dịch vụ phát sinh hồ sơ; tăng 4.018 hồ sơ so với tháng 6/2023. “1.86%” in với dấu chấm thập phân. Chi tiết tại chú thích 11.",
          "10 of 11 services had dossiers; 4,018 more than in June 2023. “1.86%” is printed with a decimal point. Details in footnote 11.",
        ),
      }),
      ratioObservation(seed, ministryGroup, "Mục II.2", {
        service: "nhom-bo-nganh",
        numerator: ministryGroup.value,
        previous: { changePoints: ministryGroup.breakdown.rateChangeVsPrevMonth, label: june },
        note: t(
          "11/12 dịch vụ phát sinh hồ sơ (14/14 đã triển khai, 02 dịch vụ liên thông từ 10/7/2023); giảm 12.809 hồ sơ so với tháng 6/2023. Chi tiết tại chú thích 12.",
          "11 of 12 services had dossiers (14 of 14 deployed, two linked packages from 10 Jul 2023); 12,809 fewer than in June 2023. Details in footnote 12.",
        ),
      }),
    ],
  };

  // dvc-online-services: per-service figures of footnotes 11 and 12.
  const perService = seed.figures.filter((figure) => /^fn1[12]-/.test(figure.id));
  const changeText = (figure) => {
    const change = figure.breakdown?.changeVsPrevMonth;
    if (change == null) return null;
    const printed = figure.breakdown.changeTextAsPrinted;
    const vi = change === 0 ? "không tăng giảm" : change > 0 ? `tăng ${change}` : `giảm ${-change}`;
    const en = change === 0 ? "unchanged" : change > 0 ? `up ${change}` : `down ${-change}`;
    return [
      `So với tháng 6/2023: ${vi}${printed ? ` (in là “${printed}”)` : ""}.`,
      `On June 2023: ${en}${printed ? ` (printed “${printed}”)` : ""}.`,
    ];
  };
  const dvcServices = {
    id: "dvc-online-services",
    kind: "ratio",
    label: t(
      "Tỷ lệ hồ sơ trực tuyến theo từng dịch vụ công thiết yếu (chú thích 11, 12)",
      "Online dossier rate per essential service (footnotes 11 and 12)",
    ),
    unitLabel: t("hồ sơ", "dossiers"),
    note: t(
      "Số hồ sơ là số hồ sơ trực tuyến trong tháng 7/2023; báo cáo không in tổng số hồ sơ của từng dịch vụ. Tổng các số của chú thích 11 bằng 22.859, của chú thích 12 bằng 6.435.",
      "Counts are July 2023 online dossiers; the report prints no per-service totals. Footnote 11 counts add up to 22,859, footnote 12 counts to 6,435.",
    ),
    observations: perService.map((figure) => {
      const footnote = figure.id.startsWith("fn11-") ? 11 : 12;
      const service = services.essential(figure.serviceKey, {
        authority: footnote === 11 ? t("Công an tỉnh", "Provincial Police") : undefined,
      });
      const notes = [];
      const change = changeText(figure);
      if (change) notes.push(change);
      if (figure.unit === "trường hợp")
        notes.push(["Đơn vị đếm là “trường hợp”.", "Counted in cases (“trường hợp”)."]);
      if (figure.status === "no-dossiers") {
        notes.push([
          "Không in số: “trong tháng không phát sinh hồ sơ trực tuyến và trực tiếp”; tử số và mẫu số 0 suy từ câu này.",
          "No number printed: “no online or in-person dossiers this month”; numerator and denominator 0 are read from that sentence.",
        ]);
        return ratioObservation(seed, figure, "Mục II.2", {
          service,
          numerator: 0,
          denominator: 0,
          note: t(notes.map((n) => n[0]).join(" "), notes.map((n) => n[1]).join(" ")),
        });
      }
      return ratioObservation(seed, figure, `Chú thích ${footnote}`, {
        service,
        numerator: figure.value,
        note: notes.length
          ? t(notes.map((n) => n[0]).join(" "), notes.map((n) => n[1]).join(" "))
          : undefined,
      });
    }),
  };

  // eid: cumulative level-2 collection; July collection; Youth Union support.
  const level2 = fig("eid-level2-collected-total");
  const eid = {
    id: "eid",
    kind: "funnel",
    label: t(
      "Hồ sơ định danh điện tử mức 2 – luỹ kế",
      "Level-2 electronic ID applications – cumulative",
    ),
    unitLabel: t("hồ sơ", "applications"),
    note: t(
      "Báo cáo chỉ nêu số hồ sơ mức 2 đã thu nhận và “hoàn thành vượt chỉ tiêu … do Bộ Công an giao”, không in chỉ tiêu và không nêu số kích hoạt.",
      "The report gives only the level-2 applications collected and says the ministry's target was exceeded, without printing the target or any activation figure.",
    ),
    stages: [EID_STAGES[0], EID_STAGES[2]],
    observations: [
      {
        asOf: level2.asOf,
        stages: {
          collected: stageValue(seed, level2, "Mục II.3.2", {
            note: t("“Đến nay”: ngày báo cáo.", "“To date”: the report date."),
          }),
        },
      },
    ],
  };
  const eidMonth = {
    id: "eid-month",
    kind: "funnel",
    label: t(
      "Hồ sơ định danh điện tử thu nhận trong tháng 7/2023",
      "Electronic ID applications collected in July 2023",
    ),
    unitLabel: t("hồ sơ", "applications"),
    note: t(
      "Không nêu mức và không có số kích hoạt trong tháng.",
      "No level and no activation figure for the month.",
    ),
    stages: [EID_STAGES[0], EID_STAGES[2]],
    observations: [
      { stages: { collected: stageValue(seed, fig("eid-collected-month"), "Mục II.3.2") } },
    ],
  };
  const eidYouth = {
    id: "eid-youth-union",
    kind: "funnel",
    label: t(
      "Đoàn Thanh niên hỗ trợ thu nhận, kích hoạt định danh điện tử mức 2",
      "Youth Union support for level-2 electronic ID collection and activation",
    ),
    unitLabel: t("người / trường hợp", "people / cases"),
    note: t(
      "Hoạt động tình nguyện của đoàn viên, thanh niên; hai số là hai hoạt động riêng (“hơn 5.000 người” được thu nhận, “hơn 9.000 trường hợp” được kích hoạt).",
      "Youth-volunteer activity; the two numbers are separate activities (“more than 5,000 people” collected, “more than 9,000 cases” activated).",
    ),
    stages: [EID_STAGES[0], EID_STAGES[2]],
    observations: [
      {
        stages: {
          collected: stageValue(seed, fig("eid-youth-collected-level2"), "Mục II.5"),
          activated: stageValue(seed, fig("eid-youth-activated-level2"), "Mục II.5"),
        },
      },
    ],
  };

  const bhyt = chipLookupFunnel(seed, fig("health-cccd-lookups-total"), "Mục II.3.2", {
    note: t("Luỹ kế đến ngày báo cáo.", "Cumulative to the report date."),
  });
  const bhytMonth = chipLookupFunnel(seed, fig("health-cccd-lookups-month"), "Mục II.3.2", {
    id: "bhyt-chip-lookup-month",
    label: t(
      "Sử dụng CCCD gắn chip thay thẻ BHYT khi khám bệnh – tháng 7/2023",
      "Chip ID cards used instead of the health-insurance card – July 2023",
    ),
  });

  const progress = [
    progressIndicator(seed, fig("health-driver-cert-facilities"), "Mục II.3.1", {
      done: null,
      note: t(
        "Chỉ có tỷ lệ. Chú thích 13 liệt kê 12 cơ sở; Trung tâm Giám định y khoa tỉnh đề nghị dừng.",
        "Rate only. Footnote 13 lists 12 facilities; the provincial medical-assessment centre asked to stop.",
      ),
    }),
    progressIndicator(seed, fig("health-driver-cert-units-with-data"), "Mục II.3.1"),
    progressIndicator(seed, fig("tax-land-obligations-online"), "Mục II.3.1", {
      note: t("Mẫu số không được nêu.", "The base is not stated."),
    }),
    progressIndicator(seed, fig("health-bhyt-synced-with-cccd"), "Mục II.3.2", {
      note: t(
        "Câu mở đầu “Đến ngày 07/5/2023” (như in) trong báo cáo tháng 7/2023; chú thích 15 lại so sánh với tháng 6/2023 (tăng 18.838 trường hợp).",
        "The sentence opens “Đến ngày 07/5/2023” (as printed) in a July 2023 report; footnote 15 compares with June 2023 (up 18,838).",
      ),
    }),
    progressIndicator(seed, fig("health-kcb-facilities-cccd"), "Mục II.3.2"),
    progressIndicator(seed, fig("health-cccd-usage-rate"), "Mục II.3.2", {
      done: null,
      note: t(
        "Tuyến tỉnh 71,39 %; tuyến huyện, xã 53,68 %.",
        "Provincial tier 71.39 %; district and commune tier 53.68 %.",
      ),
    }),
    progressIndicator(seed, fig("edu-cashless-dept-units"), "Mục II.3.2", {
      note: t(
        "Hai đơn vị chưa thực hiện: Trường THPT Phạm Kiệt, Trường PTDTNT THPT tỉnh. Báo cáo ghi “đạt lệ 94,8%” (như in).",
        "Not yet done: Phạm Kiệt upper-secondary school and the provincial ethnic boarding school. Printed “đạt lệ 94,8%” (sic).",
      ),
    }),
    progressIndicator(seed, fig("edu-cashless-dept-students"), "Mục II.3.2"),
    progressIndicator(seed, fig("edu-cashless-districts"), "Mục II.3.2"),
    progressIndicator(seed, fig("edu-cashless-district-students"), "Mục II.3.2"),
    progressIndicator(seed, fig("edu-pupil-records-verified"), "Mục II.3.2", {
      note: t(
        "Mẫu số không được nêu. Theo cấp học: THPT 38.422 (99,9 %), THCS 75.005 (99,32 %), tiểu học 107.592 (98,97 %), mầm non 52.421 (95,13 %), GDTX 4.379 (100 %).",
        "The base is not stated. By level: upper secondary 38,422 (99.9 %), lower secondary 75,005 (99.32 %), primary 107,592 (98.97 %), preschool 52,421 (95.13 %), continuing education 4,379 (100 %).",
      ),
    }),
    progressIndicator(seed, fig("edu-staff-records-verified"), "Mục II.3.2", {
      note: t(
        "Mẫu số không được nêu. Các phần in sau đó: THPT 2.604 (99,97 %), THCS 4.690 (90,07 %), tiểu học 5.119 (86,95 %), mầm non 5.066 (86,08 %), GDTX 5.066 (86,08 %) – cộng lại 22.545, lớn hơn 13.432.",
        "The base is not stated. Parts printed after it: upper secondary 2,604 (99.97 %), lower secondary 4,690 (90.07 %), primary 5,119 (86.95 %), preschool 5,066 (86.08 %), continuing education 5,066 (86.08 %) – together 22,545, more than 13,432.",
      ),
    }),
    progressIndicator(seed, fig("social-districts-cashless-plans"), "Mục II.3.2"),
    progressIndicator(seed, fig("social-protection-with-accounts"), "Mục II.3.2"),
    progressIndicator(seed, fig("social-protection-paid-via-account"), "Mục II.3.2", {
      note: t(
        "Mẫu số là 8.361 đối tượng có tài khoản nêu trước đó trong cùng câu.",
        "The base is the 8,361 beneficiaries with an account named earlier in the same sentence.",
      ),
    }),
    progressIndicator(seed, fig("social-merit-account-registrations"), "Mục II.3.2"),
    progressIndicator(seed, fig("social-merit-paid-via-account"), "Mục II.3.2", {
      note: t(
        "Mẫu số là 3.090 đối tượng đã đăng ký nêu trước đó trong cùng câu.",
        "The base is the 3,090 registered beneficiaries named earlier in the same sentence.",
      ),
    }),
    progressIndicator(seed, fig("health-vaccination-signing-facilities"), "Mục II.3.3"),
    progressIndicator(seed, fig("health-vaccination-people-signed"), "Mục II.3.3", {
      note: t("Mẫu số không được nêu.", "The base is not stated."),
    }),
    progressIndicator(seed, fig("health-vaccination-doses-signed"), "Mục II.3.3", {
      note: t("Mẫu số không được nêu.", "The base is not stated."),
    }),
    progressIndicator(seed, fig("social-protection-records"), "Mục II.3.3", {
      note: t("Mẫu số không được nêu.", "The base is not stated."),
    }),
    progressIndicator(seed, fig("social-poor-households-records"), "Mục II.3.3", {
      done: null,
      note: t(
        "Hộ nghèo 29.229 người, hộ cận nghèo 23.827 người; không in tổng.",
        "Poor households 29,229 people, near-poor 23,827; no total printed.",
      ),
    }),
    progressIndicator(seed, fig("clean-merit-persons"), "Mục II.3.3"),
    progressIndicator(seed, fig("clean-children-records"), "Mục II.3.3", {
      note: t("Mẫu số không được nêu.", "The base is not stated."),
    }),
    ...["elderly", "farmers", "veterans", "red-cross"].map((key) =>
      progressIndicator(
        seed,
        fig(`enrich-${key}${key === "red-cross" ? "" : "-association"}`),
        "Mục II.3.3",
        {
          note: t(
            "Tỷ lệ 100 % lấy từ câu dẫn “Hoàn thành 100% việc cập nhật hội viên các hội đoàn thể”.",
            "The 100 % is from the lead sentence “Hoàn thành 100% việc cập nhật hội viên các hội đoàn thể”.",
          ),
        },
      ),
    ),
  ];

  return feedOf(seed, {
    id: "quang-ngai-2023-07",
    title: t(
      "Tình hình triển khai Đề án 06 – tỉnh Quảng Ngãi, tháng 7/2023",
      "Project 06 progress – Quảng Ngãi Province, July 2023",
    ),
    publisherName: t(
      "Tổ Công tác triển khai Đề án 06 tỉnh Quảng Ngãi",
      "Project 06 Working Group of Quảng Ngãi Province",
    ),
    unitCode: "51",
    generatedAt: "2023-07-21T17:00:00+07:00",
    periodEn: "July 2023",
    units: [province("51")],
    services: services.list(),
    indicators: [dvcOnline, dvcServices, eid, eidMonth, eidYouth, bhyt, bhytMonth, ...progress],
  });
}

// ---------------------------------------------------------------------------------------------

for (const build of [bacGiang, ngheAn, binhLong, dakNong, quangNgai]) writeFeed(build());
