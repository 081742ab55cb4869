import { expect, test } from '@playwright/test';
import { builtPages, expectedHtmlLang, watchErrors } from './support/site';

const pages = builtPages();

test('the build has every page kind in both languages', () => {
  expect(pages).toEqual(expect.arrayContaining(['/', '/zh/', '/en/', '/zh/settlement/', '/en/failed-swipes/cant-swipe-after-upgrade/']));
  expect(pages.filter((p) => p.startsWith('/zh/'))).toHaveLength(pages.filter((p) => p.startsWith('/en/')).length);
});

for (const path of pages.filter((p) => p !== '/')) {
  test(`${path} answers 200 in the right language, with its head complete and no console errors`, async ({ page }) => {
    const errors = watchErrors(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', expectedHtmlLang(path));
    expect(await page.evaluate(() => document.head.firstElementChild?.outerHTML)).toBe('<meta charset="utf-8">');
    await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', new RegExp(`${path}$`));
    await expect(page.locator('link[rel=alternate][hreflang]')).toHaveCount(3);
    await expect(page.locator('meta[name=description]')).toHaveAttribute('content', /^.{20,}$/);
    await expect(page.locator('h1')).toHaveCount(1);
    expect(errors).toEqual([]);
  });
}

test('an unknown address gets the bilingual 404 page', async ({ page }) => {
  const response = await page.goto('/zh/no-such-question/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.locator('section[lang=en] a')).toHaveAttribute('href', '/en/');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an answer is fully readable', async ({ page }) => {
    await page.goto('/zh/failed-swipes/cant-swipe-after-upgrade/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('POS 机升级以后刷不了卡怎么办？');
    await expect(page.locator('.short-answer')).toBeVisible();
    await expect(page.locator('.step h2')).toHaveCount(11);
    await expect(page.locator('#check-network')).toBeVisible();
  });

  test('the entry page offers both languages', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator('section[lang=zh-CN] h2 a')).toHaveAttribute('href', '/zh/');
    await expect(page.locator('section[lang=en] h2 a')).toHaveAttribute('href', '/en/');
    await expect(page.locator('section[lang=en] li a')).toHaveCount(3);
  });
});
