import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { runSearch } from '../../src/scripts/search/engine';
import { numberReading } from '../../src/scripts/search/numbers';
import { queryUnits, speaksNumbers } from '../../src/scripts/search/tokens';
import { enPages, zhPages } from '../fixtures/search-data';
import { engineFor } from '../fixtures/search-engine';

beforeAll(() => {
  const all = [...zhPages, ...enPages];
  vi.stubGlobal('fetch', async (url: string) => {
    const page = all.find((p) => url === `/pagefind/fragment/${p.id}.pf_fragment`);
    return page ? new Response(gzipSync(`pagefind_dcd${JSON.stringify({ url: page.url, content: page.content, anchors: page.anchors })}`)) : new Response('', { status: 404 });
  });
});

/** An engine over the fixture site that counts how often it fetched the number reading. */
function countingEngine(lang: 'zh' | 'en') {
  const { engine } = engineFor(lang, lang === 'zh' ? zhPages : enPages);
  const fetched = { count: 0 };
  engine.readNumbers = async () => {
    fetched.count++;
    return numberReading[lang];
  };
  return { engine, fetched };
}

describe('the number reading, a chunk of its own', () => {
  it('is fetched by the first query with a digit or a Chinese numeral, and by no other', async () => {
    const { engine, fetched } = countingEngine('zh');
    await runSearch(engine, '升级后刷不了卡怎么办', 5);
    expect(fetched.count).toBe(0);
    await runSearch(engine, '刷了三千多到账两千九', 5);
    await runSearch(engine, '刷5000到账4970', 5);
    expect(fetched.count).toBe(1);
    expect(engine.vocab.numbers).toBe(numberReading.zh);
  });

  it('reads sums once it is there: before, a sum is a word like any other', async () => {
    const { engine } = countingEngine('en');
    const before = queryUnits('charged 5000 only got 4970', engine.vocab).map((u) => u.word);
    expect(before).toContain('5000');
    await runSearch(engine, 'charged 5000 only got 4970', 5);
    const after = queryUnits('charged 5000 only got 4970', engine.vocab).map((u) => u.word);
    expect(after).not.toContain('5000');
    expect(after).not.toContain('4970');
  });

  it('knows a number by digits, full-width digits and Chinese numerals', () => {
    expect(['55', '５５', '三千', '十几块', '一直刷不了'].every(speaksNumbers)).toBe(true);
    expect(['刷不了', 'card declined after the terminal update'].some(speaksNumbers)).toBe(false);
  });
});
