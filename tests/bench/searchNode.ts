/**
 * One language's search quality measured in Node on the built site: the browser's engine
 * (src/scripts/search) and Pagefind's own browser bundle (dist/pagefind/pagefind.js) reading
 * dist/ through a fetch of the file system, so the figures are those of the browser run without
 * a browser, a server or the machine's load. Prints one JSON line of figures per table; the
 * second and fourth held-out tables are blind, so their misses are never collected. Run by
 * `npm run bench:search -- --node` in one process per language (Pagefind and the engine each
 * load one language per page, as in the browser).
 */
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { HoldoutCase } from '../fixtures/search-holdout.ts';
import { benchTables } from './tables.ts';
import { followPointer } from '../e2e/support/pointers.ts';
import { judge } from '../e2e/support/search.ts';
import { median } from './preview.ts';
import { live, type TableFigures } from './searchQuality.ts';

const lang = process.argv[2] === 'en' ? 'en' : 'zh';
const root = pathToFileURL(`${process.cwd()}/dist/`).href;
const html = { lang: lang === 'zh' ? 'zh-CN' : 'en', getAttribute: () => (lang === 'zh' ? 'zh-CN' : 'en') };
Object.assign(globalThis, { window: globalThis, location: { href: root }, document: { documentElement: html, querySelector: (s: string) => (s === 'html' ? html : null) } });
globalThis.fetch = async (input: string | URL | Request) => {
  const path = decodeURIComponent(new URL(String(input)).pathname);
  return existsSync(path) ? new Response(readFileSync(path)) : new Response('', { status: 404 });
};

const { loadEngine, runSearch } = await import('../../src/scripts/search/engine.ts');
const engine = await loadEngine(root, lang);

async function measure(cases: readonly HoldoutCase[], blind: boolean): Promise<TableFigures> {
  const { run, skipped } = live(lang, cases);
  const figures: TableFigures = { total: run.length, skipped, top1: 0, top3: 0, withStep: 0, stepRight: 0, empty: 0, misses: [], fresh: 0, repeat: 0 };
  const times: number[][] = [[], []];
  for (const pass of [0, 1]) {
    for (const expected of run) {
      const start = performance.now();
      const { hits } = await runSearch(engine, expected.query, 10);
      times[pass]!.push(performance.now() - start);
      if (pass === 1) continue;
      const urls = hits.map((hit) => ({ url: `/${hit.url.slice(root.length)}` }));
      const { rank, stepRight } = judge(lang, expected, urls);
      figures.top1 += rank === 0 ? 1 : 0;
      figures.top3 += rank >= 0 && rank < 3 ? 1 : 0;
      if (rank >= 0 && rank < 3 && expected.step) {
        figures.withStep += 1;
        figures.stepRight += stepRight ? 1 : 0;
      }
      figures.empty += hits.length === 0 ? 1 : 0;
      if (!blind && (rank !== 0 || !stepRight)) {
        const wanted = followPointer(lang, expected);
        const want = `${wanted.answer}${wanted.step ? `#${wanted.step}` : ''}`;
        figures.misses.push(`#${rank < 0 ? '–' : rank + 1}${stepRight ? '' : ' wrong step'}  "${expected.query}" want ${want}, got ${urls[0]?.url ?? '(none)'}`);
      }
    }
  }
  return { ...figures, fresh: median(times[0]!), repeat: median(times[1]!) };
}

for (const { cases, blind } of benchTables) {
  console.log(JSON.stringify(await measure(cases[lang], blind)));
}
