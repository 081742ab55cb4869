import { expect, test } from '@playwright/test';
import { builtPages, isCodePage } from './support/site';

const codePages = builtPages().filter(isCodePage);

test('every code has a page in both languages, and the lookup links to each of them once', async ({ page }) => {
  const zh = codePages.filter((p) => p.startsWith('/zh/')).map((p) => p.slice(3));
  const en = codePages.filter((p) => p.startsWith('/en/')).map((p) => p.slice(3));
  expect(zh).toHaveLength(85);
  expect(en).toEqual(zh);
  for (const lang of ['zh', 'en']) {
    await page.goto(`/${lang}/codes/`);
    const grid = await page.locator('a[data-code]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(grid.toSorted()).toEqual(codePages.filter((p) => p.startsWith(`/${lang}/`)));
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the lookup is a grid of links grouped by what to do, with no box to type in', async ({ page }) => {
    await page.goto('/zh/codes/');
    await expect(page.locator('.code-lookup')).toBeHidden();
    await expect(page.getByRole('heading', { level: 3 })).toHaveText(['请顾客配合', '这张卡别再试了', '签到，或下载密钥和参数', '打 POS 服务商或收单机构电话', '稍后再试', '核对撤销、退货或结算', '交易成功，不用处理']);
    await page.locator('#group-sign-in ~ ul a', { hasText: 'A0' }).click();
    await expect(page).toHaveURL('/zh/codes/a0/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('A0 校验错，请重新签到');
  });

  test('a code page reads fully: screen texts, meaning, what to do, retry, what to say, another way, links', async ({ page }) => {
    await page.goto('/en/codes/55/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('55 Wrong PIN (密码错)');
    await expect(page.locator('h1 [lang="zh-CN"]')).toHaveText('(密码错)');
    await expect(page.locator('.screen li').first()).toHaveText('密码错');
    // A terminal set to English shows the standard wording; the specification's name is given too.
    await expect(page.locator('.screen[lang="en"] li')).toHaveText(['Incorrect PIN']);
    await expect(page.locator('.screen-label')).toHaveText('On a terminal set to English:');
    await expect(page.locator('p', { hasText: "Its name in UnionPay's specification:" })).toContainText('不正确的PIN');
    await expect(page.locator('.code-summary')).toContainText('The customer');
    await expect(page.locator('.code-summary .retry')).toHaveText('at once');
    await expect(page.locator('ol.do-now li')).toHaveCount(4);
    await expect(page.locator('.inferred')).toContainText('check it with your acquirer or POS provider');
    await expect(page.locator('blockquote')).toContainText('Could you try once more?');
    await expect(page.getByRole('heading', { name: 'Take the payment another way' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Seeing this after an upgrade?' })).toBeVisible();
    await expect(page.locator('.deeper a').first()).toHaveAttribute('href', '/en/failed-swipes/cant-swipe-after-upgrade/#restart-and-sign-in');
    await expect(page.locator('.vendor-note')).toContainText('your acquirer’s word is final');
  });

  test('a stolen-card page keeps what the cashier says neutral', async ({ page }) => {
    for (const lang of ['zh', 'en']) {
      await page.goto(`/${lang}/codes/43/`);
      const said = (await page.locator('blockquote').textContent()) ?? '';
      expect(said.length).toBeGreaterThan(10);
      expect(said).not.toMatch(/盗|挂失|没收|欺诈|stolen|lost|fraud|retain/i);
      await expect(page.locator('.code-summary .retry')).toHaveClass(/never/);
    }
  });

  test('the home page and the failed-swipes section offer the lookup', async ({ page }) => {
    for (const path of ['/zh/', '/en/', '/zh/failed-swipes/', '/en/failed-swipes/']) {
      await page.goto(path);
      await expect(page.locator('a.codes-offer'), path).toHaveAttribute('href', `/${path.slice(1, 3)}/codes/`);
    }
    await page.goto('/zh/settlement/');
    await expect(page.locator('a.codes-offer')).toHaveCount(0);
  });
});

test.describe('the lookup box', () => {
  for (const [lang, typed, slug] of [
    ['zh', '５５', '55'],
    ['zh', 'a0', 'a0'],
    ['zh', 'AO', 'a0'],
    ['zh', '返回码 96', '96'],
    ['zh', '刷卡提示55', '55'],
    ['en', 'error 55', '55'],
    ['en', 'error code 96 on terminal', '96'],
    ['en', 'z3', 'z3'],
  ] as const) {
    test(`${lang}: “${typed}” opens /${lang}/codes/${slug}/`, async ({ page }) => {
      await page.goto(`/${lang}/codes/`);
      const input = page.getByLabel(lang === 'zh' ? '屏幕上的代码' : 'Code on the screen');
      await input.fill(typed);
      await expect(page.locator('[data-code-status] a')).toHaveAttribute('href', `/${lang}/codes/${slug}/`);
      await input.press('Enter');
      await expect(page).toHaveURL(`/${lang}/codes/${slug}/`);
    });
  }

  test('an unknown code says so and offers a search instead of guessing', async ({ page }) => {
    await page.goto('/en/codes/');
    const input = page.getByLabel('Code on the screen');
    await input.fill('ZQ');
    await expect(page.locator('[data-code-status]')).toContainText('No code “ZQ” in our list');
    await input.press('Enter');
    await expect(page).toHaveURL('/en/codes/');
    await expect(page.locator('[data-code-status] a')).toHaveAttribute('href', '/en/search/?q=ZQ');
  });
});

test('the language switcher keeps the code', async ({ page }) => {
  await page.goto('/zh/codes/a0/');
  await page.locator('[data-language-switch]').click();
  await expect(page).toHaveURL('/en/codes/a0/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A0 Check failed, sign in (校验错，请重新签到)');
});

test('code pages are indexed in their own language, and a screen text finds its code page', async ({ page }) => {
  for (const [lang, query, path] of [
    ['zh', '余额不足', '/zh/codes/51/'],
    ['zh', '密码错', '/zh/codes/55/'],
    ['zh', '校验错', '/zh/codes/a0/'],
    ['en', 'wrong PIN', '/en/codes/55/'],
  ] as const) {
    await page.goto(`/${lang}/`);
    const urls = await page.evaluate(async (q) => {
      const pagefind = await import(`${location.origin}/pagefind/pagefind.js`);
      const search = await pagefind.search(q);
      return Promise.all(search.results.slice(0, 5).map(async (r: { data: () => Promise<{ url: string }> }) => (await r.data()).url));
    }, query);
    expect(urls, `${lang} "${query}"`).toContain(path);
    expect(urls.every((url: string) => url.startsWith(`/${lang}/`)), `${lang} "${query}"`).toBe(true);
  }
});
