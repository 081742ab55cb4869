import { globSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { searchOnPage } from './support/search';

/** Every English question of the content tree: the list a visitor without JavaScript gets. */
const englishQuestions = globSync('content/*/en/*.mdx').length;

test('Pagefind and the search data load only when the visitor starts searching', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto('/zh/');
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((path) => path.includes('/pagefind/'))).toEqual([]);
  await page.locator('#home-search-input').focus();
  await expect.poll(() => fetched.some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
  await expect.poll(() => fetched.some((path) => path.endsWith('/pagefind/help-zh.bin'))).toBe(true);
  // The Chinese engine reads its queries with code of its own (chinese.ts), fetched beside the data.
  await expect.poll(() => fetched.some((path) => /^\/_astro\/chinese\.[\w-]+\.js$/.test(path))).toBe(true);
});

test('turning to the box asks for Pagefind and the search data beside its code, each downloaded once', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto('/en/');
  await page.waitForLoadState('networkidle');
  const input = page.locator('#home-search-input');
  await input.focus();
  await expect(page.locator('link[rel=modulepreload][href="/pagefind/pagefind.js"]')).toHaveCount(1);
  await expect(page.locator('link[rel=preload][as=fetch][href="/pagefind/help-en.bin"]')).toHaveCount(1);
  await page.locator('#header-search-input').focus();
  await input.pressSequentially('card declined');
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  // One box's preloads serve both boxes; a preload the engine's own requests did not match would show twice.
  await expect(page.locator('link[href^="/pagefind/"]')).toHaveCount(2);
  expect(fetched.filter((path) => path === '/pagefind/pagefind.js' || path.startsWith('/pagefind/help-en.')).sort()).toEqual(['/pagefind/help-en.bin', '/pagefind/pagefind.js']);
  // The Chinese reading's chunk counts in no English first query.
  expect(fetched.filter((path) => path.startsWith('/_astro/chinese.'))).toEqual([]);
});

test('search data a host sent unpacked (as Content-Encoding: gzip) is read as it is', async ({ page }) => {
  const unpacked = gunzipSync(readFileSync('dist/pagefind/help-zh.bin'));
  await page.route('**/pagefind/help-zh.bin', (route) => route.fulfill({ body: unpacked, contentType: 'application/octet-stream' }));
  await page.goto('/zh/');
  await page.locator('#home-search-input').click();
  await page.locator('#home-search-input').pressSequentially('刷不了');
  await expect(page.getByRole('option').first()).toHaveAttribute('data-href', /^\/zh\/failed-swipes\//);
});

test('the search page loads its results code only for a query or once the box is used', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto('/en/search/');
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((path) => path.includes('/pagefind/'))).toEqual([]);
  const { hits } = await searchOnPage(page, 'terminal offline');
  expect(hits[0]?.url).toBe('/en/failed-swipes/cant-swipe-after-upgrade/#check-network');
});

test('results appear as you type, link to the step, and the keyboard drives the list', async ({ page }) => {
  await page.goto('/zh/settlement/');
  const input = page.locator('#header-search-input');
  await input.click();
  // A query several pages answer: the keyboard needs at least two options (钱没到账 alone is a
  // lexicon phrase only one page holds since hidden keywords stopped being indexed).
  await input.pressSequentially('升级后钱没到账');
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options.first()).toBeVisible();
  await expect(input).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('.search-box [role=status]').first()).toContainText('条结果');
  await expect(options.first()).toHaveAttribute('data-href', /^\/zh\/settlement\/settlement-delays\//);
  await expect(options.first().locator('mark').first()).toBeVisible();

  await input.press('ArrowDown');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(input).toHaveAttribute('aria-activedescendant', (await options.first().getAttribute('id')) ?? '');
  await input.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await input.press('ArrowUp');
  const target = await options.first().getAttribute('data-href');
  await input.press('Enter');
  await expect(page).toHaveURL(target ?? '');
});

