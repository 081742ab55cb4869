import type { Browser } from '@playwright/test';

/**
 * One cold first query, as a visitor makes it: a fresh browser context (nothing cached), the
 * home page's box, the query typed at once. Returns `help-search` (after the typing pause, results
 * rendered) and `help-search-work` (the search itself) in ms, and the paths the query fetched.
 */
export async function coldQuery(browser: Browser, url: string, lang: 'zh' | 'en', query: string): Promise<{ cold: number; work: number; fetched: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${url}/${lang}/`);
  await page.waitForLoadState('networkidle');
  const fetched = new Set<string>();
  context.on('requestfinished', (request) => void fetched.add(new URL(request.url()).pathname));
  await page.locator('#home-search-input').fill(query);
  await page.getByRole('option').first().waitFor();
  await page.waitForLoadState('networkidle');
  const [cold, work] = await page.evaluate(() => ['help-search', 'help-search-work'].map((name) => performance.getEntriesByName(name)[0]?.duration ?? Number.NaN));
  await context.close();
  return { cold: cold!, work: work!, fetched: [...fetched] };
}
