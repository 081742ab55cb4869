import { test } from '@playwright/test';
import { pageKinds } from './support/site';

// Screenshots of each page kind at phone and desktop width, attached to the HTML report for review.
for (const [kind, path] of Object.entries(pageKinds)) {
  for (const lang of ['zh', 'en']) {
    for (const width of [390, 1280]) {
      test(`screenshot: ${kind} ${lang} ${width}px`, async ({ page }, testInfo) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path(lang));
        const body = await page.screenshot({ fullPage: true });
        await testInfo.attach(`${kind}-${lang}-${width}.png`, { body, contentType: 'image/png' });
      });
    }
  }
}
