import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const root = join(import.meta.dirname, '../..');

/** Every HTML file of a build, as `{ file, path, html }` with `path` the URL path under the site. */
export function htmlPages(dist: string): { file: string; path: string; html: string }[] {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`No build in ${dist}: run \`npm run build\` first.`);
  const pages: { file: string; path: string; html: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.html')) {
        const rel = relative(dist, file).split(sep).join('/');
        pages.push({ file, path: `/${rel.replace(/(^|\/)index\.html$/, '$1')}`, html: readFileSync(file, 'utf8') });
      }
    }
  };
  walk(dist);
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * The values of one attribute on the tags of a page. Astro writes every attribute value in
 * double quotes, so a pattern is enough for our own output (this is not a general HTML parser).
 */
export function attributeValues(html: string, tag: string, attribute: string): string[] {
  const tags = html.match(new RegExp(`<${tag}\\b[^>]*>`, 'g')) ?? [];
  return tags.flatMap((element) => {
    const match = new RegExp(`\\s${attribute}="([^"]*)"`).exec(element);
    return match?.[1] === undefined ? [] : [match[1].replace(/&amp;/g, '&')];
  });
}

/** The opening tags of a page's elements of one kind, for checking several attributes together. */
export function tagsOf(html: string, tag: string): string[] {
  return html.match(new RegExp(`<${tag}\\b[^>]*>`, 'g')) ?? [];
}

export function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ''));
}
