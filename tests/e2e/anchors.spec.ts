import { expect, test, type Page } from '@playwright/test';

const answer = '/zh/failed-swipes/cant-swipe-after-upgrade/';

/** The step's heading sits fully below the sticky header and inside the viewport, highlighted. */
async function expectStepShown(page: Page, id: string) {
  const heading = page.locator(`[id="${id}"]`);
  await expect(heading).toBeInViewport();
  const headerBottom = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().bottom);
  await expect.poll(() => heading.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(headerBottom);
  const step = page.locator('.step', { has: heading });
  const plain = await page.locator('.step', { hasNot: page.locator(':target') }).first().evaluate((el) => getComputedStyle(el).backgroundColor);
  await expect.poll(() => step.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(plain);
}

for (const width of [390, 1280]) {
  test(`a cold load of ${answer}#check-the-card at ${width}px shows the step below the header, highlighted`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`${answer}#check-the-card`);
    await expectStepShown(page, 'check-the-card');
  });
}

test('following a step link within the page moves the highlight to that step', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(`${answer}#check-network`);
  await page.locator('a.anchor[href="#call-pos-provider"]').click();
  await expect(page).toHaveURL(/#call-pos-provider$/);
  await expectStepShown(page, 'call-pos-provider');
  const previous = page.locator('.step', { has: page.locator('#check-network') });
  await expect(previous).not.toHaveCSS('background-color', await page.locator('.step', { has: page.locator('#call-pos-provider') }).evaluate((el) => getComputedStyle(el).backgroundColor));
});

test('every step heading has its anchor link, the same ids in both languages', async ({ page }) => {
  const ids = async (lang: string) => {
    await page.goto(`/${lang}/failed-swipes/cant-swipe-after-upgrade/`);
    const headings = await page.locator('.step h2').evaluateAll((els) => els.map((el) => el.id));
    for (const id of headings) await expect(page.locator(`a.anchor[href="#${id}"]`)).toHaveCount(1);
    return headings;
  };
  const zh = await ids('zh');
  expect(zh.length).toBeGreaterThan(5);
  expect(await ids('en')).toEqual(zh);
});
