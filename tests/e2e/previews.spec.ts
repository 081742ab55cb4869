import { expect, test } from '@playwright/test';
import { builtPages } from './support/site';
import { isSectionId } from '../../src/lib/sections';

const answers = builtPages().filter((path) => path.split('/').filter(Boolean).length === 3);
// Section pages by their id, not their shape: /zh/search/ and /zh/glossary/ sit at the same depth.
const sections = builtPages().filter((path) => /^\/(zh|en)\/[^/]+\/$/.test(path) && isSectionId(path.split('/')[2]));

type Ld = { '@type': string; mainEntity?: { name: string; acceptedAnswer: { text: string } }[]; itemListElement?: { position: number; name: string; item: string }[] };

async function structuredData(page: import('@playwright/test').Page): Promise<Ld[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((block) => JSON.parse(block) as Ld);
}

test('every answer page has FAQPage and BreadcrumbList data matching what it shows', async ({ page }) => {
  expect(answers.length).toBeGreaterThanOrEqual(20);
  for (const path of answers) {
    await page.goto(path);
    const [faq, breadcrumbs] = await structuredData(page);
    const title = (await page.locator('h1').textContent())?.trim();
    const summary = (await page.locator('.short-answer p').textContent())?.trim();
    expect(faq?.['@type'], path).toBe('FAQPage');
    expect(faq?.mainEntity, path).toEqual([{ '@type': 'Question', name: title, acceptedAnswer: { '@type': 'Answer', text: summary } }]);
    expect(breadcrumbs?.['@type'], path).toBe('BreadcrumbList');
    const crumbs = await page.locator('.breadcrumbs a').evaluateAll((links) => links.map((a) => ({ name: a.textContent?.trim(), url: (a as HTMLAnchorElement).pathname })));
    const listed = breadcrumbs?.itemListElement ?? [];
    expect(listed.map((item) => item.name), path).toEqual([...crumbs.map((c) => c.name), title]);
    expect(listed.map((item) => new URL(item.item).pathname), path).toEqual([...crumbs.map((c) => c.url), path]);
    expect(listed.map((item) => item.position)).toEqual([1, 2, 3]);
  }
});

test('every section page lists its visible questions and short answers as FAQPage data', async ({ page }) => {
  expect(sections.length).toBe(6);
  for (const path of sections) {
    await page.goto(path);
    const [faq] = await structuredData(page);
    const visible = await page.locator('.question-list li').evaluateAll((items) =>
      items.map((li) => ({ name: li.querySelector('a')?.textContent?.trim(), text: li.querySelector('p')?.textContent?.trim() })),
    );
    expect(faq?.mainEntity?.map((q) => ({ name: q.name, text: q.acceptedAnswer.text })), path).toEqual(visible);
  }
});

test('link previews: Open Graph and Twitter tags carry the question, short answer and a per-language image', async ({ page, request }) => {
  for (const [path, locale, alternate] of [
    ['/zh/settlement/settlement-delays/', 'zh_CN', 'en_US'],
    ['/en/settlement/settlement-delays/', 'en_US', 'zh_CN'],
  ] as const) {
    await page.goto(path);
    const meta = (key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');
    expect(await meta('og:title')).toBe((await page.locator('h1').textContent())?.trim());
    expect(await meta('og:description')).toBe((await page.locator('.short-answer p').textContent())?.trim());
    expect(await meta('twitter:title')).toBe(await meta('og:title'));
    expect(await meta('twitter:card')).toBe('summary_large_image');
    expect(await meta('og:type')).toBe('article');
    expect(await meta('og:locale')).toBe(locale);
    expect(await meta('og:locale:alternate')).toBe(alternate);
    expect(new URL((await meta('og:url')) ?? '').pathname).toBe(path);
    const image = new URL((await meta('og:image')) ?? '');
    expect(image.pathname).toBe(`/og/${path.slice(1, 3)}.jpg`);
    const response = await request.get(image.pathname);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('image/jpeg');
  }
});

test('an answer prints on A4 with its address and without navigation or buttons', async ({ page }, testInfo) => {
  await page.goto('/zh/failed-swipes/cant-swipe-after-upgrade/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.share-bar')).toBeHidden();
  await expect(page.locator('.step .tools').first()).toBeHidden();
  await expect(page.locator('.pager')).toBeHidden();
  await expect(page.locator('.print-url')).toBeVisible();
  await expect(page.locator('.print-url')).toHaveText(/^https?:\/\/.+\/zh\/failed-swipes\/cant-swipe-after-upgrade\/$/);
  await testInfo.attach('print-zh.png', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  await testInfo.attach('print-zh.pdf', { body: pdf, contentType: 'application/pdf' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});
