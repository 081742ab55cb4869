import { expect, test } from '@playwright/test';

const answer = '/failed-swipes/cant-swipe-after-upgrade/';

test('the switcher opens the same page in the other language and keeps the #step', async ({ page }) => {
  await page.goto(`/zh${answer}#check-network`);
  await page.getByRole('link', { name: 'Read this page in English' }).click();
  await expect(page).toHaveURL(`/en${answer}#check-network`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#check-network')).toBeInViewport();

  await page.getByRole('link', { name: '切换到中文阅读本页' }).click();
  await expect(page).toHaveURL(`/zh${answer}#check-network`);
  await expect(page.locator('#check-network')).toBeInViewport();
});

test('the switcher keeps a #step the reader moved to after the page loaded', async ({ page }) => {
  await page.goto(`/en${answer}`);
  await page.locator('a.anchor[href="#restart-and-sign-in"]').focus();
  await page.keyboard.press('Enter');
  await page.getByRole('link', { name: '切换到中文阅读本页' }).click();
  await expect(page).toHaveURL(`/zh${answer}#restart-and-sign-in`);
});

test('every switcher link points at the twin page, even without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of ['/zh/', '/zh/settlement/', `/zh${answer}`]) {
    await page.goto(path);
    await expect(page.locator('[data-language-switch]')).toHaveAttribute('href', path.replace('/zh/', '/en/'));
  }
  await context.close();
});

test.describe('the entry page /', () => {
  for (const [locale, expected] of [['zh-CN', '/zh/'], ['en-GB', '/en/'], ['fr-FR', '/zh/']] as const) {
    test(`sends a ${locale} browser to ${expected}`, async ({ browser }) => {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto('/');
      await expect(page).toHaveURL(expected);
      await context.close();
    });
  }

  test('prefers the language the visitor chose over the browser language', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto('/zh/');
    await page.getByRole('link', { name: 'Read this page in English' }).click();
    await expect(page).toHaveURL('/en/');
    await page.goto('/');
    await expect(page).toHaveURL('/en/');
    await context.close();
  });
});
