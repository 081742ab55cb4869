import jsQR from 'jsqr';
import { expect, test, type Page } from '@playwright/test';

const answerPath = (lang: string) => `/${lang}/failed-swipes/cant-swipe-after-upgrade/`;
const copied = { zh: { link: '已复制链接', text: '已复制文字' }, en: { link: 'Link copied', text: 'Text copied' } } as const;

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

for (const lang of ['zh', 'en'] as const) {
  test.describe(`sharing, ${lang}`, () => {
    test('copy link copies the answer URL and confirms in a status message', async ({ page, baseURL }) => {
      await page.goto(`${answerPath(lang)}?utm_source=chat`);
      await page.locator('.share-bar [data-share-action="copy-link"]').click();
      await expect(page.locator('[data-share-status]')).toHaveText(copied[lang].link);
      await expect(page.locator('[data-share-status]')).toHaveAttribute('role', 'status');
      expect(await readClipboard(page)).toBe(`${baseURL}${answerPath(lang)}`);
    });

    test('each step copies its own anchored URL', async ({ page, baseURL }) => {
      await page.goto(answerPath(lang));
      const buttons = page.locator('.step [data-share-action="copy-link"]');
      expect(await buttons.count()).toBeGreaterThan(5);
      for (const index of [0, 4]) {
        const id = await buttons.nth(index).getAttribute('data-share-anchor');
        await buttons.nth(index).click();
        await expect.poll(() => readClipboard(page)).toBe(`${baseURL}${answerPath(lang)}#${id}`);
      }
    });

    test('copy as text gives the question, short answer, numbered steps and link', async ({ page, baseURL }) => {
      await page.goto(answerPath(lang));
      const title = (await page.locator('h1').textContent())?.trim();
      const summary = (await page.locator('.short-answer p').textContent())?.trim();
      const steps = (await page.locator('.step h2').allTextContents()).map((step, index) => `${index + 1}. ${step.trim()}`);
      const linkLine = lang === 'zh' ? `详细步骤：${baseURL}${answerPath(lang)}` : `Full answer: ${baseURL}${answerPath(lang)}`;
      await page.locator('[data-share-action="copy-text"]').click();
      await expect(page.locator('[data-share-status]')).toHaveText(copied[lang].text);
      expect(await readClipboard(page)).toBe(`${title}\n${summary}\n\n${steps.join('\n')}\n\n${linkLine}`);
    });
  });
}

test('without the Clipboard API, the link is offered selected in a dialog instead', async ({ page, baseURL }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
  await page.goto(answerPath('zh'));
  await page.locator('.step [data-share-action="copy-link"]').first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  const field = dialog.locator('textarea');
  const id = await page.locator('.step h2').first().getAttribute('id');
  await expect(field).toHaveValue(`${baseURL}${answerPath('zh')}#${id}`);
  await expect(field).toBeFocused();
  expect(await field.evaluate((el: HTMLTextAreaElement) => el.selectionEnd - el.selectionStart)).toBe(await field.evaluate((el: HTMLTextAreaElement) => el.value.length));
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the QR code of a step decodes to that step’s link', async ({ page, baseURL }) => {
  await page.goto(answerPath('en'));
  const qrRequests: string[] = [];
  page.on('request', (request) => request.url().includes('/qr.') && qrRequests.push(request.url()));
  expect(qrRequests).toEqual([]);
  const button = page.locator('.step [data-share-action="qr"]').nth(2);
  const id = await button.getAttribute('data-share-anchor');
  await button.click();
  const svg = page.getByRole('dialog').locator('svg[role=img]');
  await expect(svg).toBeVisible();
  expect(qrRequests).toHaveLength(1);
  // Rasterise the code's own path (as a phone camera would see it) and decode it here, in Node.
  const scale = 5;
  const { width, pixels } = await svg.evaluate((element, k) => {
    const size = Number(element.getAttribute('viewBox')?.split(' ')[2]);
    const canvas = Object.assign(document.createElement('canvas'), { width: size * k, height: size * k });
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.scale(k, k);
    context.fillStyle = '#000';
    context.fill(new Path2D(element.querySelector('path')?.getAttribute('d') ?? ''));
    return { width: canvas.width, pixels: Array.from(context.getImageData(0, 0, canvas.width, canvas.height).data) };
  }, scale);
  const decoded = jsQR(Uint8ClampedArray.from(pixels), width, width)?.data;
  expect(decoded).toBe(`${baseURL}${answerPath('en')}#${id}`);
});

test('share controls work from the keyboard with a visible focus ring', async ({ page, baseURL }) => {
  await page.goto(answerPath('en'));
  const button = page.locator('.share-bar [data-share-action="copy-link"]');
  await button.focus();
  expect(await button.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  await page.keyboard.press('Enter');
  await expect.poll(() => readClipboard(page)).toBe(`${baseURL}${answerPath('en')}`);
});

test('a step inside collapsed content is opened when its link is followed', async ({ page }) => {
  await page.goto(answerPath('zh'));
  // Wrap a step in a closed <details>, as long answers may do, then follow a link to it.
  await page.evaluate(() => {
    const step = document.getElementById('call-pos-provider')!.closest('.step')!;
    const details = document.createElement('details');
    details.append(Object.assign(document.createElement('summary'), { textContent: 'more' }));
    step.replaceWith(details);
    details.append(step);
    location.hash = 'call-pos-provider';
  });
  await expect(page.locator('details')).toHaveAttribute('open', '');
  await expect(page.locator('#call-pos-provider')).toBeInViewport();
});

test('the answer page does not shift while its controls load', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(answerPath('zh'));
  await page.waitForLoadState('networkidle');
  const shifts = await page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const found: string[] = [];
        type Shift = PerformanceEntry & { value: number; sources: { node?: Node | null }[] };
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Shift[]) {
            const nodes = entry.sources.map((source) => (source.node instanceof Element ? `${source.node.tagName}.${source.node.className}` : String(source.node?.nodeName)));
            found.push(`${entry.value.toFixed(4)} at ${entry.startTime.toFixed(0)} ms: ${nodes.join(', ')}`);
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(found), 300);
      }),
  );
  expect(shifts).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('share controls are absent and the answer still reads', async ({ page }) => {
    await page.goto(answerPath('en'));
    await expect(page.locator('.share-bar')).toBeHidden();
    await expect(page.locator('.step .tools').first()).toBeHidden();
    await expect(page.locator('.step h2').first()).toBeVisible();
  });
});
