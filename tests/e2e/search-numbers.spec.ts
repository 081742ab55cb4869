import { expect, test } from '@playwright/test';
import { searchOnPage } from './support/search';

// The number reading is a chunk of its own (src/scripts/search/numbers.ts): a query without a
// number never downloads it, the first one with a number does, once, and its sums are read.
test('the number reading is fetched by the first query with a number, and reads its sums', async ({ page }) => {
  const numberChunks: string[] = [];
  page.on('request', (request) => {
    if (/\/_astro\/numbers\.[\w-]+\.js$/.test(new URL(request.url()).pathname)) numberChunks.push(request.url());
  });
  await page.goto('/zh/search/');
  expect((await searchOnPage(page, '升级后刷不了卡怎么办')).hits.length).toBeGreaterThan(0);
  expect(numberChunks).toEqual([]);
  const { hits } = await searchOnPage(page, '刷了5000到账只有4970');
  expect(hits[0]?.url).toBe('/zh/settlement/fees-and-short-payouts/#fees-deducted');
  await searchOnPage(page, '刷了三千到账两千九百多');
  expect(numberChunks).toHaveLength(1);
});
