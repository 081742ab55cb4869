import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { fragmentMagic } from '../scripts/search/fragments';

const zeroWidth = '\u200b';

/**
 * Pagefind writes its Chinese word breaks into each fragment's text as zero-width spaces, three
 * bytes each, and lists the page's headings with their word locations. Nothing reads either: the
 * search layer fetches fragments itself and finds steps by the headings the search data already
 * ships (src/scripts/search/sections.ts). Taken out (the anchors left an empty list, so Pagefind's
 * own `data()` still reads a fragment), the three fragments a first Chinese query fetches are
 * about 2 KB smaller. Returns the bytes before and after, over every fragment in `dir`.
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
    const fragment = JSON.parse(text.startsWith(fragmentMagic) ? text.slice(fragmentMagic.length) : text) as { content: string; anchors?: unknown[] };
    const compact = gzipSync(`${fragmentMagic}${JSON.stringify({ ...fragment, content: fragment.content.replaceAll(zeroWidth, ''), anchors: [] })}`, { level: 9 });
    await writeFile(path, compact);
    after += compact.length;
  }
  return { before, after };
}
