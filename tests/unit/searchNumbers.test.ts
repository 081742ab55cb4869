import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { runSearch } from '../../src/scripts/search/engine';
import { speaksNumbers } from '../../src/scripts/search/numberLoad';
import { reading as enNumbers } from '../../src/scripts/search/numbersEn';
import { reading as zhNumbers } from '../../src/scripts/search/numbersZh';
import { preloadQuery } from '../../src/scripts/search/preload';
import { queryUnits } from '../../src/scripts/search/tokens';
import { enPages, zhPages } from '../fixtures/search-data';
import { engineFor } from '../fixtures/search-engine';

beforeAll(() => {
  const all = [...zhPages, ...enPages];
  vi.stubGlobal('fetch', async (url: string) => {
    const page = all.find((p) => url === `/pagefind/fragment/${p.id}.pf_fragment`);
    return page ? new Response(gzipSync(`pagefind_dcd${JSON.stringify({ url: page.url, content: page.content, anchors: page.anchors })}`)) : new Response('', { status: 404 });
  });
});

/** An engine over the fixture site that counts how often it fetched its number reading; `fail` makes the fetches fail. */
function countingEngine(lang: 'zh' | 'en', fail = false) {
  const fixture = engineFor(lang, lang === 'zh' ? zhPages : enPages);
  const fetched = { count: 0 };
  fixture.engine.loadNumbers = async () => {
    fetched.count++;
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (fail) throw new Error('chunk failed to load');
    return lang === 'zh' ? zhNumbers : enNumbers;
  };
  return { ...fixture, fetched };
}

describe('the number reading, a chunk of its own', () => {
  it('is fetched by the first query with a digit or a Chinese sum, once, searches at the same time sharing it', async () => {
    const { engine, fetched } = countingEngine('zh');
    await runSearch(engine, '升级后一直刷不了卡怎么办', 5);
    expect(fetched.count).toBe(0);
    await Promise.all([runSearch(engine, '刷了三千多到账两千九', 5), runSearch(engine, '刷5000到账4970', 5)]);
    await runSearch(engine, '显示55', 5);
    expect(fetched.count).toBe(1);
    expect(engine.vocab.numbers).toBe(zhNumbers);
  });

  it('fails no search when it cannot be fetched: the numbers are words, and the next query tries again', async () => {
    const { engine, fetched } = countingEngine('zh', true);
    const { hits } = await runSearch(engine, '刷不了 5000', 5);
    expect(hits.length).toBeGreaterThan(0);
    await runSearch(engine, '刷不了 6000', 5);
    expect(fetched.count).toBe(2);
    expect(engine.vocab.numbers).toBeUndefined();
  });

  it('reads sums once it is there: before, a sum is a word like any other', async () => {
    const { engine } = countingEngine('en');
    expect(queryUnits('charged 5000 only got 4970', engine.vocab).map((u) => u.word)).toContain('5000');
    await runSearch(engine, 'charged 5000 only got 4970', 5);
    const after = queryUnits('charged 5000 only got 4970', engine.vocab).map((u) => u.word);
    expect(after).not.toContain('5000');
    expect(after).not.toContain('4970');
  });

  it('joins a Chinese sum the segmenter cut up (两千|八) once it is there', async () => {
    const { engine } = countingEngine('zh');
    expect(queryUnits('刷了两千八', engine.vocab).map((u) => u.word)).toContain('八');
    await runSearch(engine, '刷了两千八', 5);
    expect(queryUnits('刷了两千八', engine.vocab).map((u) => u.word)).not.toContain('八');
  });

  it('is waited for before a query with a number is preloaded: its sums are not index words', async () => {
    const { engine, preloads } = countingEngine('en');
    preloadQuery(engine, 'charged 5000 only 4970 arrived offline');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(preloads.length).toBeGreaterThan(0);
    expect(preloads.some((query) => /5000|4970/.test(query))).toBe(false);
  });

  it('knows a number by digits, full-width digits, and Chinese sums and codes said aloud', () => {
    expect(['55', '５５', '三千', '十几块', '五十五', '零五'].every(speaksNumbers)).toBe(true);
    expect(['刷不了', '一直刷不了', '等一下', 'card declined after the terminal update'].some(speaksNumbers)).toBe(false);
  });
});
