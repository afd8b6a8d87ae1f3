// Types of large-feeds.mjs (plain JS, shared with the feed server and the bench).
import type { IndicatorFeed } from "../../src/data/schema.js";

export function largeServicesFeed(count: number): IndicatorFeed & { services: { id: string }[] };
export function largeStatusFeed(count: number, generatedAt?: string): IndicatorFeed;
export function largeUnitsFeed(count: number): IndicatorFeed;
export function largeFunnelFeed(count: number): IndicatorFeed;
export function largeFeed(kind: string, count: number): IndicatorFeed;
