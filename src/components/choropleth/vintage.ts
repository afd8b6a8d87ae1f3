/**
 * Whether a feed's unit list and a boundary file belong to the same era: before the reform of
 * 1 July 2025 (63 provinces, 705 districts; lists of 2023 and 2024 share the codes) or after it
 * (34 provinces, no districts).
 */
export function sameVintage(feedVintage: string, mapVintage: string): boolean {
  const afterReform = (year: string) => Number(year) >= 2025;
  return afterReform(feedVintage) === afterReform(mapVintage);
}