test('clicking a result opens its step', async ({ page }) => {
  await page.goto('/en/');
  await page.locator('#home-search-input').fill('terminal offline');
  const option = page.getByRole('option').first();
  const target = await option.getAttribute('data-href');
  await option.click();
  await expect(page).toHaveURL(target ?? '');
});

test('Escape closes the list', async ({ page }) => {
  await page.goto('/en/');
  const input = page.locator('#home-search-input');
  await input.fill('payout');
  await expect(page.getByRole('listbox').first()).toBeVisible();
  await input.press('Escape');
  await expect(input).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('[data-search-popup]').nth(1)).toBeHidden();
});

test('"/" and Ctrl+K focus the search box', async ({ page }) => {
  await page.goto('/en/failed-swipes/');
  // Scripts load after the first paint; a shortcut pressed before they arrive goes to the browser.
  await expect(page.locator('html')).toHaveAttribute('data-enhanced', '');
  await page.keyboard.press('/');
  await expect(page.locator('#header-search-input')).toBeFocused();
  await page.locator('h1').click();
  await page.keyboard.press('Control+k');
  await expect(page.locator('#header-search-input')).toBeFocused();
});

test('no search runs in the middle of an IME composition', async ({ page }) => {
  await page.goto('/zh/');
  const input = page.locator('#home-search-input');
  await input.focus();
  await expect(input).toHaveAttribute('role', 'combobox');
  const cdp = await page.context().newCDPSession(page);
  // Pinyin being composed: "shua" shown in the box, not yet a query.
  await cdp.send('Input.imeSetComposition', { text: 'shua', selectionStart: 4, selectionEnd: 4 });
  await page.waitForTimeout(600);
  await expect(input).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('option')).toHaveCount(0);
  // The characters are chosen: now it searches.
  await cdp.send('Input.insertText', { text: '刷不了' });
  await expect(page.getByRole('option').first()).toBeVisible();
  await expect(input).toHaveValue('刷不了');
});

test('a ?q= link opens the results page with the query run, and typing keeps the URL shareable', async ({ page }) => {
  await page.goto(`/en/search/?q=${encodeURIComponent('download parameters')}`);
  await expect(page.locator('#search-page-input')).toHaveValue('download parameters');
  await expect(page.locator('[data-search-results] a.hit').first()).toHaveAttribute('href', '/en/failed-swipes/cant-swipe-after-upgrade/#check-software-version');
  await expect(page.locator('[data-search-browse]')).toBeHidden();
  await searchOnPage(page, 'tap to pay');
  await expect(page).toHaveURL('/en/search/?q=tap+to+pay');
});

test('only the current language is searched', async ({ page }) => {
  await page.goto('/en/search/');
  const { hits } = await searchOnPage(page, 'settlement');
  expect(hits.length).toBeGreaterThan(0);
  expect(hits.every((hit) => hit.url.startsWith('/en/'))).toBe(true);
  await page.goto('/zh/search/');
  const zh = await searchOnPage(page, '结算');
  expect(zh.hits.every((hit) => hit.url.startsWith('/zh/'))).toBe(true);
});

test('a long colloquial question finds its answer, fillers dropped and domain words re-joined', async ({ page }) => {
  await page.goto('/zh/search/');
  const { hits, related } = await searchOnPage(page, '我的pos机到底为什么一直读不了卡呢');
  expect(related).toBe(false);
  expect(hits[0]?.url).toBe('/zh/failed-swipes/cant-swipe-after-upgrade/#check-the-card');
});

test('excerpts show visible step text with the matched words marked, never keyword lists', async ({ page }) => {
  await page.goto('/zh/search/');
  await searchOnPage(page, '读卡失败');
  const excerpts = await page.locator('[data-search-results] .hit-excerpt').allTextContents();
  expect(excerpts.length).toBeGreaterThan(0);
  const visible = await page.request.get('/zh/failed-swipes/cant-swipe-after-upgrade/').then((r) => r.text());
  for (const text of excerpts) expect(text).not.toMatch(/读卡失败 读 卡 失败|插 卡 没 反应/);
  expect(visible).not.toContain('data-search-keywords');
  // Two lines at most on a phone.
  await page.setViewportSize({ width: 390, height: 800 });
  const heights = await page.locator('[data-search-results] .hit-excerpt').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight || '20')));
  expect(Math.max(...heights)).toBeLessThanOrEqual(2.2);
});

