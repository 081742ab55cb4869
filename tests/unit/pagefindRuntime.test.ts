import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { shrinkRuntime } from '../../src/integrations/pagefindRuntime';

const fixtures = join(import.meta.dirname, '../fixtures/pagefind-runtime');
let output: string;

/** Bytes that compress, gzipped at zlib's fastest level (Pagefind uses its best: Zopfli still beats both). */
const payload = Buffer.from(Array.from({ length: 400 }, (_, i) => `word${i % 37} chunk${i % 11};`).join(''));
const put = (name: string, bytes: Buffer | string) => writeFileSync(join(output, name), bytes);

beforeEach(() => {
  output = mkdtempSync(join(tmpdir(), 'pagefind-runtime-'));
  mkdirSync(join(output, 'fragment'));
  mkdirSync(join(output, 'zh-2'));
  copyFileSync(join(fixtures, 'client.js'), join(output, 'pagefind.js'));
});

afterEach(() => rmSync(output, { recursive: true, force: true }));

describe('shrinkRuntime (the Pagefind files every first search downloads)', () => {
  it('minifies the client, which exports the same names and answers the same', async () => {
    const { client } = await shrinkRuntime(output);
    const code = readFileSync(join(output, 'pagefind.js'), 'utf8');
    expect(client.after).toBe(Buffer.byteLength(code));
    expect(client.after).toBeLessThan(client.before * 0.7);
    expect(code).not.toContain('loaded_instance_for_searching');
    const asModule = (source: string) => import(`data:text/javascript,${encodeURIComponent(source)}`) as Promise<{ search: (term: string) => Promise<unknown>; options: unknown }>;
    const [before, after] = await Promise.all([asModule(readFileSync(join(fixtures, 'client.js'), 'utf8')), asModule(code)]);
    expect(Object.keys(after).sort()).toEqual(['options', 'search']);
    expect(await after.search('card  declined')).toEqual(await before.search('card  declined'));
  });

  it('fails on a client that does not parse, naming the file, and leaves it as it was', async () => {
    copyFileSync(join(fixtures, 'broken-client.txt'), join(output, 'pagefind.js'));
    await expect(shrinkRuntime(output)).rejects.toThrow(join(output, 'pagefind.js'));
    expect(readFileSync(join(output, 'pagefind.js'), 'utf8')).toBe(readFileSync(join(fixtures, 'broken-client.txt'), 'utf8'));
  });

  it('gzips the WebAssembly and every bundle’s page list again, smaller and unpacking to the same bytes', async () => {
    const files = ['wasm.en.pagefind', 'wasm.unknown.pagefind', 'pagefind.en_1a2b.pf_meta', 'zh-2/pagefind.zh-cn_3c.pf_meta'];
    for (const name of files) put(name, gzipSync(payload, { level: 1 }));
    const { gzipped } = await shrinkRuntime(output);
    expect(gzipped.files).toBe(4);
    for (const name of files) {
      const stored = readFileSync(join(output, name));
      expect(stored.length, name).toBeLessThan(gzipSync(payload, { level: 9 }).length);
      expect(gunzipSync(stored).equals(payload), name).toBe(true);
    }
    expect(gzipped.after).toBeLessThan(gzipped.before);
  });

  it('leaves the fragment and index folders, and other files, as Pagefind wrote them', async () => {
    const asWritten = gzipSync(payload, { level: 1 });
    mkdirSync(join(output, 'index'));
    // Named like the files it does recompress: only the folder keeps them out.
    const untouched = ['fragment/en_1.pf_fragment', 'fragment/pagefind.en_1.pf_meta', 'index/en_1.pf_index', 'index/wasm.en.pagefind'];
    for (const name of untouched) put(name, asWritten);
    put('pagefind-entry.json', '{"version":"1.6.0"}');
    const { gzipped } = await shrinkRuntime(output);
    expect(gzipped.files).toBe(0);
    for (const name of untouched) expect(readFileSync(join(output, name)).equals(asWritten), name).toBe(true);
    expect(statSync(join(output, 'pagefind-entry.json')).size).toBe(19);
  });

  it('fails on a file that is not gzip, naming it', async () => {
    put('wasm.en.pagefind', 'not gzip');
    await expect(shrinkRuntime(output)).rejects.toThrow(`${join(output, 'wasm.en.pagefind')}: not the gzip Pagefind writes`);
    expect(readFileSync(join(output, 'wasm.en.pagefind'), 'utf8')).toBe('not gzip');
  });
});
