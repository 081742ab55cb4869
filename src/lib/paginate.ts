/**
 * Questions per page of a section's list. Thirty titles with their short answers keep the page
 * well inside the 10 KB HTML budget in Chinese, the denser language (a help center of 1,000
 * questions per language has sections of several hundred).
 */
export const questionsPerPage = 30;

/** Questions per section on the home and no-JavaScript search pages; the rest are a link away. */
export const questionsPerSummary = 8;

/**
 * Splits a list into pages of `size`; an empty list still has one (empty) page.
 * @example paginate([1, 2, 3], 2) // [[1, 2], [3]]
 */
export function paginate<T>(items: readonly T[], size: number = questionsPerPage): T[][] {
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size));
  return pages.length > 0 ? pages : [[]];
}

/**
 * The page numbers a pager shows around the current one, with `null` for a gap.
 * @example pageWindow(6, 20) // [1, null, 5, 6, 7, null, 20]
 */
export function pageWindow(current: number, pages: number): (number | null)[] {
  const shown = [...new Set([1, current - 1, current, current + 1, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  return shown.flatMap((n, i) => (i > 0 && n - (shown[i - 1] ?? n) > 1 ? [null, n] : [n]));
}
