import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { indexedPages, splitShards } from '../../src/integrations/pagefindShards';
import { searchOnPage } from './support/search';
import { watchErrors } from './support/site';

/**
 * A large site's index comes in shards the browser merges (src/integrations/pagefindShards.ts).
 * The real site is one shard, so this builds it again in shards of 40 pages (three a language),
 * under a sub-path, and serves that copy on a port of its own beside the main preview (whose
 * lock file it ignores).
 */
const project = join(import.meta.dirname, '../..');
const base = '/help/';
const shardPages = 40;
const port = Number(process.env['PREVIEW_PORT'] ?? 4321) + 1000;
let dir: string;
let server: ChildProcess | undefined;

test.describe.configure({ mode: 'serial', timeout: 60_000 });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  dir = mkdtempSync(join(tmpdir(), 'help-center-shards-'));
  const env = { ...process.env, BASE_PATH: base, HELP_CENTER_INDEX_SHARD_PAGES: String(shardPages), ASTRO_TELEMETRY_DISABLED: '1' };
  execFileSync(process.execPath, [join(project, 'src/build.ts'), '--outDir', dir], { cwd: project, env, stdio: 'ignore' });
  server = spawn(join(project, 'node_modules/.bin/astro'), ['preview', '--port', String(port), '--host', 'localhost', '--outDir', dir, '--ignore-lock'], { cwd: project, env, stdio: 'ignore', detached: true });
  for (let attempt = 0; attempt < 150; attempt++) {
    const up = await fetch(`http://localhost:${port}${base}zh/`).then((response) => response.ok, () => false);
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the sharded copy's preview did not answer on port ${port}`);
});

test.afterAll(() => {
  try {
    if (server?.pid) process.kill(-server.pid);
  } catch {
    // it had already exited
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Requests for the Pagefind bundle, as paths. */
function bundleRequests(page: Page): string[] {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  return fetched;
}

// A word only one page holds (unknown to the lexicon, so only Pagefind finds it: a lexicon word
// is looked up in the build's postings and never reaches the shards), on a page dealt to the
// second shard. Pages are dealt in turn, so a new page moves others to another shard: each
// language has a few such words, and the test takes the first whose page is in the second shard.
// The page is found, though not first: the other shards answer a word they lack with pages
// holding a shorter one (发票 → 发; src/integrations/pagefindShards.ts), which one index would not.
const onePageWords = {
  zh: [
    { query: '发票', answer: 'ic-card-upgrade/upgrade-cost' },
    { query: '沾油', answer: 'ic-card-upgrade/upgrade-cautions' },
  ],
  en: [
    { query: 'domestic', answer: 'failed-swipes/foreign-cards' },
    { query: 'invoice', answer: 'ic-card-upgrade/upgrade-cost' },
    { query: 'greasy', answer: 'ic-card-upgrade/upgrade-cautions' },
  ],
} as const;

for (const lang of ['zh', 'en'] as const) {
  test(`${lang}: a query only a second-shard page answers finds it, under ${base}, within the page's CSP`, async ({ page }) => {
    const runs = splitShards(await indexedPages(dir, lang), shardPages);
    expect(runs.length).toBe(3);
    const second = new Set(runs[1]!.map((p) => p.url));
    const pick = onePageWords[lang].find(({ answer }) => second.has(`/${lang}/${answer}/`));
    expect(pick, `none of ${onePageWords[lang].map((w) => w.answer).join(', ')} is in the second shard: add a word of one of its pages`).toBeDefined();
    const { query, answer } = pick!;
    const data = JSON.parse(gunzipSync(readFileSync(join(dir, `pagefind/help-${lang}.bin`))).toString('utf8')) as { shards?: string[] };
    expect(data.shards).toEqual([`${lang}-2/`, `${lang}-3/`]);

    const errors = watchErrors(page);
    await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP: ${event.violatedDirective} ${event.blockedURI}`)));
    const fetched = bundleRequests(page);
    await page.goto(`http://localhost:${port}${base}${lang}/search/`);
    const { hits } = await searchOnPage(page, query);
    const urls = hits.map((hit) => hit.url.split('#')[0]);
    expect(urls).toContain(`${base}${lang}/${answer}/`);
    expect(fetched).toContain(`${base}pagefind/${lang}-2/pagefind-entry.json`);
    expect(fetched.some((path) => path.startsWith(`${base}pagefind/${lang}-2/index/`))).toBe(true);
    // The first three hits' excerpts (as many as there are: a word the other shards lack may find
    // only its page) come from their fragments, which the build moved into the main bundle
    // whichever shard indexed the page.
    for (let i = 0; i < Math.min(3, hits.length); i++) await expect(page.locator('[data-search-results] a.hit').nth(i).locator('.hit-excerpt')).not.toBeEmpty();
    expect(errors).toEqual([]);
  });
}
