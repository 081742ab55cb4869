import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { attributeValues, htmlPages, root, tagsOf } from './dist';

const dist = join(root, 'dist');
const kb = 1024;
const budget = { html: 10 * kb, css: 8 * kb, js: 5 * kb, coldAnswer: 20 * kb };

/** Bytes over the wire with ordinary gzip (level 6, as most servers use). */
const gzipped = (path: string) => gzipSync(readFileSync(join(dist, path))).length;

/** A module and every module it imports statically: what runs before any interaction. */
function staticGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(join(dist, entry), 'utf8');
  // Static imports only (`import{a}from"./x.js"`, `import"./x.js"`); `import("./x.js")` waits for the visitor.
  for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*"(\.\/[^"]+\.js)"/g)) {
    staticGraph(join(entry, '..', match[1] ?? ''), seen);
  }
  return seen;
}

const pages = htmlPages(dist).map((page) => {
  const css = tagsOf(page.html, 'link').filter((tag) => tag.includes('rel="stylesheet"')).flatMap((tag) => /href="([^"]+)"/.exec(tag)?.[1] ?? []);
  const entries = tagsOf(page.html, 'script').filter((tag) => tag.includes('type="module"')).flatMap((tag) => /src="([^"]+)"/.exec(tag)?.[1] ?? []);
  const js = new Set(entries.flatMap((src) => [...staticGraph(src)]));
  const icons = tagsOf(page.html, 'link').filter((tag) => tag.includes('rel="icon"')).flatMap((tag) => /href="([^"]+)"/.exec(tag)?.[1] ?? []);
  return {
    path: page.path,
    html: gzipSync(page.html).length,
    css: css.reduce((sum, file) => sum + gzipped(file), 0),
    js: [...js].reduce((sum, file) => sum + gzipped(file), 0),
    icons: icons.reduce((sum, file) => sum + gzipped(file), 0),
    sources: [...attributeValues(page.html, 'script', 'src'), ...attributeValues(page.html, 'img', 'src'), ...css, ...icons],
  };
});

describe('size budgets (gzip)', () => {
  it.each(pages.map((page) => [page.path, page] as const))('%s', (path, page) => {
    const over = [
      page.html > budget.html && `HTML ${page.html} B > ${budget.html} B`,
      page.css > budget.css && `CSS ${page.css} B > ${budget.css} B`,
      page.js > budget.js && `JavaScript before interaction ${page.js} B > ${budget.js} B`,
    ].filter(Boolean);
    expect(over, path).toEqual([]);
  });

  it('a cold load of every answer page fetches at most 20 KB', () => {
    const answers = pages.filter((page) => page.path.split('/').filter(Boolean).length === 3);
    expect(answers.length).toBeGreaterThanOrEqual(20);
    const over = answers
      .map((page) => ({ path: page.path, total: page.html + page.css + page.js + page.icons }))
      .filter((page) => page.total > budget.coldAnswer)
      .map((page) => `${page.path}: ${page.total} B > ${budget.coldAnswer} B`);
    expect(over).toEqual([]);
  });

  it('loads no font, image, style or script from another origin', () => {
    const foreign = pages.flatMap((page) => page.sources.filter((src) => /^(https?:)?\/\//.test(src)).map((src) => `${page.path}: ${src}`));
    const css = pages.flatMap((page) => page.sources.filter((src) => src.endsWith('.css')));
    const cssImports = [...new Set(css)].flatMap((file) => readFileSync(join(dist, file), 'utf8').match(/url\(\s*['"]?(https?:)?\/\/[^)]*\)|@import/g) ?? []);
    expect([...foreign, ...cssImports]).toEqual([]);
  });
});
