import { expect, test } from '@playwright/test';

const notOfficial = {
  zh: '本站不是中国银联、银行或支付机构的官方网站，不办理任何业务，从不收费，也绝不会向你索要密码或短信验证码。',
  en: 'This is not an official site of UnionPay, a bank or a payment company. It handles no transactions, never charges you, and will never ask for your PIN or an SMS code.',
};
// Shipped without an operator: the footer sends merchants to their own terminal's sticker.
const fallback = {
  zh: '自己的账户或机器有问题，请打机身标签或合同上的客服电话。',
  en: 'For your own account or terminal, call the number on your terminal’s sticker or contract.',
};

for (const lang of ['zh', 'en'] as const) {
  for (const path of ['', 'failed-swipes/', 'failed-swipes/who-to-call/', 'search/', 'glossary/']) {
    test(`/${lang}/${path} says in its footer that the site is not official`, async ({ page }) => {
      await page.goto(`/${lang}/${path}`);
      const footer = page.getByRole('contentinfo');
      await expect(footer.locator('.not-official')).toHaveText(notOfficial[lang]);
      await expect(footer).toContainText(fallback[lang]);
      await expect(footer.locator('[lang]')).toHaveCount(0);
    });
  }
}

test('the bilingual entry page and 404 say it in both languages, each marked with its language', async ({ page }) => {
  for (const path of ['/', '/zh/no-such-page/']) {
    await page.route('**/_astro/index.astro_*', (route) => route.abort());
    await page.goto(path);
    const footer = page.getByRole('contentinfo');
    await expect(footer.locator('[lang="zh-CN"] .not-official')).toHaveText(notOfficial.zh);
    await expect(footer.locator('[lang="en"] .not-official')).toHaveText(notOfficial.en);
  }
});

test('the site name does not present it as UnionPay’s', async ({ page }) => {
  for (const lang of ['zh', 'en']) {
    await page.goto(`/${lang}/`);
    await expect(page.locator('h1')).not.toContainText(/银联|UnionPay/);
    expect(await page.title()).not.toMatch(/银联|UnionPay/);
    await expect(page.locator('meta[property="og:site_name"]')).not.toHaveAttribute('content', /银联|UnionPay/);
  }
});
