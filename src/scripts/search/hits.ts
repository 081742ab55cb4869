import type { PagefindResultData, PagefindSubResult, SearchHit } from './types';

/**
 * The longest run of adjacent matched words. Chinese queries are split into single characters
 * (到|账), so a step that holds the whole phrase outranks one that merely repeats 卡 often.
 * @example longestRun([3, 8, 9, 10, 20]) // 3
 */
export function longestRun(locations: readonly number[]): number {
  const sorted = [...new Set(locations)].sort((a, b) => a - b);
  let best = sorted.length > 0 ? 1 : 0;
  let run = 1;
  for (let i = 1; i < sorted.length; i++) {
    run = sorted[i] === (sorted[i - 1] ?? Number.NaN) + 1 ? run + 1 : 1;
    best = Math.max(best, run);
  }
  return best;
}

/** Whether step `a` matches the query better than step `b`: a longer phrase, then more words. */
function better(a: PagefindSubResult, b: PagefindSubResult): boolean {
  const runA = longestRun(a.locations);
  const runB = longestRun(b.locations);
  return runA !== runB ? runA > runB : a.locations.length > b.locations.length;
}

/** Turns a Pagefind result into a hit that links to its best-matching step, or the page itself. */
export function toHit(data: PagefindResultData): SearchHit {
  const steps = data.sub_results.filter((sub) => sub.url.includes('#') && sub.locations.length > 0);
  const best = steps.reduce<PagefindSubResult | undefined>((winner, sub) => (!winner || better(sub, winner) ? sub : winner), undefined);
  return {
    url: best?.url ?? data.url,
    title: data.meta.title ?? data.url,
    stepTitle: best?.title,
    excerpt: best?.excerpt ?? data.excerpt,
  };
}
