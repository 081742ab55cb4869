import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const pagefindApi = vi.hoisted(() => ({ addDirectory: vi.fn(), writeFiles: vi.fn(), createIndex: vi.fn(), close: vi.fn() }));
vi.mock('pagefind', () => ({ createIndex: pagefindApi.createIndex, close: pagefindApi.close }));

const { pagefind } = await import('../../src/integrations/pagefind');

let site: string;
const logger = { info: vi.fn() };

/** What Pagefind would have written: the entry file and one fragment per page. */
function writeIndex(languages: Record<string, number>) {
  mkdirSync(join(site, 'pagefind/fragment'), { recursive: true });
  writeFileSync(join(site, 'pagefind/pagefind-entry.json'), JSON.stringify({ languages: Object.fromEntries(Object.entries(languages).map(([tag, pages]) => [tag, { page_count: pages }])) }));
  for (const [tag, pages] of Object.entries(languages)) {
    for (let i = 0; i < pages; i++) {
      const fragment = { url: `/${tag.slice(0, 2)}/q${i}/`, content: 'Title. Text.', word_count: 100, meta: { title: `Q${i}` }, anchors: [{ element: 'h2', id: 'step', text: 'Step', location: 1 }] };
      writeFileSync(join(site, `pagefind/fragment/${tag}_${i}.pf_fragment`), gzipSync(`pagefind_dcd${JSON.stringify(fragment)}`));
    }
  }
}

async function runBuildDone() {
  const hook = pagefind().hooks['astro:build:done'] as (options: unknown) => Promise<void>;
  await hook({ dir: pathToFileURL(`${site}/`), logger });
}

beforeEach(() => {
  site = mkdtempSync(join(tmpdir(), 'pagefind-test-'));
  vi.clearAllMocks();
  pagefindApi.createIndex.mockResolvedValue({ errors: [], index: { addDirectory: pagefindApi.addDirectory, writeFiles: pagefindApi.writeFiles } });
  pagefindApi.addDirectory.mockResolvedValue({ errors: [], page_count: 24 });
  pagefindApi.writeFiles.mockResolvedValue({ errors: [] });
});

afterEach(() => rmSync(site, { recursive: true, force: true }));

describe('the Pagefind integration', () => {
  it('indexes the output folder, writes the bundle, closes, and logs pages and words per language', async () => {
    writeIndex({ 'zh-cn': 2, en: 3 });
    await runBuildDone();
    expect(pagefindApi.addDirectory).toHaveBeenCalledWith({ path: `${site}/` });
    expect(pagefindApi.writeFiles).toHaveBeenCalledWith({ outputPath: join(site, 'pagefind') });
    expect(pagefindApi.close).toHaveBeenCalledOnce();
    expect(logger.info).toHaveBeenCalledWith('zh-cn: 2 pages, 200 words indexed');
    expect(logger.info).toHaveBeenCalledWith('en: 3 pages, 300 words indexed');
  });

  it('writes the ranking layer’s data per language, read back from the fragments', async () => {
    writeIndex({ 'zh-cn': 2, en: 1 });
    await runBuildDone();
    const zh = JSON.parse(readFileSync(join(site, 'pagefind/help-zh.json'), 'utf8'));
    expect(zh.pages).toEqual([
      { id: 'zh-cn_0', url: '/zh/q0/', title: 'Q0', steps: [['step', 'Step']] },
      { id: 'zh-cn_1', url: '/zh/q1/', title: 'Q1', steps: [['step', 'Step']] },
    ]);
    expect(zh.groups.length).toBeGreaterThan(50);
    expect(JSON.parse(readFileSync(join(site, 'pagefind/help-en.json'), 'utf8')).pages).toHaveLength(1);
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
});
