import { readFile, readdir, rename, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/**
 * A large language's Pagefind index, written in several runs ("shards") that the browser merges
 * (`mergeIndex`, src/scripts/search/shards.ts).
 *
 * Pagefind 1.6 holds every page's word map of a run in memory while it writes the index, about
 * 0.4 MB a Chinese page (README, "A large help center"): 5,000 Chinese pages took 2.3–2.4 GB in
 * one run, 2,553 took 0.95 GB. But merged shards do not search quite like one index: Pagefind
 * matches a word by the words of each shard's own index, and a shard without the word (发票,
 * invoice) answers with the pages holding its longest known beginning (发, in), which crowd out
 * the page that has it. So a language is split only where one run would pass about 1.4 GB:
 * the real site (about a hundred pages a language) and sites up to 3,000 pages a language are
 * one run, indexed exactly as before. HELP_CENTER_INDEX_SHARD_PAGES overrides it (the e2e test
 * builds the real site in shards of 40 pages; a very large value turns sharding off).
 */
export const defaultShardPages = 3000;

export function shardPages(env: NodeJS.ProcessEnv = process.env): number {
  const value = env['HELP_CENTER_INDEX_SHARD_PAGES'];
  if (value === undefined || value === '') return defaultShardPages;
  const pages = Number(value);
  if (!Number.isInteger(pages) || pages < 1) throw new Error(`HELP_CENTER_INDEX_SHARD_PAGES must be a whole number of pages, 1 or more, not "${value}"`);
  return pages;
}

/**
 * Deals `items` into the fewest runs of at most `size`, like cards (page 1 to run 1, page 2 to
 * run 2 …), so that each run holds every section's pages and most of the language's words: with
 * runs cut by section, a run without 好处 answered it with every page holding 好 (above), and
 * search quality on a 5,000-question site fell further (README). The runs differ by a page at
 * most: the largest sets the peak.
 */
export function splitShards<T>(items: readonly T[], size: number): T[][] {
  const count = Math.max(1, Math.ceil(items.length / size));
  const shards: T[][] = Array.from({ length: count }, () => []);
  items.forEach((item, i) => shards[i % count]!.push(item));
  return shards;
}

/**
 * Where shard `n` (0 first) of a language goes, relative to the bundle (`pagefind/`): the first
 * is the bundle itself, as when there are no shards; the others are folders the browser merges.
 * A merged bundle must not be a prefix of the main one's path (Pagefind skips it as itself).
 */
export function shardFolder(code: string, n: number): string {
  return n === 0 ? '' : `${code}-${n + 1}/`;
}

// An element with the attribute (not the words in a page's text): `<main data-pagefind-body …>`.
const bodyAttribute = /<[a-z][^>]*\sdata-pagefind-body[\s=>]/i;

async function htmlFiles(dir: string): Promise<string[]> {
  // A missing language folder is no page: indexing it then fails with "indexed no … pages".
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

export interface ShardPage {
  url: string;
  file: string;
}

/**
 * The pages of `<site>/<code>/` that Pagefind indexes (those with `data-pagefind-body`), in a
 * stable order, each with the URL Pagefind gives a file it finds itself (`zh/a/index.html` →
 * `/zh/a/`). Only these go to a shard: in a run where some page has the attribute, Pagefind skips
 * pages without it, but a shard holding none would index its pages whole.
 */
export async function indexedPages(site: string, code: string): Promise<ShardPage[]> {
  const pages: ShardPage[] = [];
  for (const file of (await htmlFiles(join(site, code))).sort()) {
    if (!bodyAttribute.test(await readFile(file, 'utf8'))) continue;
    const path = relative(site, file).split(sep).join('/');
    pages.push({ file, url: `/${path.replace(/(^|\/)index\.html$/, '$1')}` });
  }
  return pages;
}

/** What a merged shard's folder needs: its entry, meta and index chunks (the browser reads no more). */
const kept = /^(pagefind-entry\.json|.*\.pf_meta|index|filter)$/;

/**
 * After shard `folder` is written: moves its page fragments into the bundle's own `fragment/`
 * (hash-named, so they never collide), where the build's search data and the browser read every
 * fragment (src/scripts/search/fragments.ts), and removes the scripts and WebAssembly Pagefind
 * copies into every bundle, which only the main bundle's are used.
 */
export async function settleShard(outputPath: string, folder: string): Promise<void> {
  const dir = join(outputPath, folder);
  for (const name of await readdir(join(dir, 'fragment'))) await rename(join(dir, 'fragment', name), join(outputPath, 'fragment', name));
  for (const name of await readdir(dir)) if (!kept.test(name)) await rm(join(dir, name), { recursive: true, force: true });
}
