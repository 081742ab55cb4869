/**
 * `npm run bench:search`: search quality and speed on the built site, in headless Chromium.
 * Prints hit@1 / hit@3 / right step first / empty results per language over the query table,
 * the compressed bytes the first query fetches, and cold and warm query times (medians).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { searchCases } from '../fixtures/search-queries.ts';
import { judge, searchOnPage } from '../e2e/support/search.ts';
import { launchChromium, median, startPreview } from './preview.ts';

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;

/** What a file costs over the wire with gzip; Pagefind's own files are already compressed. */
function wireBytes(path: string): number {
  const raw = readFileSync(`dist${decodeURIComponent(path)}`);
  return Math.min(raw.length, gzipSync(raw, { level: 9 }).length);
}

async function quality(browser: Browser, url: string, lang: 'zh' | 'en') {
  const page = await browser.newPage();
  await page.goto(`${url}/${lang}/search/`);
  const tally = { top1: 0, top3: 0, step1: 0, empty: 0, notFirst: [] as string[] };
  for (const expected of searchCases[lang]) {
    const { hits } = await searchOnPage(page, expected.query);
    const { rank, stepRight } = judge(lang, expected, hits);
    if (rank !== 0 || !stepRight) tally.notFirst.push(`"${expected.query}" → #${rank + 1} ${hits[0]?.url ?? '(none)'}`);
    tally.top1 += rank === 0 ? 1 : 0;
    tally.top3 += rank >= 0 && rank < 3 ? 1 : 0;
    tally.step1 += rank === 0 && stepRight ? 1 : 0;
    tally.empty += hits.length === 0 ? 1 : 0;
  }
  // Second pass, everything already fetched once: what a visitor's next queries cost.
  const times: number[] = [];
  for (const expected of searchCases[lang]) {
    await searchOnPage(page, expected.query);
    times.push(await page.evaluate(() => performance.getEntriesByName('help-search').at(-1)?.duration ?? Number.NaN));
  }
  await page.close();
  return { ...tally, total: searchCases[lang].length, warm: median(times) };
}

async function firstQuery(browser: Browser, url: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${url}/zh/`);
  await page.waitForLoadState('networkidle');
  const fetched = new Set<string>();
  context.on('requestfinished', (request) => void fetched.add(new URL(request.url()).pathname));
  await page.locator('#home-search-input').fill('刷不了');
  await page.getByRole('option').first().waitFor();
  await page.waitForLoadState('networkidle');
  const cold = await page.evaluate(() => performance.getEntriesByName('help-search')[0]?.duration ?? Number.NaN);
  await context.close();
  const files = [...fetched].map((path) => ({ path, bytes: wireBytes(path) }));
  return { files, bytes: files.reduce((sum, file) => sum + file.bytes, 0), cold };
}

const { url, stop } = await startPreview(4331);
const browser = await launchChromium();
try {
  for (const lang of ['zh', 'en'] as const) {
    const q = await quality(browser, url, lang);
    console.log(
      `${lang}: ${q.total} queries  hit@1 ${percent(q.top1, q.total)}  hit@3 ${percent(q.top3, q.total)}  ` +
        `right step first ${percent(q.step1, q.total)}  no results ${q.empty}  warm query median ${q.warm.toFixed(1)} ms`,
    );
    for (const line of q.notFirst) console.log(`    not first: ${line}`);
  }
  const runs = [];
  for (let i = 0; i < 5; i++) runs.push(await firstQuery(browser, url));
  const first = runs[0]!;
  console.log(`first query: ${(first.bytes / 1024).toFixed(1)} KB transferred (gzip) in ${first.files.length} files`);
  for (const file of first.files.sort((a, b) => b.bytes - a.bytes)) console.log(`  ${(file.bytes / 1024).toFixed(1).padStart(6)} KB  ${file.path}`);
  console.log(`cold query (load Pagefind + search + render), median of ${runs.length}: ${median(runs.map((r) => r.cold)).toFixed(1)} ms`);
} finally {
  await browser.close();
  stop();
}
