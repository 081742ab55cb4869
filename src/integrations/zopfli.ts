import { gunzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';

/**
 * The same bytes as a smaller gzip stream than zlib's best: Zopfli searches harder for one. The new
 * stream is checked to unpack to exactly the bytes given before anything is written with it.
 */
export async function zopfliGzip(bytes: Buffer, passes: number, label: string): Promise<Buffer> {
  const smaller = Buffer.from(await gzipAsync(bytes, { numiterations: passes }));
  if (!gunzipSync(smaller).equals(bytes)) throw new Error(`${label}: Zopfli's gzip does not unpack to the same bytes`);
  return smaller;
}