test('a query whose words are mostly unknown labels what it finds as related', async ({ page }) => {
  await page.goto('/zh/search/');
  const { hits, related, summary } = await searchOnPage(page, '刷不了 qwerty zxcvb asdfg');
  expect(hits.length).toBeGreaterThan(0);
  expect(related).toBe(true);
  expect(summary).toContain('相关内容');
});

for (const query of ['？！。，', '吗吗吗', '😀😀', '"', '<script>', '刷'.repeat(100)]) {
  test(`bad input ${JSON.stringify(query.slice(0, 12))} gives results or the no-results state, never an error`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('/zh/search/');
    const { summary } = await searchOnPage(page, query);
    expect(summary).not.toContain('搜索暂时用不了');
    expect(summary.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
}

test('no results: says so, offers the most-read questions and the same query in the other language', async ({ page }) => {
  await page.goto('/zh/search/');
  const { hits, summary } = await searchOnPage(page, 'qwertyuiop');
  expect(hits).toEqual([]);
  expect(summary).toBe('没有找到与“qwertyuiop”相关的内容。');
  const empty = page.locator('[data-search-page] [data-search-empty]');
  await expect(empty.getByRole('listitem')).toHaveCount(4);
  await expect(empty.getByRole('link', { name: 'Search in English' })).toHaveAttribute('href', '/en/search/?q=qwertyuiop');
});

test('script in the query or the URL executes nothing and is shown as text', async ({ page }) => {
  const attack = '<img src=x onerror=alert(1)>';
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs++;
    await dialog.dismiss();
  });
  await page.goto(`/zh/search/?q=${encodeURIComponent(attack)}`);
  await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-results]')?.dataset['query'] !== undefined);
  await expect(page.locator('#search-page-input')).toHaveValue(attack);
  const rendered = page.locator('[data-search-page] [data-search-results] *, [data-search-summary] *');
  expect(new Set(await rendered.evaluateAll((els) => els.map((el) => el.tagName)))).toEqual(new Set(['LI', 'A', 'SPAN', 'MARK']));

  await page.locator('#header-search-input').fill('<script>alert(2)</script>刷不了');
  await expect(page.getByRole('option').first()).toBeVisible();
  await expect(page.locator('.search-box img, .search-box script, .search-box [onerror]')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search box leads to the full question list', async ({ page }) => {
    await page.goto('/en/');
    await page.locator('#home-search-input').fill('card declined');
    await page.locator('#home-search-input').press('Enter');
    await expect(page).toHaveURL('/en/search/?q=card+declined');
    await expect(page.locator('[data-search-browse]')).toBeVisible();
    expect(englishQuestions).toBeGreaterThanOrEqual(19);
    await expect(page.locator('[data-search-browse] .question-title a')).toHaveCount(englishQuestions);
  });
});

test('the option moved to stays chosen when the results refine as the visitor types on', async ({ page }) => {
  await page.goto('/zh/settlement/');
  const input = page.locator('#header-search-input');
  await input.click();
  await input.pressSequentially('升级后钱没到账');
  const first = page.getByRole('listbox').getByRole('option').first();
  await expect(first).toHaveAttribute('data-href', /^\/zh\/settlement\/settlement-delays\//);
  await input.press('ArrowDown');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  // Mark the rendered list, type a filler (the same answers come back), and wait for a fresh list.
  await page.locator('#header-search-results').evaluate((list) => list.firstElementChild?.setAttribute('data-old', ''));
  await input.pressSequentially('了');
  await expect(page.locator('#header-search-results > [data-old]')).toHaveCount(0);
  await expect(first).toHaveAttribute('data-href', /^\/zh\/settlement\/settlement-delays\//);
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(input).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id')) ?? '');
});
