/**
 * The loader of the answer collections: Astro's `glob()` over `content/<section>/<lang>/<id>.mdx`,
 * with each file's MDX rendered to HTML into the content store at sync (src/lib/answerMdx/render.ts),
 * the way `glob()` stores `.md` entries. No answer is then bundled as a JS module.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { glob } from 'astro/loaders';
import type { ContentEntryType } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import { isLocale } from '../i18n/locales';
import { dataOrThrow } from './dataFiles';
import { readFrontmatter } from './frontmatter';
import { operatorFile, parseOperator } from './siteData';
import { renderAnswer } from './answerMdx/render';

/** `glob()` picks each file's entry type from this map, which the content layer passes it (not in the public type). */
type GlobContext = LoaderContext & { entryTypes: Map<string, ContentEntryType> };

export function answerLoader(options: { base: string; pattern: string }): Loader {
  const inner = glob(options);
  return {
    name: 'answer-loader',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const operator = dataOrThrow(parseOperator(readFileSync(`${root}/${operatorFile}`, 'utf8')));
      const failures: string[] = [];
      const mdx: ContentEntryType = {
        extensions: ['.mdx'],
        getEntryInfo({ contents, fileUrl }) {
          const parsed = readFrontmatter(contents);
          if (!parsed.ok) throw new Error(`${relative(root, fileURLToPath(fileUrl))}: ${parsed.error}`);
          return { data: parsed.data as Record<string, unknown>, body: parsed.body.trim(), rawData: '', slug: '' };
        },
        getRenderFunction: async () => async (entry) => {
          const lang = entry.id.split('/')[0] ?? '';
          try {
            if (!isLocale(lang)) throw new Error(`"${lang}" is not a language folder`);
            const { html, headings } = renderAnswer(entry.body ?? '', { lang, operator });
            return { html, metadata: { headings } };
          } catch (error) {
            // glob() only logs a render error and stores the entry without HTML: collect it to fail below.
            failures.push(`  ${relative(root, entry.filePath ?? entry.id)}: ${error instanceof Error ? error.message : String(error)}`);
            throw error;
          }
        },
      };
      // The HTML also depends on content/operator.yaml and the UI dictionaries, which the cached
      // entries' digests (of the .mdx file alone) do not cover: render every answer afresh.
      context.store.clear();
      await inner.load({ ...context, entryTypes: new Map([...(context as GlobContext).entryTypes, ['.mdx', mdx]]) } as GlobContext);
      if (failures.length > 0) throw new Error(`Answers that could not be rendered (${failures.length}):\n${failures.join('\n')}`);
    },
  };
}
