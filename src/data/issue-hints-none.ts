/**
 * The single-file bundles' stand-in for `issue-hints.ts` (scripts/build.mjs aliases it there):
 * the same issues and paths, without the hints, which keeps the core bundle within 64 kB.
 */
import type { BilingualText } from "./messages.js";

export const hintFor = (_issue: unknown): BilingualText | undefined => undefined;
export const keyHint = (_key: unknown): BilingualText | undefined => undefined;
