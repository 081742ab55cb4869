import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const pagefindApi = vi.hoisted(() => ({ addDirectory: vi.fn(), addHTMLFile: vi.fn(), writeFiles: vi.fn(), createIndex: vi.fn(), close: vi.fn() }));
vi.mock('pagefind', () => ({ createIndex: pagefindApi.createIndex, close: pagefindApi.close }));

const { pagefind } = await import('../../src/integrations/pagefind');

let site: string;
const logger = { info: vi.fn() };

/** Each language folder's run of Pagefind, faked: what the run writes for the folder it was given. */
let runs: Record<string, Record<string, number>>;

/** The fragments of every page, and for each language folder the languages its run reports. */
function writeIndex(languages: Record<string, number>, byFolder?: Record<string, Record<string, number>>) {
  mkdirSync(join(site, 'pagefind/fragment'), { recursive: true });
  runs = byFolder ?? Object.fromEntries(Object.entries(languages).map(([tag, pages]) => [tag.slice(0, 2), { [tag]: pages }]));
  for (const [tag, pages] of Object.entries(languages)) {
    for (let i = 0; i < pages; i++) {
      const fragment = { url: `/${tag.slice(0, 2)}/q${i}/`, content: 'Title. Text.', word_count: 100, meta: { title: `Q${i}` }, anchors: [{ element: 'h2', id: 'step', text: 'Step', location: 1 }] };
      writeFileSync(join(site, `pagefind/fragment/${tag}_${i}.pf_fragment`), gzipSync(`pagefind_dcd${JSON.stringify(fragment)}`));
    }
  }
}

/** Like Pagefind, a run rewrites pagefind-entry.json with the languages of its own pages only. */
function fakeWrite() {
  const { glob } = pagefindApi.addDirectory.mock.lastCall![0] as { glob: string };
  const found = runs[glob.split('/')[0]!] ?? {};
  const languages = Object.fromEntries(Object.entries(found).map(([tag, pages]) => [tag, { page_count: pages }]));
  writeFileSync(join(site, 'pagefind/pagefind-entry.json'), JSON.stringify({ version: '1.6.0', languages, include_characters: ['_'] }));
  writeFileSync(join(site, 'pagefind/pagefind.js'), 'export const search = () => [];');
  return Promise.resolve({ errors: [] });
}

/** A language's search data as the browser gets it: gzipped, the JSON inside. */
function shippedData(lang: 'zh' | 'en') {
  return JSON.parse(gunzipSync(readFileSync(join(site, `pagefind/help-${lang}.bin`))).toString('utf8'));
}

async function runBuildDone() {
  const hook = pagefind().hooks['astro:build:done'] as (options: unknown) => Promise<void>;
  await hook({ dir: pathToFileURL(`${site}/`), logger });
}

beforeEach(() => {
  site = mkdtempSync(join(tmpdir(), 'pagefind-test-'));
  vi.clearAllMocks();
  pagefindApi.createIndex.mockResolvedValue({ errors: [], index: { addDirectory: pagefindApi.addDirectory, addHTMLFile: pagefindApi.addHTMLFile, writeFiles: pagefindApi.writeFiles } });
  pagefindApi.addDirectory.mockResolvedValue({ errors: [], page_count: 24 });
  pagefindApi.writeFiles.mockImplementation(fakeWrite);
});

afterEach(() => {
  rmSync(site, { recursive: true, force: true });
  delete process.env['HELP_CENTER_INDEX_LATER'];
  delete process.env['HELP_CENTER_INDEX_SHARD_PAGES'];
});

