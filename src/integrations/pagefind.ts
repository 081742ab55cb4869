import { readFile, readdir, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { localeCodes, locales } from '../i18n/locales';
import { readLexicon } from '../lib/lexicon';
import { buildSearchData, type IndexedPage } from '../lib/searchData';

/**
 * Measured with `npm run bench:search`: 2000 cut the first query's download by about 30 KB; 1000
 * (about 2 KB a chunk) brings a first query that needs Pagefind from 111 KB to 108 KB.
 */
const indexChunkSize = 1000;

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

/** Every indexed page per language tag, read back from the fragments (gzip of "pagefind_dcd" + JSON). */
async function readFragments(outputPath: string): Promise<Map<string, { pages: IndexedPage[]; words: number }>> {
  const languages = new Map<string, { pages: IndexedPage[]; words: number }>();
  const dir = join(outputPath, 'fragment');
  for (const name of await readdir(dir)) {
    const fragment = JSON.parse(gunzipSync(await readFile(join(dir, name))).subarray('pagefind_dcd'.length).toString('utf8')) as Fragment;
    const tag = name.slice(0, name.indexOf('_'));
    const language = languages.get(tag) ?? { pages: [], words: 0 };
    language.pages.push({ id: name.replace(/\.pf_fragment$/, ''), url: fragment.url, title: fragment.meta.title ?? '', content: fragment.content, anchors: fragment.anchors });
    language.words += fragment.word_count ?? 0;
    languages.set(tag, language);
  }
  return languages;
}

function failIf(errors: string[], step: string): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

/**
 * Indexes the built site with Pagefind after every build: one index per `<html lang>`, answer
 * pages only (they carry `data-pagefind-body`). A language left with no pages fails the build,
 * since its search would silently fall back to the other language's index.
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
        const outputPath = join(site, 'pagefind');
        // Chinese splits into single characters whose postings are long, and the default chunk
        // size puts most of them in one 34 KB file that every first query downloads. Smaller
        // chunks (~2 KB gzip) let a query fetch only the few it needs. The binary reads this
        // from its environment; if a later Pagefind drops it, indexing still works, only coarser.
        process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(indexChunkSize);
        try {
          const { index, errors } = await createIndex({});
          failIf(errors, 'start');
          if (!index) throw new Error('Pagefind did not create an index');
          const added = await index.addDirectory({ path: site });
          failIf(added.errors, 'indexing');
          failIf((await index.writeFiles({ outputPath })).errors, 'writing');
        } finally {
          await close();
        }
        const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
        const fragments = await readFragments(outputPath);
        const { groups } = readLexicon(root);
        for (const code of localeCodes) {
          const tag = locales[code].htmlLang.toLowerCase();
          const pages = entry.languages[tag]?.page_count ?? 0;
          if (pages === 0) throw new Error(`Pagefind indexed no ${tag} pages: is data-pagefind-body on the answer pages?`);
          const language = fragments.get(tag) ?? { pages: [], words: 0 };
          // The ranking layer's data: titles, step headings, lexicon, words to re-join (see src/scripts/search/data.ts).
          await writeFile(join(outputPath, `help-${code}.json`), JSON.stringify(buildSearchData(code, language.pages, groups)));
          logger.info(`${tag}: ${pages} pages, ${language.words} words indexed`);
        }
      },
    },
  };
}
