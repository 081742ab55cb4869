import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { compactFragments } from '../../src/integrations/compactFragments';
import { pageParts } from '../../src/scripts/search/sections';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

const fragment = (content: string) => gzipSync(`pagefind_dcd${JSON.stringify({ url: '/zh/q/', meta: { title: '刷不了卡' }, content, anchors: [{ element: 'h2', id: 'step', text: '先换张卡', location: 3 }] })}`);
const read = (path: string) => JSON.parse(gunzipSync(readFileSync(path)).toString('utf8').slice('pagefind_dcd'.length)) as { content: string };

describe('compactFragments', () => {
  it('takes Pagefind’s zero-width word breaks and heading list out of every fragment, and nothing else', async () => {
    dir = mkdtempSync(join(tmpdir(), 'fragments-'));
    const content = '刷\u200b不了\u200b卡. 先\u200b换张\u200b卡. 插\u200b卡\u200b试试';
    writeFileSync(join(dir, 'zh-cn_a.pf_fragment'), fragment(content));
    writeFileSync(join(dir, 'en_b.pf_fragment'), fragment('Try another card.'));
    writeFileSync(join(dir, 'notes.txt'), 'a\u200bb');
    const { before, after } = await compactFragments(dir);
    expect(read(join(dir, 'zh-cn_a.pf_fragment'))).toEqual({ url: '/zh/q/', meta: { title: '刷不了卡' }, content: content.replaceAll('\u200b', ''), anchors: [] });
    expect(read(join(dir, 'en_b.pf_fragment'))).toEqual({ url: '/zh/q/', meta: { title: '刷不了卡' }, content: 'Try another card.', anchors: [] });
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('a\u200bb');
    expect(after).toBeLessThan(before);
  });

  it('leaves the steps the search layer cuts from a fragment as they were', () => {
    const content = '刷\u200b不了\u200b卡. 开头\u200b的话. 先\u200b换张\u200b卡. 插\u200b卡\u200b试试';
    const steps = [['step', '先换张卡']] as const;
    expect(pageParts(content.replaceAll('\u200b', ''), steps, '刷不了卡')).toEqual(pageParts(content, steps, '刷不了卡'));
    expect(pageParts(content, steps, '刷不了卡').map((part) => part.text)).toEqual(['开头的话.', '插卡试试']);
  });
});
