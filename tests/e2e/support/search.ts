import type { Page } from '@playwright/test';
import type { SearchCase } from '../../fixtures/search-queries';
import { followPointer } from './pointers.ts';

export interface PageHit {
  url: string;
}

/** Types a query into the search page's box, the way a visitor does, and reads the results. */
export async function searchOnPage(page: Page, query: string): Promise<{ hits: PageHit[]; related: boolean; summary: string }> {
  await page.locator('#search-page-input').fill(query);
  await page.waitForFunction((q) => document.querySelector<HTMLElement>('[data-search-results]')?.dataset['query'] === q, query);
  const hits = await page.locator('[data-search-results] a.hit').evaluateAll((links) =>
    links.map((link) => {
      const url = new URL((link as HTMLAnchorElement).href);
      return { url: url.pathname + url.hash };
    }),
  );
  const summary = (await page.locator('[data-search-summary]').textContent()) ?? '';
  const related = (await page.locator('[data-search-results]').getAttribute('data-related')) === 'true';
  return { hits, related, summary };
}

/** Where a case's answer sits in the hits (0-based), and whether the first such hit opens the right step. */
export function judge(lang: string, mapped: SearchCase, hits: readonly PageHit[]): { rank: number; stepRight: boolean } {
  const expected = followPointer(lang, mapped);
  const path = `/${lang}/${expected.answer}/`;
  const rank = hits.findIndex((hit) => hit.url.split('#')[0] === path);
  const hit = hits[rank];
  const stepRight = expected.step === undefined || hit?.url.endsWith(`#${expected.step}`) === true;
  return { rank, stepRight };
}