// Each test runs the integration on the real lexicon and codes, segmenting Chinese with Intl.Segmenter:
// 2 to 5 s each on a shared 2-core machine, so Vitest's 5 s default failed them at random.
describe('the Pagefind integration', { timeout: 30_000 }, () => {
  it('indexes each language folder in its own Pagefind run, closing each, and merges the languages as Pagefind orders them', async () => {
    writeIndex({ 'zh-cn': 2, en: 3 });
    await runBuildDone();
    expect(pagefindApi.addDirectory.mock.calls).toEqual([[{ path: `${site}/`, glob: 'zh/**/*.html' }], [{ path: `${site}/`, glob: 'en/**/*.html' }]]);
    expect(pagefindApi.writeFiles).toHaveBeenCalledWith({ outputPath: join(site, 'pagefind') });
    expect(pagefindApi.close).toHaveBeenCalledTimes(2);
    const entry = readFileSync(join(site, 'pagefind/pagefind-entry.json'), 'utf8');
    expect(entry).toBe('{"version":"1.6.0","languages":{"en":{"page_count":3},"zh-cn":{"page_count":2}},"include_characters":["_"]}');
    expect(logger.info).toHaveBeenCalledWith(expect.stringMatching(/^zh-cn: 2 pages, 200 words indexed; its search data [\d.]+ KB gzipped$/));
    expect(logger.info).toHaveBeenCalledWith(expect.stringMatching(/^en: 3 pages, 300 words indexed; its search data [\d.]+ KB gzipped$/));
  });

  it('writes the ranking layer’s data per language, read back from the fragments', async () => {
    writeIndex({ 'zh-cn': 2, en: 1 });
    await runBuildDone();
    const zh = shippedData('zh');
    expect(zh.pages).toEqual([
      { id: 'zh-cn_0', url: '/zh/q0/', title: 'Q0', steps: [['step', 'Step']] },
      { id: 'zh-cn_1', url: '/zh/q1/', title: 'Q1', steps: [['step', 'Step']] },
    ]);
    expect(zh.groups.length).toBeGreaterThan(50);
    expect(zh).not.toHaveProperty('codes');
    expect(shippedData('en').pages).toHaveLength(1);
    // Only the gzipped data is written, gzipped smaller than zlib's best: Zopfli's.
    expect(readdirSync(join(site, 'pagefind')).filter((name) => name.startsWith('help-')).sort()).toEqual(['help-en.bin', 'help-zh.bin']);
    const stored = readFileSync(join(site, 'pagefind/help-zh.bin'));
    expect(stored.length).toBeLessThan(gzipSync(gunzipSync(stored), { level: 9 }).length);
  });

  it('fails the build when indexing reports errors, and still closes Pagefind', async () => {
    pagefindApi.addDirectory.mockResolvedValue({ errors: ['broken.html: unreadable'], page_count: 0 });
    await expect(runBuildDone()).rejects.toThrow('Pagefind indexing failed:\n  broken.html: unreadable');
    expect(pagefindApi.writeFiles).not.toHaveBeenCalled();
    expect(pagefindApi.close).toHaveBeenCalledOnce();
  });

  it('fails the build when a language indexed no pages', async () => {
    writeIndex({ 'zh-cn': 12 });
    await expect(runBuildDone()).rejects.toThrow('Pagefind indexed no en pages');
  });

  it('fails the build when a language folder holds pages in another language', async () => {
    writeIndex({ 'zh-cn': 2, en: 1 }, { zh: { 'zh-cn': 2, unknown: 1 }, en: { en: 1 } });
    await expect(runBuildDone()).rejects.toThrow('Pagefind found pages under /zh/ in unknown, not zh-cn');
  });

  it('under npm run build, leaves the indexing to src/build.ts: writes where the site is, indexes nothing', async () => {
    const later = join(site, 'later.json');
    process.env['HELP_CENTER_INDEX_LATER'] = later;
    await runBuildDone();
    expect(pagefindApi.createIndex).not.toHaveBeenCalled();
    expect(JSON.parse(readFileSync(later, 'utf8'))).toEqual({ site: `${site}/`, root: process.cwd() });
  });

  it('indexes a language of more pages than a run holds in shards, each its own bundle, listed for the browser to merge', async () => {
    process.env['HELP_CENTER_INDEX_SHARD_PAGES'] = '2';
    const html = (lang: string, body: string) => `<html lang="${lang}"><main data-pagefind-body>${body}</main></html>`;
    for (const [path, lang] of [['zh/a', 'zh-CN'], ['zh/b', 'zh-CN'], ['zh/c', 'zh-CN'], ['en/a', 'en']] as const) {
      mkdirSync(join(site, path), { recursive: true });
      writeFileSync(join(site, path, 'index.html'), html(lang, path));
    }
    mkdirSync(join(site, 'zh/list'), { recursive: true });
    writeFileSync(join(site, 'zh/list/index.html'), '<html lang="zh-CN"><main>not indexed</main></html>');
    // Like Pagefind: each run writes its entry, its pages' fragments and its own copy of the scripts.
    let added: string[] = [];
    pagefindApi.addHTMLFile.mockImplementation(({ url }: { url: string }) => (added.push(url), Promise.resolve({ errors: [] })));
    pagefindApi.addDirectory.mockImplementation(({ glob }: { glob: string }) => ((added = [`/${glob.slice(0, 2)}/a/`]), Promise.resolve({ errors: [] })));
    pagefindApi.writeFiles.mockImplementation(({ outputPath }: { outputPath: string }) => {
      const tag = added[0]!.startsWith('/zh/') ? 'zh-cn' : 'en';
      mkdirSync(join(outputPath, 'fragment'), { recursive: true });
      for (const url of added) {
        const fragment = { url, content: 'Text.', word_count: 1, meta: { title: url }, anchors: [] };
        writeFileSync(join(outputPath, `fragment/${tag}_${url.replace(/\W/g, '')}.pf_fragment`), gzipSync(`pagefind_dcd${JSON.stringify(fragment)}`));
      }
      writeFileSync(join(outputPath, 'pagefind.js'), 'export const search = () => [];');
      writeFileSync(join(outputPath, 'pagefind-entry.json'), JSON.stringify({ version: '1.6.0', languages: { [tag]: { page_count: added.length } } }));
      added = [];
      return Promise.resolve({ errors: [] });
    });
    await runBuildDone();
    // Dealt in turn: a and c to the main bundle, b to the second.
    expect(pagefindApi.addHTMLFile.mock.calls.map(([file]) => file.url)).toEqual(['/zh/a/', '/zh/c/', '/zh/b/']);
    expect(pagefindApi.addDirectory.mock.calls).toEqual([[{ path: `${site}/`, glob: 'en/**/*.html' }]]);
    expect(pagefindApi.writeFiles.mock.calls.map(([options]) => options.outputPath)).toEqual([join(site, 'pagefind'), join(site, 'pagefind/zh-2/'), join(site, 'pagefind')]);
    expect(pagefindApi.close).toHaveBeenCalledTimes(3);
    const zh = shippedData('zh');
    expect(zh.shards).toEqual(['zh-2/']);
    expect(zh.pages.map((page: { url: string }) => page.url).sort()).toEqual(['/zh/a/', '/zh/b/', '/zh/c/']);
    expect(shippedData('en')).not.toHaveProperty('shards');
    expect(readdirSync(join(site, 'pagefind/zh-2'))).toEqual(['pagefind-entry.json']);
    // The main entry is the main bundle's: its first shard's pages, beside English.
    expect(JSON.parse(readFileSync(join(site, 'pagefind/pagefind-entry.json'), 'utf8')).languages).toEqual({ en: { page_count: 1 }, 'zh-cn': { page_count: 2 } });
    expect(logger.info).toHaveBeenCalledWith(expect.stringMatching(/^zh-cn: 3 pages, 3 words indexed in 2 Pagefind runs merged in the browser \(over 2 pages a run; README, "A large help center"\); its search data/));
    expect(logger.info).toHaveBeenCalledWith(expect.stringMatching(/^en: 1 pages, 1 words indexed; its search data/));
  });
});
