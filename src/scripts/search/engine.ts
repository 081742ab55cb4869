import { fallbackTokens, withoutStopwords } from './query';
import { longestRun, toHit } from './hits';
import type { PagefindApi, PagefindResult, PagefindResultData, SearchOutcome } from './types';

let loading: Promise<PagefindApi> | undefined;

/** Loads Pagefind once, on demand: nothing is fetched until a visitor starts searching. */
export function loadPagefind(base: string): Promise<PagefindApi> {
  loading ??= (async () => {
    const url = `${base}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await pagefind.options({ baseUrl: base, excerptLength: 24, ranking: { pageLength: 0.2 } });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** Results found by several of the query's words rank above those found by one. */
async function searchWordByWord(pagefind: PagefindApi, words: string[]): Promise<PagefindResult[]> {
  const tally = new Map<string, { result: PagefindResult; matched: number; score: number }>();
  for (const { results } of await Promise.all(words.map((word) => pagefind.search(word)))) {
    for (const result of results) {
      const seen = tally.get(result.id);
      tally.set(result.id, { result, matched: (seen?.matched ?? 0) + 1, score: (seen?.score ?? 0) + result.score });
    }
  }
  return [...tally.values()].sort((a, b) => b.matched - a.matched || b.score - a.score).map((entry) => entry.result);
}

const rerankWindow = 5;

/**
 * Chinese queries reach Pagefind as single characters, which rank a page that merely contains
 * 钱, 到 and 账 far apart as high as one that says 钱没到账; the page holding the longest run of
 * adjacent query words goes first (stable, so Pagefind's order breaks ties).
 */
function byPhrase(results: PagefindResultData[]): PagefindResultData[] {
  // Only the top five are reordered, so the header list and the results page agree.
  const reordered = results
    .slice(0, rerankWindow)
    .map((data, index) => ({ data, index, run: longestRun(data.locations) }))
    .sort((a, b) => b.run - a.run || a.index - b.index)
    .map(({ data }) => data);
  return [...reordered, ...results.slice(rerankWindow)];
}


/**
 * Searches the current language's index. When the exact query finds nothing, retries without
 * filler words, then word by word; those results are flagged as related rather than exact.
 */
export async function runSearch(pagefind: PagefindApi, query: string, lang: string, limit: number): Promise<SearchOutcome> {
  let results = (await pagefind.search(query)).results;
  let related = false;
  if (results.length === 0) {
    related = true;
    const trimmed = withoutStopwords(query, lang);
    if (trimmed && trimmed !== query) results = (await pagefind.search(trimmed)).results;
    if (results.length === 0) results = await searchWordByWord(pagefind, fallbackTokens(query, lang));
  }
  const loaded = await Promise.all(results.slice(0, limit).map((result) => result.data()));
  const hits = (lang === 'zh' ? byPhrase(loaded) : loaded).map(toHit);
  return { query, hits, related: related && hits.length > 0 };
}
