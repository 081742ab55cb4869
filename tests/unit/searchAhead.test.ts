import { gzipSync } from 'node:zlib';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { searchAhead, searchNow } from '../../src/scripts/search/ahead';
import { runSearch } from '../../src/scripts/search/engine';
import { onQueryInput } from '../../src/scripts/search/typing';
import { zhPages } from '../fixtures/search-data';
import { engineFor } from '../fixtures/search-engine';

const engine = () => engineFor('zh', zhPages).engine;

const fetched: string[] = [];

beforeAll(() => {
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    const page = zhPages.find((p) => url === `/pagefind/fragment/${p.id}.pf_fragment`);
    if (!page) return new Response('', { status: 404 });
    return new Response(gzipSync(`pagefind_dcd${JSON.stringify({ url: page.url, content: page.content })}`));
  });
});

afterEach(() => {
  fetched.length = 0;
  performance.clearMeasures();
  vi.useRealTimers();
});

describe('searching ahead during the typing pause', () => {
  /** The one search measured since the last call (the timeline is ordered by start, not by end). */
  const lastWork = () => {
    const [measure] = performance.getEntriesByName('help-search-work') as PerformanceMeasure[];
    performance.clearMeasures();
    return measure!;
  };

  it('fetches the first results’ fragments ahead, and the search then takes that outcome over', async () => {
    const zh = engine();
    searchAhead(zh, '刷不了', 5);
    await vi.waitFor(() => expect(fetched.length).toBeGreaterThan(0));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const asked = performance.now();
    const outcome = await searchNow(zh, '刷不了', 5);
    expect(outcome).toEqual(await runSearch(engine(), '刷不了', 5));
    // Measured from the start of the search run ahead, before it was asked for.
    const work = lastWork();
    expect(work.detail).toBe('刷不了');
    expect(work.startTime).toBeLessThan(asked - 15);
  });

  it('searches afresh for a query run ahead for a list of another length, or already taken', async () => {
    const zh = engine();
    searchAhead(zh, '刷不了', 5);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const startOf = async (limit: number) => {
      const asked = performance.now();
      await searchNow(zh, '刷不了', limit);
      return lastWork().startTime - asked;
    };
    expect(await startOf(20)).toBeGreaterThanOrEqual(0);
    expect(await startOf(5)).toBeLessThan(-15);
    expect(await startOf(5)).toBeGreaterThanOrEqual(0);
  });
});

describe('onQueryInput (the pause that starts a search)', () => {
  function typing() {
    const input = Object.assign(new EventTarget(), { value: '' }) as unknown as HTMLInputElement;
    const calls: string[] = [];
    onQueryInput(input, (q) => calls.push(`query ${q}`), (q) => calls.push(`typing ${q}`), (q) => calls.push(`pause ${q}`), 120);
    const type = (value: string) => {
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    return { input, calls, type };
  }

  it('runs the search ahead halfway through the pause, and searches at its end', () => {
    vi.useFakeTimers();
    const { calls, type } = typing();
    type('刷不');
    vi.advanceTimersByTime(59);
    expect(calls).toEqual(['typing 刷不']);
    vi.advanceTimersByTime(1);
    expect(calls).toEqual(['typing 刷不', 'pause 刷不']);
    vi.advanceTimersByTime(60);
    expect(calls).toEqual(['typing 刷不', 'pause 刷不', 'query 刷不']);
  });

  it('runs nothing ahead for a query typed on before half the pause, nor during an IME composition', () => {
    vi.useFakeTimers();
    const { input, calls, type } = typing();
    type('card');
    vi.advanceTimersByTime(40);
    type('card d');
    input.dispatchEvent(new Event('compositionstart'));
    vi.advanceTimersByTime(500);
    expect(calls).toEqual(['typing card', 'typing card d']);
    input.value = '刷不了';
    input.dispatchEvent(new Event('compositionend'));
    vi.advanceTimersByTime(120);
    expect(calls).toEqual(['typing card', 'typing card d', 'typing 刷不了', 'pause 刷不了', 'query 刷不了']);
  });
});
