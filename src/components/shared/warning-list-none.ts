/**
 * The single-file bundles' stand-in for warning-list.ts (scripts/build.mjs): no severity marks
 * and no warning lists, which keeps the core file within its 64 kB with this session's
 * accessibility fixes. The elements still say a printed rate that disagrees in words (gauge,
 * board); the ES modules, the validator page and `chiso validate` show every warning.
 */
import { nothing } from "lit";
import type { ConsistencyWarning } from "../../data/warnings.js";

export const markedWarnings = (..._: unknown[]): ConsistencyWarning[] => [];
export const warningMark = (..._: unknown[]): typeof nothing => nothing;
export const warningList = (..._: unknown[]): typeof nothing => nothing;
export const warningDetails = (..._: unknown[]): typeof nothing => nothing;
