import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

const zeroWidth = '\u200b';

/**
 * Pagefind writes its Chinese word breaks into each fragment's text as zero-width spaces, three
 * bytes each. Nothing reads them: the search layer fetches fragments itself and finds steps by
 * their headings (src/scripts/search/sections.ts), never by Pagefind's word locations. Taken out,
 * the fragments a first Chinese query fetches are about 1.3 KB smaller. Returns the bytes before
 * and after, over every fragment in `dir`.
 */
export async function compactFragments(dir: string): Promise<{ before: number; after: number }> {
  let before = 0;
  let after = 0;
  for (const name of await readdir(dir)) {
    if (!name.endsWith('.pf_fragment')) continue;
    const path = join(dir, name);
    const stored = await readFile(path);
    before += stored.length;
    const text = gunzipSync(stored).toString('utf8');
    if (!text.includes(zeroWidth)) {
      after += stored.length;
      continue;
    }
    const compact = gzipSync(text.replaceAll(zeroWidth, ''), { level: 9 });
    await writeFile(path, compact);
    after += compact.length;
  }
  return { before, after };
}
