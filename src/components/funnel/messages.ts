/**
 * Strings of `<chiso-funnel>`, Vietnamese first. Typed so a missing English string is a compile
 * error; figures arrive already formatted by `src/data/format.ts`.
 */
import type { Locale } from "../../data/format.js";
import type { Basis } from "../../data/figures/funnel.js";

export interface FunnelMessages {
  /** `103,20 %` + what it is a percentage of. */
  percentOf: Record<Basis, (percent: string) => string>;
  /** Column header of the percentage in the data table. */
  basisHeader: Record<Basis, string>;
  missing: string;
  overTarget: string;
  grows: string;
  target: (count: string) => string;
  quota: (count: string) => string;
  /** Conversion from the previous stage, e.g. `78,30 % chuyển tiếp`. */
  conversion: (percent: string) => string;
  campaign: string;
  asOf: (date: string) => string;
  stage: string;
  value: string;
  conversionHeader: string;
  levels: string;
  targetHeader: string;
  source: string;
}

export const FUNNEL_MESSAGES: Record<Locale, FunnelMessages> = {
  vi: {
    percentOf: {
      target: (percent) => `${percent} chỉ tiêu`,
      first: (percent) => `${percent} so với bước đầu`,
      previous: (percent) => `${percent} so với bước trước`,
    },
    basisHeader: {
      target: "% chỉ tiêu",
      first: "% so với bước đầu",
      previous: "% so với bước trước",
    },
    missing: "Chưa có số liệu",
    overTarget: "vượt chỉ tiêu",
    grows: "lớn hơn bước trước",
    target: (count) => `chỉ tiêu ${count}`,
    quota: (count) => `chỉ tiêu chung ${count}`,
    conversion: (percent) => `${percent} chuyển tiếp`,
    campaign: "Chiến dịch",
    asOf: (date) => `tính đến ${date}`,
    stage: "Bước",
    value: "Số lượng",
    conversionHeader: "Chuyển tiếp từ bước trước",
    levels: "Theo mức",
    targetHeader: "Chỉ tiêu",
    source: "Nguồn",
  },
  en: {
    percentOf: {
      target: (percent) => `${percent} of target`,
      first: (percent) => `${percent} of first stage`,
      previous: (percent) => `${percent} of previous stage`,
    },
    basisHeader: {
      target: "% of target",
      first: "% of first stage",
      previous: "% of previous stage",
    },
    missing: "No data yet",
    overTarget: "above target",
    grows: "larger than the previous stage",
    target: (count) => `target ${count}`,
    quota: (count) => `overall quota ${count}`,
    conversion: (percent) => `${percent} carried over`,
    campaign: "Campaign",
    asOf: (date) => `as of ${date}`,
    stage: "Stage",
    value: "Count",
    conversionHeader: "Conversion from previous stage",
    levels: "By level",
    targetHeader: "Target",
    source: "Source",
  },
};
