import { readFile, readdir, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { localeCodes, locales, type Locale } from '../i18n/locales';
import { readCodes } from '../lib/codeCheck';
import { readLexicon } from '../lib/lexicon';
import { readingOrder } from '../lib/readingOrder';
import { indexedPages, settleShard, shardFolder, shardPages, splitShards, type ShardPage } from './pagefindShards';
import { buildSearchData, codeMessagesOf, type IndexedPage } from '../lib/searchData';
import { toShipped } from '../scripts/search/data';
import { fragmentMagic } from '../scripts/search/fragments';
import { compactFragments } from './compactFragments';
import { shrinkRuntime } from './pagefindRuntime';
import { zopfliGzip } from './zopfli';

/**
 * Words per index chunk, measured with `npm run bench:search -- --bytes`. Chinese: 2000 cut the
 * first query's download by about 30 KB; 1000 (about 2 KB a chunk) brings a first query that needs
 * Pagefind from 111 KB to 108 KB (500 or 700 save nothing: the chunk list grows as much). English
 * fetches a chunk per word, so smaller ones pay: 200 brings "card declined after the terminal
 * update" from 117.2 KB to 113.5 KB (400: 115.2 KB; 150: 113.6 KB).
 */
const indexChunkSize: Record<Locale, number> = { zh: 1000, en: 200 };

/** Zopfli's passes on the search data: 15 saves about 30 bytes a language over 5, for half a second of build. */
const searchDataPasses = 15;

interface PagefindEntry {
  languages: Record<string, { page_count: number }>;
}

interface Fragment {
  url: string;
  content: string;
  word_count?: number;
  meta: { title?: string };
  anchors: IndexedPage['anchors'];
}

/** Every page indexed in one language tag, read back from the fragments (gzip of "pagefind_dcd" + JSON). */
async function readFragments(outputPath: string, tag: string): Promise<{ pages: IndexedPage[]; words: number }> {
  const language = { pages: [] as IndexedPage[], words: 0 };
  const dir = join(outputPath, 'fragment');
  for (const name of await readdir(dir)) {
    if (name.slice(0, name.indexOf('_')) !== tag) continue;
    const fragment = JSON.parse(gunzipSync(await readFile(join(dir, name))).subarray(fragmentMagic.length).toString('utf8')) as Fragment;
    language.pages.push({ id: name.replace(/\.pf_fragment$/, ''), url: fragment.url, title: fragment.meta.title ?? '', content: fragment.content, anchors: fragment.anchors });
    language.words += fragment.word_count ?? 0;
  }
  return language;
}

function failIf(errors: string[], step: string): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

/**
 * One Pagefind process: the language folder `code`, or only `pages` of it, written to
 * `outputPath`. Returns the entry file it wrote, once sure every page it found is in `tag`.
 */
async function indexRun(site: string, code: string, pages: ShardPage[] | undefined, outputPath: string, tag: string): Promise<PagefindEntry> {
  try {
    const { index, errors } = await createIndex({});
    failIf(errors, 'start');
    if (!index) throw new Error('Pagefind did not create an index');
    if (pages) {
      for (const page of pages) failIf((await index.addHTMLFile({ url: page.url, content: await readFile(page.file, 'utf8') })).errors, 'indexing');
    } else {
      // Every page of a language is under /<lang>/ (src/i18n/urls.ts).
      failIf((await index.addDirectory({ path: site, glob: `${code}/**/*.html` })).errors, 'indexing');
    }
    failIf((await index.writeFiles({ outputPath })).errors, 'writing');
  } finally {
    await close();
  }
  const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
  const strays = Object.keys(entry.languages).filter((other) => other !== tag);
  if (strays.length > 0) throw new Error(`Pagefind found pages under /${code}/ in ${strays.join(', ')}, not ${tag}: is <html lang> right on every page?`);
  return entry;
}

/**
 * Indexes the built site in `site` (dist/): one Pagefind index per `<html lang>`, answer pages only
 * (they carry `data-pagefind-body`), then the ranking layer's data for each language. A language
 * left with no pages fails, since its search would silently fall back to the other language's index.
 *
 * The languages are indexed one after the other, each by its own Pagefind process: Pagefind holds
 * every page's word map of a run in memory while it writes (about 0.4 MB a Chinese page), so one
 * run per language halves its peak. The output is byte for byte that of one run over the whole
 * site (hashed file names; only pagefind-entry.json lists the languages, merged here). A language
 * with more pages than one run should hold is indexed in shards (./pagefindShards.ts): each
 * further shard is a bundle of its own that help-<lang>.bin lists for the browser to merge.
 */
export async function indexSite(site: string, root: string, log: (message: string) => void): Promise<void> {
  const outputPath = join(site, 'pagefind');
  const shardSize = shardPages();
  const languages: PagefindEntry['languages'] = {};
  const shards: Partial<Record<string, string[]>> = {};
  const counts: Partial<Record<string, number>> = {};
  let entry: PagefindEntry | undefined;
  for (const code of localeCodes) {
    const tag = locales[code].htmlLang.toLowerCase();
    // Chinese splits into single characters whose postings are long, and the default chunk size
    // puts most of them in one 34 KB file that every first query downloads. Smaller chunks let a
    // query fetch only the few it needs. Each run's binary reads this from its environment; if a
    // later Pagefind drops it, indexing still works, only coarser.
    process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = String(indexChunkSize[code]);
    const pages = await indexedPages(site, code);
    const runs = splitShards(pages, shardSize);
    for (const [n, shard] of runs.entries()) {
      const folder = shardFolder(code, n);
      // One run is the whole folder, as Pagefind finds it (the real site: the same files as ever).
      const shardEntry = await indexRun(site, code, runs.length > 1 ? shard : undefined, join(outputPath, folder), tag);
      if (n === 0) {
        entry = shardEntry;
        if (shardEntry.languages[tag]) languages[tag] = shardEntry.languages[tag];
      } else {
        await settleShard(outputPath, folder);
        (shards[code] ??= []).push(folder);
      }
      counts[tag] = (counts[tag] ?? 0) + (shardEntry.languages[tag]?.page_count ?? 0);
    }
  }
  if (!entry) throw new Error('no languages configured');
  // Pagefind lists the languages in byte order (a Rust BTreeMap); so does this.
  const merged = { ...entry, languages: Object.fromEntries(Object.entries(languages).sort(([a], [b]) => (a < b ? -1 : 1))) };
  await writeFile(join(outputPath, 'pagefind-entry.json'), JSON.stringify(merged));
  const { groups } = readLexicon(root);
  // What a terminal may show for each response code, so a message typed in a question opens its code's page.
  const codes = readCodes(root).codes;
  const inReadingOrder = readingOrder(root);
  for (const code of localeCodes) {
    const tag = locales[code].htmlLang.toLowerCase();
    const pages = counts[tag] ?? 0;
    if (pages === 0) throw new Error(`Pagefind indexed no ${tag} pages: is data-pagefind-body on the answer pages?`);
    const language = await readFragments(outputPath, tag);
    // The ranking layer's data: titles, step headings, lexicon, words to re-join (see src/scripts/search/data.ts).
    // A sharded language also lists its other bundles, for the browser to merge (absent otherwise).
    const more = shards[code] ? { shards: shards[code] } : {};
    const data = buildSearchData(code, language.pages, groups, codes.map(({ data }) => codeMessagesOf(data, code)), inReadingOrder(code));
    // Gzipped here, not by the host: Zopfli's stream is 10 to 13% smaller (src/scripts/search/gzipped.ts).
    const file = `help-${code}.bin`;
    const gzipped = await zopfliGzip(Buffer.from(JSON.stringify({ ...toShipped(data, code), ...more })), searchDataPasses, file);
    await writeFile(join(outputPath, file), gzipped);
    const runs = shards[code] ? ` in ${shards[code].length + 1} Pagefind runs merged in the browser (over ${shardSize} pages a run; README, "A large help center")` : '';
    log(`${tag}: ${pages} pages, ${language.words} words indexed${runs}; its search data ${(gzipped.length / 1024).toFixed(1)} KB gzipped`);
  }
  const { before, after } = await compactFragments(join(outputPath, 'fragment'));
  log(`fragments: ${(before / 1024).toFixed(1)} KB, ${(after / 1024).toFixed(1)} KB without Pagefind's zero-width word breaks and heading lists`);
  const runtime = await shrinkRuntime(outputPath);
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  log(`Pagefind's client: ${kb(runtime.client.before)} KB, ${kb(runtime.client.after)} KB minified; its WebAssembly and page lists (${runtime.gzipped.files} files): ${kb(runtime.gzipped.before)} KB, ${kb(runtime.gzipped.after)} KB gzipped again by Zopfli`);
}

/**
 * Indexes the site after every build. `npm run build` (src/build.ts) sets
 * HELP_CENTER_INDEX_LATER to a file name: the integration then only writes where the site and the
 * project are, and the script indexes once this process has exited and freed its memory.
 */
export function pagefind(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'help-center:pagefind',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const later = process.env['HELP_CENTER_INDEX_LATER'];
        if (later) {
          await writeFile(later, JSON.stringify({ site, root }));
          logger.info('search index: built after this process exits (src/build.ts)');
          return;
        }
        await indexSite(site, root, (message) => logger.info(message));
      },
    },
  };
}
