import { readFile, readdir } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { localeCodes, locales } from '../i18n/locales';

/** Measured with `npm run bench:search`: 2000 cut the first query's download by about 30 KB. */
const indexChunkSize = 2000;

interface PagefindEntry {
  languages: Record<string, { page_count: number }>;
}

/** Words indexed per language, summed from the page fragments (gzip of "pagefind_dcd" + JSON). */
async function wordsPerLanguage(outputPath: string): Promise<Map<string, number>> {
  const words = new Map<string, number>();
  const dir = join(outputPath, 'fragment');
  for (const name of await readdir(dir)) {
    const json = gunzipSync(await readFile(join(dir, name))).subarray('pagefind_dcd'.length).toString('utf8');
    const language = name.slice(0, name.indexOf('_'));
    words.set(language, (words.get(language) ?? 0) + ((JSON.parse(json) as { word_count?: number }).word_count ?? 0));
  }
  return words;
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
  return {
    name: 'help-center:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const outputPath = join(site, 'pagefind');
        // Chinese splits into single characters whose postings are long, and the default chunk
        // size puts most of them in one 34 KB file that every first query downloads. Smaller
        // chunks (~3.5 KB gzip) let a query fetch only the few it needs. The binary reads this
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
        const words = await wordsPerLanguage(outputPath);
        for (const code of localeCodes) {
          const tag = locales[code].htmlLang.toLowerCase();
          const pages = entry.languages[tag]?.page_count ?? 0;
          if (pages === 0) throw new Error(`Pagefind indexed no ${tag} pages: is data-pagefind-body on the answer pages?`);
          logger.info(`${tag}: ${pages} pages, ${words.get(tag) ?? 0} words indexed`);
        }
      },
    },
  };
}
