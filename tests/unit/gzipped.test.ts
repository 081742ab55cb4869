import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchGzipped } from '../../src/scripts/search/gzipped';

const json = '{"pages":[{"title":"刷不了卡"}]}';

function serve(body: Buffer | string, status = 200) {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(typeof body === 'string' ? body : new Uint8Array(body), { status })));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchGzipped', () => {
  it('unpacks a gzipped file', async () => {
    serve(gzipSync(json));
    await expect(fetchGzipped('/pagefind/help-zh.bin', 'search data help-zh.bin')).resolves.toBe(json);
  });

  it('reads a file the browser already unpacked (a host that sent it as Content-Encoding: gzip) as it is', async () => {
    serve(json);
    await expect(fetchGzipped('/pagefind/help-zh.bin', 'search data help-zh.bin')).resolves.toBe(json);
  });

  it('names the file when the server fails', async () => {
    serve('not here', 404);
    await expect(fetchGzipped('/pagefind/help-en.bin', 'search data help-en.bin')).rejects.toThrow('search data help-en.bin: HTTP 404');
  });

  it('names the file when its gzip is cut short', async () => {
    serve(gzipSync(json.repeat(50)).subarray(0, 40));
    await expect(fetchGzipped('/pagefind/help-en.bin', 'search data help-en.bin')).rejects.toThrow(/^search data help-en\.bin: not a whole gzip file/);
  });
});
