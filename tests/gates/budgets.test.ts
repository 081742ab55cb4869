import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { deferredModules, moduleGraph } from '../../src/lib/deferScripts';
import { attributeValues, htmlPages, root, tagsOf } from './dist';

const dist = join(root, 'dist');
const kb = 1024;
/**
 * `firstPaint`: what a first visit must download before anything can be drawn, in one round
 * trip: a new TCP connection sends 10 segments (14,600 bytes, about 14.3 KB) before it waits.
 */
const budget = { html: 10 * kb, css: 8 * kb, firstPaint: 14_600, js: 5 * kb, coldAnswer: 20 * kb };

/** Bytes over the wire with ordinary gzip (level 6, as most servers use). */
const gzip = (text: string | Buffer) => gzipSync(text).length;
const file = (path: string) => readFileSync(join(dist, path), 'utf8');
const hrefs = (tags: string[]) => tags.flatMap((tag) => /href="([^"]+)"/.exec(tag)?.[1] ?? []);

const pages = htmlPages(dist).map((page) => {
  const inlineCss = [...page.html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? '');
  const cssFiles = hrefs(tagsOf(page.html, 'link').filter((tag) => tag.includes('rel="stylesheet"')));
  const scriptTags = tagsOf(page.html, 'script').filter((tag) => tag.includes(' src="'));
  // A classic script without async/defer blocks parsing; module scripts are deferred.
  const blockingScripts = scriptTags.filter((tag) => !tag.includes('type="module"') && !/\s(async|defer)\b/.test(tag));
  const blockingFiles = [...cssFiles, ...blockingScripts.flatMap((tag) => /src="([^"]+)"/.exec(tag)?.[1] ?? [])];
  const eager = scriptTags.filter((tag) => tag.includes('type="module"')).flatMap((tag) => /src="([^"]+)"/.exec(tag)?.[1] ?? []);
  const deferred = deferredModules(page.html);
  const js = moduleGraph([...eager, ...deferred], file);
  const icons = hrefs(tagsOf(page.html, 'link').filter((tag) => tag.includes('rel="icon"')));
  const ownHtml = inlineCss.reduce((html, css) => html.replace(css, ''), page.html);
  return {
    path: page.path,
    ownHtml: gzip(ownHtml),
    css: gzip(inlineCss.join('') + cssFiles.map(file).join('')),
    firstPaint: gzip(page.html) + blockingFiles.reduce((sum, path) => sum + gzip(file(path)), 0),
    blocking: blockingFiles,
    stylesheets: [...inlineCss, ...cssFiles.map(file)],
    deferred,
    js: js.reduce((sum, path) => sum + gzip(file(path)), 0),
    icons: icons.reduce((sum, path) => sum + gzip(file(path)), 0),
    sources: [...attributeValues(page.html, 'script', 'src'), ...attributeValues(page.html, 'img', 'src'), ...cssFiles, ...icons],
  };
});

describe('size budgets (gzip)', () => {
  it.each(pages.map((page) => [page.path, page] as const))('%s', (path, page) => {
    const over = [
      page.ownHtml > budget.html && `HTML (without the inlined stylesheet) ${page.ownHtml} B > ${budget.html} B`,
      page.css > budget.css && `CSS ${page.css} B > ${budget.css} B`,
      page.firstPaint > budget.firstPaint && `HTML and render-blocking files ${page.firstPaint} B > ${budget.firstPaint} B (${page.blocking.join(', ') || 'nothing blocking'})`,
      page.js > budget.js && `JavaScript before interaction ${page.js} B > ${budget.js} B`,
    ].filter(Boolean);
    expect(over, path).toEqual([]);
  });

  it('every page paints from its HTML alone: no stylesheet or script to wait for', () => {
    const blocking = pages.flatMap((page) => page.blocking.map((src) => `${page.path}: ${src}`));
    expect(blocking).toEqual([]);
  });

  it('a cold load of every answer page fetches at most 20 KB', () => {
    const answers = pages.filter((page) => page.path.split('/').filter(Boolean).length === 3);
    expect(answers.length).toBeGreaterThanOrEqual(20);
    const over = answers
      .map((page) => ({ path: page.path, total: page.firstPaint + page.js + page.icons }))
      .filter((page) => page.total > budget.coldAnswer)
      .map((page) => `${page.path}: ${page.total} B > ${budget.coldAnswer} B`);
    expect(over).toEqual([]);
  });

  it('loads no font, image, style or script from another origin', () => {
    const foreign = pages.flatMap((page) => page.sources.filter((src) => /^(https?:)?\/\//.test(src)).map((src) => `${page.path}: ${src}`));
    const css = new Set(pages.flatMap((page) => page.stylesheets));
    const cssImports = [...css].flatMap((text) => text.match(/url\(\s*['"]?(https?:)?\/\/[^)]*\)|@import/g) ?? []);
    expect([...foreign, ...cssImports]).toEqual([]);
  });
});
