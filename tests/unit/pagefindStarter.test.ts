import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { pagefindStarter } from '../../src/scripts/search/pagefind';

const base = pathToFileURL(`${process.cwd()}/tests/fixtures/pagefind-stub/`).href;
const stub = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as { calls: unknown[][]; failures: { init: number } };

beforeEach(() => {
  stub.calls.length = 0;
  stub.failures.init = 0;
});

describe('starting Pagefind', () => {
  it('sets its options before init, reads the shard list only after, and merges each shard', async () => {
    const order: string[] = [];
    const start = pagefindStarter(base, async () => {
      order.push(`shards after ${stub.calls.map(([name]) => name).join(',')}`);
      return ['shard-1', 'shard-2'];
    });
    await start();
    expect(stub.calls).toEqual([['options', { baseUrl: base, noWorker: true }], ['init'], ['mergeIndex', `${base}pagefind/shard-1`], ['mergeIndex', `${base}pagefind/shard-2`]]);
    expect(order).toEqual(['shards after options,init']);
  });

  it('starts once: later calls get the same start', async () => {
    const start = pagefindStarter(base, async () => undefined);
    const [first, second] = await Promise.all([start(), start()]);
    expect(first).toBe(second);
    await start();
    expect(stub.calls.filter(([name]) => name === 'init')).toHaveLength(1);
  });

  it('tries again on the next call after a failed start', async () => {
    stub.failures.init = 1;
    const start = pagefindStarter(base, async () => undefined);
    await expect(start()).rejects.toThrow('init failed');
    await expect(start()).resolves.toBeDefined();
    expect(stub.calls.filter(([name]) => name === 'init')).toHaveLength(2);
  });
});
