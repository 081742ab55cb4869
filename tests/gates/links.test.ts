import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attributeValues, htmlPages, ids, root, tagsOf } from './dist';
import { subpathBase, subpathDist } from './buildSubpath';

const site = new URL(process.env['SITE_URL'] ?? 'https://help.example.cn');

/** The file a site path is served from, or undefined when the path is outside `base`. */
function fileFor(dist: string, base: string, pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const rest = decodeURIComponent(pathname.slice(base.length));
  return join(dist, rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest);
}

/** Every broken internal link or anchor of one build, as "page: link → problem". */
function brokenLinks(dist: string, base: string): string[] {
  const pages = htmlPages(dist);
  const idsByFile = new Map(pages.map((page) => [page.file, ids(page.html)]));
  const problems: string[] = [];
  for (const page of pages) {
    const pageUrl = new URL(`${base.replace(/\/$/, '')}${page.path}`, site);
    const targets = [
      ...attributeValues(page.html, 'a', 'href'),
      ...attributeValues(page.html, 'link', 'href'),
      ...attributeValues(page.html, 'script', 'src'),
      ...attributeValues(page.html, 'form', 'action'),
    ];
    for (const target of targets) {
      const url = new URL(target, pageUrl);
      if (url.origin !== site.origin) {
        problems.push(`${page.path}: ${target} → leaves the site`);
        continue;
      }
      const file = fileFor(dist, base, url.pathname);
      if (!file || !existsSync(file)) {
        problems.push(`${page.path}: ${target} → no such page or file`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && !idsByFile.get(file)?.has(anchor)) problems.push(`${page.path}: ${target} → no element with id "${anchor}"`);
    }
  }
  return problems;
}

/** Links from one language's pages into the other's, other than those marked with hreflang. */
function unintendedCrossLanguageLinks(dist: string): string[] {
  return htmlPages(dist).flatMap((page) => {
    const lang = /^\/(zh|en)\//.exec(page.path)?.[1];
    if (!lang) return [];
    const other = lang === 'zh' ? '/en/' : '/zh/';
    return tagsOf(page.html, 'a')
      .filter((tag) => tag.includes(`href="${other}`) && !/\shreflang="/.test(tag))
      .map((tag) => `${page.path}: ${tag} → links into the other language without hreflang`);
  });
}

describe('links in the build', () => {
  it('every internal link and #anchor resolves at the site root', () => {
    expect(brokenLinks(join(root, 'dist'), '/')).toEqual([]);
  });

  it(`every internal link and #anchor resolves under the sub-path ${subpathBase}`, () => {
    expect(htmlPages(subpathDist).length).toBe(htmlPages(join(root, 'dist')).length);
    expect(brokenLinks(subpathDist, subpathBase)).toEqual([]);
  });

  it('links cross languages only where intended (switcher, other-language search)', () => {
    expect(unintendedCrossLanguageLinks(join(root, 'dist'))).toEqual([]);
  });

  it('would notice a broken anchor (the checker itself works)', () => {
    const pages = htmlPages(join(root, 'dist'));
    const answer = pages.find((page) => page.path === '/zh/failed-swipes/cant-swipe-after-upgrade/');
    expect(answer && ids(answer.html).has('check-network')).toBe(true);
    expect(answer && ids(answer.html).has('no-such-step')).toBe(false);
  });
});
