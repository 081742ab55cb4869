import { fallbackTokens, withoutStopwords } from './query';
import { toHit } from './hits';
import type { PagefindApi, PagefindResult, SearchOutcome } from './types';

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
  const hits = (await Promise.all(results.slice(0, limit).map((result) => result.data()))).map(toHit);
  return { query, hits, related: related && hits.length > 0 };
}
