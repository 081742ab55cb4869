import { gunzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';

/** Zopfli's passes: 15 saves about 30 bytes a language over 5, for half a second of build. */
const passes = 15;

/**
 * A language's search data as the browser fetches it (help-<lang>.bin, see src/scripts/search/packed.ts):
 * the JSON gzipped by Zopfli, checked to unpack to exactly the JSON's bytes before it is written.
 */
export async function packSearchData(json: string, name: string): Promise<Buffer> {
  const bytes = Buffer.from(json);
  const packed = Buffer.from(await gzipAsync(bytes, { numiterations: passes }));
  if (!gunzipSync(packed).equals(bytes)) throw new Error(`${name}: Zopfli's gzip does not unpack to the search data`);
  return packed;
}
