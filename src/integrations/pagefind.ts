import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { localeCodes, locales } from '../i18n/locales';

interface PagefindEntry {
  languages: Record<string, { page_count: number }>;
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
        for (const code of localeCodes) {
          const tag = locales[code].htmlLang.toLowerCase();
          const pages = entry.languages[tag]?.page_count ?? 0;
          if (pages === 0) throw new Error(`Pagefind indexed no ${tag} pages: is data-pagefind-body on the answer pages?`);
          logger.info(`${tag}: ${pages} pages indexed`);
        }
      },
    },
  };
}
