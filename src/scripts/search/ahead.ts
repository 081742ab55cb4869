import { loadEngine, runSearch, type Engine } from './engine';
import { preloadQuery } from './preload';
import type { SearchOutcome } from './types';

/**
 * Searches run ahead, halfway through the pause that starts a search (typing.ts): a new query's
 * slowest part, fetching the fragments its first results need, then happens while the visitor
 * is still waiting for the pause to end, not after it. The search itself takes the outcome over.
 * Keyed by list length and query, per engine; the last few kept.
 */
interface Ahead {
  outcome: Promise<SearchOutcome>;
  started: number;
  finished?: number;
}

const ahead = new WeakMap<Engine, Map<string, Ahead>>();
/** Enough for the few queries one pause after another can leave unclaimed (typed on, or cleared). */
const kept = 4;

function aheadOf(engine: Engine): Map<string, Ahead> {
  let searches = ahead.get(engine);
  if (!searches) ahead.set(engine, (searches = new Map()));
  return searches;
}

export function searchAhead(engine: Engine, query: string, limit: number): void {
  const searches = aheadOf(engine);
  const key = `${limit} ${query}`;
  if (!query || searches.has(key)) return;
  const early: Ahead = { outcome: runSearch(engine, query, limit), started: performance.now() };
  searches.set(key, early);
  early.outcome.then(
    () => (early.finished = performance.now()),
    () => searches.get(key) === early && searches.delete(key),
  );
  for (const old of searches.keys()) if (searches.size > kept) searches.delete(old);
}

/**
 * The query's outcome: the search run ahead for it, if any (taken, so a later repeat searches
 * afresh; searched again if it failed), else a new search. How long the search itself took, from
 * its start to its outcome wherever it began, is measured as `help-search-work` for
 * `npm run bench:search` (the wait after the pause is `help-search`, typing.ts).
 */
export function searchNow(engine: Engine, query: string, limit: number): Promise<SearchOutcome> {
  const searches = aheadOf(engine);
  const key = `${limit} ${query}`;
  const early = searches.get(key);
  searches.delete(key);
  const started = early?.started ?? performance.now();
  const outcome = early ? early.outcome.catch(() => runSearch(engine, query, limit)) : runSearch(engine, query, limit);
  void outcome.then(() => performance.measure('help-search-work', { start: started, end: early?.finished ?? performance.now(), detail: query })).catch(() => undefined);
  return outcome;
}

/**
 * `onTyping` and `onPause` for onQueryInput (typing.ts), for a list of `limit` results: while the
 * visitor types, load the query's index chunks; halfway through the pause, run it ahead.
 */
export function whileTyping(base: string, lang: 'zh' | 'en', limit: number): [(query: string) => void, (query: string) => void] {
  const withEngine = (query: string, use: (engine: Engine) => void) => {
    if (query) void loadEngine(base, lang).then(use, () => undefined);
  };
  return [(query) => withEngine(query, (engine) => preloadQuery(engine, query)), (query) => withEngine(query, (engine) => searchAhead(engine, query, limit))];
}
