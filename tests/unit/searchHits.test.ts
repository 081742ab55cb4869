import { describe, expect, it } from 'vitest';
import { excerptParts } from '../../src/scripts/search/excerpt';
import { longestRun, toHit } from '../../src/scripts/search/hits';
import type { PagefindResultData } from '../../src/scripts/search/types';

describe('longestRun', () => {
  it.each([
    [[], 0],
    [[7], 1],
    [[3, 8, 9, 10, 20], 3],
    [[10, 9, 8, 8], 3],
    [[1, 3, 5], 1],
  ])('%j → %d', (locations, expected) => {
    expect(longestRun(locations)).toBe(expected);
  });
});

const page = (subs: { url: string; title: string; locations: number[] }[]): PagefindResultData => ({
  url: '/zh/q/',
  excerpt: 'page excerpt',
  locations: subs.flatMap((s) => s.locations),
  meta: { title: '问题' },
  sub_results: subs.map((s) => ({ ...s, excerpt: `excerpt of ${s.title}` })),
});

describe('toHit', () => {
  it('links to the step holding the longest phrase, not the one with most scattered matches', () => {
    const hit = toHit(page([
      { url: '/zh/q/', title: '问题', locations: [1, 2] },
      { url: '/zh/q/#check-card', title: '检查卡', locations: [10, 14, 18, 22, 26] },
      { url: '/zh/q/#restart', title: '重启', locations: [40, 41, 42] },
    ]));
    expect(hit).toEqual({ url: '/zh/q/#restart', title: '问题', stepTitle: '重启', excerpt: 'excerpt of 重启' });
  });

  it('falls back to more matches when the phrases are equally long', () => {
    expect(toHit(page([
      { url: '/zh/q/#a', title: 'A', locations: [1] },
      { url: '/zh/q/#b', title: 'B', locations: [5, 9] },
    ])).url).toBe('/zh/q/#b');
  });

  it('links to the page itself when no step matched', () => {
    expect(toHit(page([{ url: '/zh/q/', title: '问题', locations: [1] }]))).toEqual({ url: '/zh/q/', title: '问题', stepTitle: undefined, excerpt: 'page excerpt' });
  });
});

describe('excerptParts', () => {
  it('keeps <mark> as highlighted text and joins neighbouring marks', () => {
    expect(excerptParts('后<mark>钱</mark><mark>没</mark><mark>到</mark>账')).toEqual([
      { text: '后', marked: false },
      { text: '钱没到', marked: true },
      { text: '账', marked: false },
    ]);
  });

  it('turns every other tag into nothing and entities into plain text', () => {
    expect(excerptParts('<img src=x onerror=alert(1)>a &lt;b&gt; <script>c</script>&amp;')).toEqual([{ text: 'a <b> c&', marked: false }]);
  });
});
