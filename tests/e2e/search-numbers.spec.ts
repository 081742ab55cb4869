import { expect, test } from '@playwright/test';
import { searchOnPage } from './support/search';

// The number reading is in chunks of its own, one a language (src/scripts/search/numbers.ts): a
// query without a number never downloads them, the first one with a number downloads its
// language's, and its sums are read.
test('the number reading is fetched by the first query with a number, in its language only, and reads its sums', async ({ page }) => {
  const numberChunks: string[] = [];
  page.on('request', (request) => {
    const name = /\/_astro\/(numbers\w*)\.[\w-]+\.js$/.exec(new URL(request.url()).pathname)?.[1];
    if (name) numberChunks.push(name);
  });
  await page.goto('/zh/search/');
  expect((await searchOnPage(page, '升级后一直刷不了卡怎么办')).hits.length).toBeGreaterThan(0);
  expect(numberChunks).toEqual([]);
  const { hits } = await searchOnPage(page, '刷了5000到账只有4970');
  expect(hits[0]?.url).toBe('/zh/settlement/fees-and-short-payouts/#fees-deducted');
  expect(numberChunks).toContain('numbersZh');
  expect(numberChunks).not.toContain('numbersEn');
});
