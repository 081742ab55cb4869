import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultShardPages, indexedPages, settleShard, shardFolder, shardPages, splitShards } from '../../src/integrations/pagefindShards';

let site: string;

function write(path: string, content: string) {
  mkdirSync(join(site, path, '..'), { recursive: true });
  writeFileSync(join(site, path), content);
}

beforeEach(() => {
  site = mkdtempSync(join(tmpdir(), 'pagefind-shards-'));
});

afterEach(() => rmSync(site, { recursive: true, force: true }));

describe('splitting a language into Pagefind runs', () => {
  it('keeps a language of up to one run’s pages (the real site) in one run', () => {
    expect(splitShards([1, 2, 3], 3)).toEqual([[1, 2, 3]]);
    expect(splitShards([], 3)).toEqual([[]]);
  });

  it('deals a larger one into the fewest runs, a page to each in turn, every page once', () => {
    const pages = Array.from({ length: 5000 }, (_, i) => i);
    const runs = splitShards(pages, 2000);
    expect(runs.map((run) => run.length)).toEqual([1667, 1667, 1666]);
    expect(runs.flat().sort((a, b) => a - b)).toEqual(pages);
    expect(splitShards([1, 2, 3, 4, 5, 6, 7], 3)).toEqual([[1, 4, 7], [2, 5], [3, 6]]);
  });

  it('reads the run size from HELP_CENTER_INDEX_SHARD_PAGES, and refuses one that is not a page count', () => {
    expect(shardPages({})).toBe(defaultShardPages);
    expect(shardPages({ HELP_CENTER_INDEX_SHARD_PAGES: '40' })).toBe(40);
    expect(() => shardPages({ HELP_CENTER_INDEX_SHARD_PAGES: '0' })).toThrow('HELP_CENTER_INDEX_SHARD_PAGES must be a whole number of pages, 1 or more, not "0"');
    expect(() => shardPages({ HELP_CENTER_INDEX_SHARD_PAGES: 'many' })).toThrow('not "many"');
  });

  it('writes the first run as the main bundle and each other in a folder no prefix of it', () => {
    expect(shardFolder('zh', 0)).toBe('');
    expect(shardFolder('zh', 1)).toBe('zh-2/');
    expect(shardFolder('en', 2)).toBe('en-3/');
  });
});

describe('the pages a shard is given', () => {
  it('are the language folder’s pages with data-pagefind-body, sorted, with the URLs Pagefind gives them', async () => {
    write('zh/b/index.html', '<html lang="zh-CN"><main data-pagefind-body>B</main></html>');
    write('zh/a/index.html', '<html lang="zh-CN"><main class="x" data-pagefind-body="">A</main></html>');
    write('zh/index.html', '<html lang="zh-CN"><main>home: lists questions</main></html>');
    write('zh/a/page/2/index.html', '<html lang="zh-CN"><p>how to use data-pagefind-body in text</p></html>');
    write('zh/print.html', '<html lang="zh-CN"><div data-pagefind-body>P</div></html>');
    write('en/c/index.html', '<html lang="en"><main data-pagefind-body>C</main></html>');
    const pages = await indexedPages(site, 'zh');
    expect(pages.map((page) => page.url)).toEqual(['/zh/a/', '/zh/b/', '/zh/print.html']);
    expect(pages[0]!.file).toBe(join(site, 'zh/a/index.html'));
  });

  it('are none for a missing language folder (indexing then fails with "indexed no … pages")', async () => {
    expect(await indexedPages(site, 'en')).toEqual([]);
  });
});

describe('a written shard', () => {
  it('keeps its entry, meta and index chunks, and hands its fragments to the main bundle', async () => {
    write('pagefind/fragment/zh-cn_main.pf_fragment', 'main');
    for (const file of ['pagefind-entry.json', 'pagefind.zh-cn_1.pf_meta', 'index/zh-cn_1.pf_index', 'fragment/zh-cn_two.pf_fragment', 'pagefind.js', 'pagefind-ui.js', 'wasm.unknown.pagefind']) write(`pagefind/zh-2/${file}`, 'x');
    await settleShard(join(site, 'pagefind'), 'zh-2/');
    expect(readdirSync(join(site, 'pagefind/zh-2')).sort()).toEqual(['index', 'pagefind-entry.json', 'pagefind.zh-cn_1.pf_meta']);
    expect(readdirSync(join(site, 'pagefind/fragment')).sort()).toEqual(['zh-cn_main.pf_fragment', 'zh-cn_two.pf_fragment']);
    expect(existsSync(join(site, 'pagefind/zh-2/index/zh-cn_1.pf_index'))).toBe(true);
  });
});
