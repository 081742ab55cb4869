import { expect, test } from '@playwright/test';
import { allPaths } from '../../src/lib/flowGraph';
import { nodeUrl, publishedFlows } from './support/flows';
import { watchErrors } from './support/site';

const flows = publishedFlows();
const langs = ['zh', 'en'] as const;
const other = { zh: 'en', en: 'zh' } as const;

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  // Every path of every flow, generated from the flow data, walked by tapping the answers by name.
  for (const lang of langs) {
    for (const flow of flows) {
      test(`${lang}: every path of "${flow.id}" reaches an outcome whose links open existing steps`, async ({ page }) => {
        test.setTimeout(180_000);
        const t = lang === 'zh' ? { back: '返回上一步', again: '重新开始' } : { back: 'Back', again: 'Start again' };
        for (const path of allPaths(flow.data)) {
          await page.goto(`/${lang}/troubleshoot/`);
          await page.getByRole('link', { name: flow.data[lang].title, exact: true }).click();
          let taps = 1;
          for (const [depth, id] of path.entries()) {
            const node = flow.data.nodes[id]!;
            await expect(page, `${path.join(' > ')}`).toHaveURL(nodeUrl(lang, flow.id, id));
            await expect(page.locator('h1')).toHaveText(node[lang].title);
            const parent = path[depth - 1];
            await expect(page.getByRole('link', { name: t.back, exact: true })).toHaveAttribute('href', parent ? nodeUrl(lang, flow.id, parent) : `/${lang}/troubleshoot/`);
            await expect(page.getByRole('link', { name: t.again, exact: true })).toHaveAttribute('href', `/${lang}/troubleshoot/`);
            await expect(page.locator('[data-language-switch]')).toHaveAttribute('href', nodeUrl(other[lang], flow.id, id));
            await expect(page.locator('.trail .row')).toHaveCount(depth);
            await expect(page.locator('.share-bar')).toHaveCount(1);
            const next = path[depth + 1];
            if (!next) break;
            const answer = node.answers!.find((a) => a.next === next)!;
            await page.locator('.choices').getByRole('link', { name: answer[lang], exact: true }).click();
            taps += 1;
          }
          expect(taps, `${path.join(' > ')} takes ${taps} taps`).toBeLessThanOrEqual(6);
          // The outcome shows the fix on the page and links to it; every link opens an existing step or answer.
          await expect(page.locator('.fix h2').first()).not.toBeEmpty();
          const links = [...(await page.locator('.fix .open a').all()), ...(await page.locator('.still a').all())];
          const hrefs = await Promise.all(links.map((link) => link.getAttribute('href')));
          expect(hrefs.length).toBeGreaterThanOrEqual(2);
          for (const href of hrefs) {
            const response = await page.goto(href!);
            // No response when only the #step changes on the page already open.
            if (response) expect(response.status(), href!).toBe(200);
            await expect(page.locator('h1'), href!).toHaveCount(1);
            const anchor = new URL(page.url()).hash.slice(1);
            if (anchor) await expect(page.locator(`.step h2[id="${anchor}"]`), href!).toHaveCount(1);
          }
        }
      });
    }
  }

  test('an outcome shows the step text itself, with a link to it', async ({ page }) => {
    await page.goto(nodeUrl('en', 'card-fails', 'no-connection'));
    const fix = page.locator('.fix');
    await expect(fix.getByRole('heading', { level: 2 })).toHaveText('Timing out or no connection: check the network and signal');
    await expect(fix).toContainText('move the terminal nearer a door or window');
    await expect(fix.getByRole('link', { name: 'Open this step in the full answer' })).toHaveAttribute('href', '/en/failed-swipes/cant-swipe-after-upgrade/#check-network');
    await expect(page.getByRole('link', { name: 'Change your answer to “Is it just this card, or does every card fail?”' })).toHaveAttribute('href', nodeUrl('en', 'card-fails', 'scope'));
  });

  test('the home page and the sections a flow serves link to its first question', async ({ page }) => {
    for (const lang of langs) {
      for (const flow of flows) {
        for (const path of [`/${lang}/`, ...flow.data.sections.map((s) => `/${lang}/${s}/`)]) {
          await page.goto(path);
          await expect(page.locator('.flow-promo').getByRole('link', { name: flow.data[lang].title }), path).toHaveAttribute('href', nodeUrl(lang, flow.id, flow.data.start));
        }
      }
    }
  });
});

test('keyboard only: home → flow → answers → the step, then back and change an answer', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/en/');
  const tabTo = async (name: string | RegExp) => {
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.textContent?.replace(/\s+/g, ' ').trim() ?? '');
      if (typeof name === 'string' ? focused === name : name.test(focused)) return;
    }
    throw new Error(`Tab never reached ${name}`);
  };
  await tabTo('Card payments keep failing. What now?');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(nodeUrl('en', 'card-fails', 'scope'));
  await tabTo('Every card fails');
  expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(nodeUrl('en', 'card-fails', 'every-card'));
  await tabTo('“Please sign in” or “sign-in failed”');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(nodeUrl('en', 'card-fails', 'sign-in'));
  await tabTo('Change your answer to “What does the screen say when a card fails?”');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(nodeUrl('en', 'card-fails', 'every-card'));
  await tabTo('“Communication error”, “timed out” or “no response”');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(nodeUrl('en', 'card-fails', 'no-connection'));
  await tabTo('Open this step in the full answer');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/en/failed-swipes/cant-swipe-after-upgrade/#check-network');
  await expect(page.locator('#check-network')).toBeInViewport();
  await page.goBack();
  await expect(page).toHaveURL(nodeUrl('en', 'card-fails', 'no-connection'));
  await tabTo('Back');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(nodeUrl('en', 'card-fails', 'every-card'));
  expect(errors).toEqual([]);
});

test('the share bar copies a node link that opens the same node', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(nodeUrl('zh', 'money-missing', 'not-arrived'));
  await page.locator('.share-bar [data-share-action="copy-link"]').click();
  await expect(page.locator('[data-share-status]')).toHaveText('已复制链接');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});
