import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtPages, isCodePage, sampleCodes } from './support/site';

const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function violations(page: Page, leaveOut?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(wcag22aa);
  const { violations } = await (leaveOut ? builder.exclude(leaveOut) : builder).analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/**
 * WCAG 2.5.8 does not apply to targets a popup the user opened partly covers (a combobox's
 * suggestions over the links below it), only to the popup's own. Marks the page's controls
 * outside `popup` that it overlaps, for `violations` to leave out: the page without the popup
 * is checked on its own, in every scheme and width.
 */
async function markCoveredBy(page: Page, popup: string): Promise<string> {
  await page.evaluate((selector) => {
    const cover = document.querySelector(selector)!;
    const box = cover.getBoundingClientRect();
    for (const control of document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')) {
      const r = control.getBoundingClientRect();
      const overlaps = r.width > 0 && r.left < box.right && r.right > box.left && r.top < box.bottom && r.bottom > box.top;
      control.toggleAttribute('data-under-popup', overlaps && !cover.contains(control) && !control.contains(cover));
    }
  }, popup);
  return '[data-under-popup]';
}

const isSample = (path: string) => sampleCodes.some((code) => path.endsWith(`/codes/${code}/`));
/**
 * Troubleshooter node pages share one template and differ only in text: each flow's first question
 * and one outcome, in both languages, get the full matrix (see troubleshoot.spec.ts), the rest one pass.
 */
const isNodePage = (path: string) => /^\/(zh|en)\/troubleshoot\/[^/]+\/[^/]+\/$/.test(path);
const nodeSample = builtPages().filter(isNodePage).filter((path) => /\/(scope|one-card-unreadable|what-happened|payout-failed|how-contacted|already-paid)\/$/.test(path));
const sharesTemplate = (path: string) => (isCodePage(path) && !isSample(path)) || (isNodePage(path) && !nodeSample.includes(path));
const fullMatrix = builtPages().filter((p) => p !== '/' && !sharesTemplate(p));
const onePass = builtPages().filter(sharesTemplate);

// Every built page, in light and dark, at phone and desktop width: zero WCAG 2.2 A/AA violations.
// The 170 code pages and 90 troubleshooter nodes share two templates: a sample gets the full matrix, the rest one pass each.
for (const path of fullMatrix) {
  test(`axe: ${path}`, async ({ page }) => {
    test.slow(); // four page loads and four axe runs: more than the default 30 s on a busy machine
    const found: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        for (const problem of await violations(page)) found.push(`${path} ${colorScheme} ${width}px: ${problem}`);
      }
    }
    expect(found).toEqual([]);
  });
}

// One pass per remaining code and troubleshooter page, rotating scheme and width so every combination still recurs.
for (const [index, path] of onePass.entries()) {
  test(`axe (one pass): ${path}`, async ({ page }) => {
    const colorScheme = index % 2 === 0 ? 'light' : 'dark';
    const width = Math.floor(index / 2) % 2 === 0 ? 390 : 1280;
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme });
    await page.goto(path);
    expect((await violations(page)).map((v) => `${path} ${colorScheme} ${width}px: ${v}`)).toEqual([]);
  });
}

test('the troubleshooter sample has a question and an outcome of every flow, in both languages', () => {
  expect(nodeSample).toHaveLength(12);
});

test('axe: the bilingual 404 page', async ({ page }) => {
  const response = await page.goto('/zh/no-such-page/');
  expect(response?.status()).toBe(404);
  expect(await violations(page)).toEqual([]);
});

test('axe: the entry page / as it shows without JavaScript', async ({ page }) => {
  // Block only the redirect script (axe itself needs JavaScript to run).
  await page.route('**/_astro/index.astro_*', (route) => route.abort());
  await page.goto('/');
  await expect(page).toHaveURL(/\/$/);
  expect(await violations(page)).toEqual([]);
});

test('axe: open states (search list, no results, share dialog) in both schemes', async ({ page }) => {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/zh/');
    await page.locator('#home-search-input').fill('钱没到账');
    await page.getByRole('option').first().waitFor();
    await page.locator('#home-search-input').press('ArrowDown');
    const covered = await markCoveredBy(page, '[data-search-box].large [data-search-popup]');
    found.push(...(await violations(page, covered)).map((v) => `search list ${colorScheme}: ${v}`));
    await page.locator('#home-search-input').fill('qwertyuiop');
    await expect(page.locator('[data-search-box].large [data-search-empty]')).toBeVisible();
    found.push(...(await violations(page)).map((v) => `no results ${colorScheme}: ${v}`));
    await page.goto('/en/failed-swipes/cant-swipe-after-upgrade/');
    await page.locator('.share-bar [data-share-action="qr"]').click();
    await page.getByRole('dialog').locator('svg').waitFor();
    found.push(...(await violations(page)).map((v) => `QR dialog ${colorScheme}: ${v}`));
  }
  expect(found).toEqual([]);
});

test('keyboard only: home → section → answer → step link, then switch language', async ({ page }) => {
  await page.goto('/en/');
  const tabTo = async (name: string | RegExp) => {
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
      if (typeof name === 'string' ? focused === name : name.test(focused)) return;
    }
    throw new Error(`Tab never reached ${name}`);
  };
  await tabTo('Cards failing after an upgrade');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/en/failed-swipes/');
  await tabTo(/^One card fails, or every card/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/en/failed-swipes/which-cards-fail/');
  await tabTo(/^#Link to this step: Every card fails/);
  expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/en/failed-swipes/which-cards-fail/#every-card-fails');
  await expect(page.locator('#every-card-fails')).toBeInViewport();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Home');
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Shift+Tab');
    if (await page.evaluate(() => document.activeElement?.hasAttribute('data-language-switch'))) break;
  }
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/zh/failed-swipes/which-cards-fail/#every-card-fails');
});
