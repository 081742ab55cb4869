import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './support/site';

/** The `/*` block of the deployed `_headers` file: what every response must carry. */
function deployedHeaders(): Record<string, string> {
  const file = readFileSync(join(import.meta.dirname, '../../dist/_headers'), 'utf8');
  const block = file.split(/\n(?=\S)/).find((section) => section.startsWith('/*\n')) ?? '';
  return Object.fromEntries(
    block.split('\n').slice(1).filter(Boolean).map((line) => {
      const [name = '', ...value] = line.trim().split(': ');
      return [name.toLowerCase(), value.join(': ')];
    }),
  );
}

/** Records CSP violations from the first script on, so none slips by before a listener exists. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

test('the preview server sends the same security headers as the deploy configuration', async ({ request }) => {
  const expected = deployedHeaders();
  expect(expected['content-security-policy']).toBe("frame-ancestors 'none'");
  for (const path of ['/', '/zh/', '/en/failed-swipes/cant-swipe-after-upgrade/', '/pagefind/pagefind-worker.js']) {
    const headers = (await request.get(path)).headers();
    for (const [name, value] of Object.entries(expected)) expect(headers[name], `${path} ${name}`).toBe(value);
  }
});

test('each page carries its own policy, hashes only, before anything it governs', async ({ request }) => {
  for (const path of ['/', '/zh/', '/en/failed-swipes/cant-swipe-after-upgrade/', '/zh/search/', '/en/codes/55/']) {
    const html = await (await request.get(path)).text();
    const head = /^<!DOCTYPE html><html[^>]*><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
    expect(head, path).not.toBeNull();
    const policy = head?.[1] ?? '';
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).not.toContain('unsafe-inline');
    // The inlined stylesheet is allowed by its hash, and only by hash.
    expect(policy).toMatch(/style-src 'self' 'sha256-[^']+'/);
  }
});

test('searching, sharing and switching language run under the CSP with no violation or request elsewhere', async ({ page, baseURL }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const errors = watchErrors(page);
  const violations = await watchViolations(page);
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(baseURL ?? '') && !request.url().startsWith('data:')) foreign.push(request.url());
  });

  await page.goto('/zh/');
  await page.locator('#home-search-input').fill('刷不了');
  await page.getByRole('option').first().waitFor();
  await page.goto('/zh/search/?q=钱没到账');
  await page.locator('[data-search-results][data-query]').waitFor();
  expect(await violations()).toEqual([]);

  await page.goto('/zh/failed-swipes/cant-swipe-after-upgrade/#check-network');
  await page.locator('.share-bar [data-share-action="copy-text"]').click();
  await page.locator('.step [data-share-action="qr"]').first().click();
  await page.getByRole('dialog').locator('svg').waitFor();
  await page.keyboard.press('Escape');
  await page.locator('[data-language-switch]').click();
  await expect(page).toHaveURL(/\/en\/.*#check-network$/);
  expect(await violations()).toEqual([]);
  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
});
