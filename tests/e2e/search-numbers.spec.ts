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

// Opened with a number in `?q=` (a link a support agent sent), the results page asks for the number
// reading beside the engine: with the search data held back, the chunk is asked for before the data
// arrives, not once the engine has read it.
test('a results page opened with a number in ?q= fetches the number reading beside the engine', async ({ page }) => {
  const query = '刷了5000到账只有4970';
  let dataServed = false;
  let chunkBeforeData: boolean | undefined;
  await page.route('**/pagefind/help-zh.bin', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    dataServed = true;
    await route.continue();
  });
  page.on('request', (request) => {
    if (/\/_astro\/numbersZh\.[\w-]+\.js$/.test(new URL(request.url()).pathname)) chunkBeforeData ??= !dataServed;
  });
  await page.goto(`/zh/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction((q) => document.querySelector<HTMLElement>('[data-search-results]')?.dataset['query'] === q, query);
  expect(chunkBeforeData).toBe(true);
  await expect(page.locator('[data-search-results] a.hit').first()).toHaveAttribute('href', /fees-and-short-payouts\/#fees-deducted$/);
});
