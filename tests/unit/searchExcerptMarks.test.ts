import { gzipSync } from 'node:zlib';
import { beforeAll, expect, it, vi } from 'vitest';
import type { IndexedPage } from '../../src/lib/searchData';
import { runSearch } from '../../src/scripts/search/engine';
import { engineFor } from '../fixtures/search-engine';

const z = (text: string) => text.split(' ').join('\u200b');

const page: IndexedPage = {
  id: 'zh-cn_marks',
  url: '/zh/ic-card-upgrade/upgrade-cautions/',
  title: '升级前后要注意什么？',
  content: z('升级 前后 要 注意 什么 ？ 师傅 上门 装机 。 小票 上 通常 印着 商户 名称 。'),
  anchors: [],
};

beforeAll(() => {
  vi.stubGlobal('fetch', async (url: string) =>
    url === `/pagefind/fragment/${page.id}.pf_fragment` ? new Response(gzipSync(`pagefind_dcd${JSON.stringify({ url: page.url, content: page.content, anchors: page.anchors })}`)) : new Response('', { status: 404 }),
  );
});

it('marks a one-character Chinese word in an excerpt only where it stands alone (小票上, not 上门)', async () => {
  const { engine } = engineFor('zh', [page]);
  const { hits } = await runSearch(engine, '小票上 商户名称', 3);
  const parts = hits[0]?.excerpt ?? [];
  const text = parts.map((part) => (part.marked ? `[${part.text}]` : part.text)).join('');
  expect(text).toContain('上]通常');
  expect(text).not.toContain('[上]门');
});
