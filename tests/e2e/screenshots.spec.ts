import { test } from '@playwright/test';
import { pageKinds } from './support/site';

// Screenshots of each page kind at phone and desktop width, attached to the HTML report for review.
for (const [kind, path] of Object.entries(pageKinds)) {
  for (const lang of ['zh', 'en']) {
    for (const width of [390, 1280]) {
      test(`screenshot: ${kind} ${lang} ${width}px`, async ({ page }, testInfo) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path(lang));
        if (kind === 'search') await page.locator('[data-search-results][data-query]').waitFor();
        const body = await page.screenshot({ fullPage: true });
        await testInfo.attach(`${kind}-${lang}-${width}.png`, { body, contentType: 'image/png' });
      });
    }
  }
}

// The share controls on a phone: the answer's bar, then a step's QR code, in both languages.
for (const lang of ['zh', 'en']) {
  test(`screenshot: share controls ${lang} 390px`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(pageKinds.answer(lang));
    await testInfo.attach(`share-bar-${lang}-390.png`, { body: await page.screenshot(), contentType: 'image/png' });
    await page.locator('.step [data-share-action="qr"]').first().click();
    await page.getByRole('dialog').locator('svg').waitFor();
    await testInfo.attach(`share-qr-${lang}-390.png`, { body: await page.screenshot(), contentType: 'image/png' });
  });
}
