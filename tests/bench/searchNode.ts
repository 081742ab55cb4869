/**
 * One language's search quality measured in Node on the built site: the browser's engine
 * (src/scripts/search) and Pagefind's own browser bundle (dist/pagefind/pagefind.js) reading
 * dist/ through a fetch of the file system, so the figures are those of the browser run without
 * a browser, a server or the machine's load. Prints one JSON line of figures per table; the
 * second and fourth held-out tables are blind, so their misses are never collected. Run by
 * `npm run bench:search -- --node` in one process per language (Pagefind and the engine each
 * load one language per page, as in the browser). With `--fresh`, each query is searched as a
 * page opened on it (/search/?q=…) searches it: by a Pagefind started afresh, with none of the index
 * chunks earlier queries loaded and no search remembered; the search data and the fragments stay
 * loaded, and nothing is preloaded while typing. The time column is then that first search, with
 * what Pagefind still loads for it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { HoldoutCase } from '../fixtures/search-holdout.ts';
import { benchTables, tableWanted } from './tables.ts';
import { median } from './preview.ts';
import { emptyFigures, live, tally, type TableFigures } from './searchQuality.ts';

const lang = process.argv[2] === 'en' ? 'en' : 'zh';
const root = pathToFileURL(`${process.cwd()}/dist/`).href;
const html = { lang: lang === 'zh' ? 'zh-CN' : 'en', getAttribute: () => (lang === 'zh' ? 'zh-CN' : 'en') };
Object.assign(globalThis, { window: globalThis, location: { href: root }, document: { documentElement: html, querySelector: (s: string) => (s === 'html' ? html : null) } });
globalThis.fetch = async (input: string | URL | Request) => {
  const path = decodeURIComponent(new URL(String(input)).pathname);
  return existsSync(path) ? new Response(readFileSync(path)) : new Response('', { status: 404 });
};

const { loadEngine, runSearch } = await import('../../src/scripts/search/engine.ts');
const { pagefindStarter } = await import('../../src/scripts/search/pagefind.ts');
const { TermCache } = await import('../../src/scripts/search/retrieve.ts');
const newTabs = process.argv.includes('--fresh');
const pagefind = (await import(`${root}pagefind/pagefind.js`)) as { destroy: () => Promise<void> };
const shared = await loadEngine(root, lang);
// Pagefind as the engine started it, done starting before the first new tab destroys it.
await shared.cache.pages('');

/**
 * A new tab's engine: the same search data, and a Pagefind started afresh (Pagefind keeps one
 * instance per page; destroyed, the next start makes one) and ready before the query is timed,
 * as a page's Pagefind starts while the page loads.
 */
async function newTab(): Promise<typeof shared> {
  await pagefind.destroy();
  const start = pagefindStarter(root, async () => shared.vocab.data.shards);
  await start();
  return { ...shared, cache: new TermCache(start) };
}
const engineFor = () => (newTabs ? newTab() : Promise.resolve(shared));

async function measure(cases: readonly HoldoutCase[], blind: boolean): Promise<TableFigures> {
  const { run, skipped } = live(lang, cases);
  const figures = emptyFigures(run.length, skipped);
  const times: number[][] = [[], []];
  for (const pass of newTabs ? [0] : [0, 1]) {
    for (const expected of run) {
      const engine = await engineFor();
      const start = performance.now();
      const { hits } = await runSearch(engine, expected.query, 10);
      times[pass]!.push(performance.now() - start);
      if (pass === 0) tally(figures, lang, expected, hits.map((hit) => ({ url: `/${hit.url.slice(root.length)}` })), blind);
    }
  }
  return { ...figures, fresh: median(times[0]!), repeat: newTabs ? Number.NaN : median(times[1]!), work: Number.NaN };
}

// A table not asked for is a null line, so the lines still match benchTables.
for (const { name, cases, blind } of benchTables) {
  console.log(JSON.stringify(tableWanted(name, process.argv) ? await measure(cases[lang], blind) : null));
}
