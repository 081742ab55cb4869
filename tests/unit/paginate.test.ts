import { describe, expect, it } from 'vitest';
import { pageWindow, paginate, questionsPerPage } from '../../src/lib/paginate';
import { sectionPagePath } from '../../src/i18n/urls';
import { fill } from '../../src/i18n/ui';

describe('section pages', () => {
  it('splits a long list into pages of 30 and keeps one page for a short or empty list', () => {
    const items = Array.from({ length: 1000 / 3 }, (_, i) => i);
    const pages = paginate(items);
    expect(pages).toHaveLength(Math.ceil(items.length / questionsPerPage));
    expect(pages.flat()).toEqual(items);
    expect(paginate([1, 2])).toEqual([[1, 2]]);
    expect(paginate([])).toEqual([[]]);
  });

  it('shows the first, last and neighbouring page numbers with gaps between', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 12)).toEqual([1, 2, null, 12]);
    expect(pageWindow(6, 12)).toEqual([1, null, 5, 6, 7, null, 12]);
    expect(pageWindow(12, 12)).toEqual([1, null, 11, 12]);
    expect(pageWindow(3, 4)).toEqual([1, 2, 3, 4]);
  });

  it('addresses page 1 as the section itself and the others under /page/N/', () => {
    expect(sectionPagePath('zh', 'settlement', 1, '/')).toBe('/zh/settlement/');
    expect(sectionPagePath('en', 'settlement', 3, '/help/')).toBe('/help/en/settlement/page/3/');
  });

  it('fills placeholders in UI strings and leaves unknown ones visible', () => {
    expect(fill('第 {page} 页，共 {pages} 页', { page: 2, pages: 9 })).toBe('第 2 页，共 9 页');
    expect(fill('{a} {b}', { a: 1 })).toBe('1 {b}');
  });
});
