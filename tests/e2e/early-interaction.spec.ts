import { expect, test, type Page } from '@playwright/test';

/**
 * Pages paint before their scripts load (src/lib/deferScripts.ts). These tests hold the scripts
 * back, act before they arrive, and check that nothing the visitor did is lost.
 */
const answerPath = (lang: string) => `/${lang}/failed-swipes/cant-swipe-after-upgrade/`;

/**
 * Holds every bundled script back until the returned function is called, so the test can act
 * while the page is not yet enhanced. A gate, not a timer: on a busy machine a timer could run
 * out before the test has acted, and the test would then check the enhanced page instead.
 */
async function holdScripts(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_astro/*.js', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

const enhanced = (page: Page) => page.evaluate(() => 'enhanced' in document.documentElement.dataset);

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('no script is requested before the first contentful paint', async ({ page }) => {
  await page.goto(answerPath('zh'));
  await expect.poll(() => enhanced(page)).toBe(true);
  const timing = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    scripts: performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/_astro/') && entry.name.endsWith('.js')).map((entry) => entry.startTime),
  }));
  expect(timing.scripts.length).toBeGreaterThan(0);
  for (const start of timing.scripts) expect(start).toBeGreaterThanOrEqual(timing.paint);
});

test('a tap on "copy link" before the scripts arrive is carried out when they do', async ({ page, baseURL }) => {
  const release = await holdScripts(page);
  await page.goto(answerPath('en'), { waitUntil: 'domcontentloaded' });
  await page.locator('.share-bar [data-share-action="copy-link"]').click();
  expect(await enhanced(page)).toBe(false);
  release();
  await expect(page.locator('[data-share-status]')).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${answerPath('en')}`);
});

test('typing into the search box before the scripts arrive still searches', async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto(answerPath('zh'), { waitUntil: 'domcontentloaded' });
  const input = page.getByRole('banner').locator('input[type=search]');
  await input.fill('刷不了');
  expect(await enhanced(page)).toBe(false);
  release();
  await expect(page.locator('[role=listbox] [role=option]').first()).toBeVisible();
  await expect(input).toHaveAttribute('aria-expanded', 'true');
});

test('a code typed into the lookup before the scripts arrive is recognised', async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto('/en/codes/', { waitUntil: 'domcontentloaded' });
  await page.locator('[data-code-lookup] input').fill('５５');
  expect(await enhanced(page)).toBe(false);
  release();
  await expect(page.locator('[data-code-status] a')).toHaveAttribute('href', /\/en\/codes\/55\/$/);
});

test.describe('a Chinese browser', () => {
  test.use({ locale: 'zh-CN' });

  test('the language switch followed before the scripts arrive keeps the #step and is remembered', async ({ page }) => {
    const release = await holdScripts(page);
    await page.goto(`${answerPath('zh')}#check-network`, { waitUntil: 'domcontentloaded' });
    await page.getByRole('link', { name: 'Read this page in English' }).click();
    await expect(page).toHaveURL(`${answerPath('en')}#check-network`);
    release();
    // "/" opens the browser's language unless a choice was remembered.
    await page.goto('/');
    await expect(page).toHaveURL('/en/');
  });
});
