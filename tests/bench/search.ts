/**
 * `npm run bench:search`: search quality and speed on the built site, in headless Chromium.
 * The tables in tables.ts: the tuning table (tests/fixtures/search-queries.ts), the held-out tables
 * (tests/fixtures/search-holdout*.ts, each written from the source article alone) and the study
 * tables (search-study*.ts, written the same way; their misses are studied). For each: hit@1,
 * hit@3, the right step when the answer is found, empty results, warm query times (rendering
 * included). Then the bytes the first query transfers and the cold first query's time (medians).
 * Options: `-- --misses` lists every query not answered first with the right step, except for the
 * blind held-out tables (`blind` in tables.ts): only their aggregate figures are ever printed, so
 * nobody tunes on their queries; `-- --fast`
 * measures quality only (one pass, no first-query runs); `-- --bytes` only the first queries
 * (`-- --bytes --lang=en`: one language's); `-- --tables=study2,holdout` only those fixtures' tables;
 * `-- --node` measures quality in Node instead of a browser (searchNode.ts): the same figures in
 * seconds, whatever the machine's load, with the engine's own time per query in the time column;
 * `-- --node --fresh` searches each query as a page opened on it does (a Pagefind started afresh,
 * no index chunk loaded): Pagefind's answer for a word can depend on the chunks earlier searches loaded.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { benchTables, tableWanted } from './tables.ts';
import { coldQuery } from './coldQuery.ts';
import { launchChromium, median, startPreview } from './preview.ts';
import { header, measureTable, row, type TableFigures } from './searchQuality.ts';
import type { HoldoutCase } from '../fixtures/search-holdout.ts';

const showMisses = process.argv.includes('--misses');
const fast = process.argv.includes('--fast');
const bytesOnly = process.argv.includes('--bytes');
const port = Number(process.env['BENCH_PORT'] ?? 4350);
const inNode = process.argv.includes('--node');
const onlyLang = process.argv.find((arg) => arg.startsWith('--lang='))?.slice('--lang='.length);

/** What a file costs over the wire with gzip; Pagefind's own files and our search data (help-<lang>.bin) are stored gzipped. */
function wireBytes(path: string): number {
  const raw = readFileSync(`dist${decodeURIComponent(path)}`);
  return Math.min(raw.length, gzipSync(raw, { level: 9 }).length);
}

/**
 * Each language's tables from searchNode.ts, run in a process of its own, both at once. What a
 * process writes to stderr (Pagefind reports a chunk it failed to load there) is passed on; when
 * one fails, the other is stopped.
 */
async function nodeFigures(lang: 'zh' | 'en', stopped: AbortController): Promise<(TableFigures | null)[]> {
  const args = ['--experimental-transform-types', '--no-warnings', '--import', './tests/bench/tsHooks.ts', 'tests/bench/searchNode.ts', lang, ...process.argv.filter((arg) => arg === '--fresh' || arg.startsWith('--tables='))];
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26, signal: stopped.signal });
    process.stderr.write(stderr);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as TableFigures | null);
    if (lines.length !== benchTables.length) throw new Error(`searchNode.ts ${lang} printed ${lines.length} lines for ${benchTables.length} tables`);
    return lines;
  } catch (error) {
    stopped.abort();
    throw error;
  }
}

type Measure = (lang: 'zh' | 'en', cases: readonly HoldoutCase[], index: number, blind: boolean) => Promise<TableFigures>;

async function tables(measure: Measure) {
  for (const [index, { name, cases: table, blind }] of benchTables.entries()) {
    if (!tableWanted(name, process.argv)) continue;
    const lines = [...header];
    const misses: string[] = [];
    for (const lang of ['zh', 'en'] as const) {
      const figures = await measure(lang, table[lang], index, blind);
      lines.push(row(lang, figures));
      misses.push(...figures.misses.map((miss) => `  ${lang} ${miss}`));
    }
    console.log(`\n${name}\n${lines.join('\n')}`);
    if (showMisses && !blind && misses.length > 0) console.log(`not first with the right step:\n${misses.join('\n')}`);
  }
}

async function inBrowser(browser: Browser, url: string, lang: 'zh' | 'en', cases: readonly HoldoutCase[], blind: boolean): Promise<TableFigures> {
  const page = await browser.newPage();
  await page.goto(`${url}/${lang}/search/`);
  const figures = await measureTable(page, lang, cases, blind, !fast);
  await page.close();
  return figures;
}

/**
 * A query of lexicon words only needs no Pagefind search; one with other words (升级, 卡) does.
 * English ships its own search data (English screen lines of the codes), so it is measured too.
 */
const firstQueries = [['zh', '刷不了'], ['zh', '升级后刷不了卡怎么办'], ['en', 'card declined after the terminal update']] as const;

async function firstQuery(browser: Browser, url: string, lang: 'zh' | 'en', query: string) {
  const { cold, work, fetched } = await coldQuery(browser, url, lang, query);
  const files = fetched.map((path) => ({ path, bytes: wireBytes(path) }));
  return { files, bytes: files.reduce((sum, file) => sum + file.bytes, 0), cold, work };
}

if (process.argv.includes('--fresh') && !inNode) throw new Error('--fresh is a mode of the Node run: add --node');
if (inNode) {
  const stopped = new AbortController();
  const [zh, en] = await Promise.all([nodeFigures('zh', stopped), nodeFigures('en', stopped)]);
  const figures = { zh, en };
  await tables(async (lang, _cases, index) => {
    const line = figures[lang][index];
    if (!line) throw new Error(`no figures for table ${index} in ${lang}`);
    return line;
  });
  process.exit(0);
}
const { url, stop } = await startPreview(port);
const browser = await launchChromium();
try {
  if (!bytesOnly) await tables((lang, cases, _index, blind) => inBrowser(browser, url, lang, cases, blind));
  for (const [lang, query] of fast ? [] : firstQueries.filter(([of]) => !onlyLang || of === onlyLang)) {
    const runs = [];
    for (let i = 0; i < 5; i++) runs.push(await firstQuery(browser, url, lang, query));
    const first = runs[0]!;
    console.log(`\nfirst query ("${query}" in the home page's box): ${(first.bytes / 1024).toFixed(1)} KB transferred (gzip) in ${first.files.length} files (${first.bytes} bytes)`);
    for (const file of first.files.sort((a, b) => b.bytes - a.bytes)) console.log(`  ${(file.bytes / 1024).toFixed(1).padStart(6)} KB  ${file.path}`);
    console.log(`cold query (load the engine and Pagefind, search, render), median of ${runs.length}: ${median(runs.map((r) => r.cold)).toFixed(1)} ms after the typing pause; the search itself ${median(runs.map((r) => r.work)).toFixed(1)} ms`);
  }
} finally {
  await browser.close();
  stop();
}
