/**
 * What the build ships to the browser for search, per language (`pagefind/help-<lang>.json`):
 * the pages' titles and step headings (for title and heading weight without fetching a
 * fragment), the lexicon's groups for this language, the words to re-join after segmenting,
 * and the response-code pages. Written by src/lib/searchData.ts, read by the engine.
 */
export interface SearchPage {
  /** Pagefind's id for the page (its fragment's name). */
  id: string;
  /** Site-relative URL, without the base path: `/zh/failed-swipes/which-cards-fail/`. */
  url: string;
  title: string;
  /** Step anchors and headings, in page order. */
  steps: [id: string, heading: string][];
}

export interface SearchData {
  pages: SearchPage[];
  /** Lexicon groups, each a list of normalised words. */
  groups: string[][];
  /** For each lexicon word (same shape as `groups`), the indexes in `pages` of the pages whose text holds it. */
  postings: number[][][];
  /** Indexes of the groups that ask what kind of answer (why, when, where) rather than name a subject. */
  asks: number[];
  /** Indexes of the groups (each with a target) whose word says what the whole question is about. */
  frames?: number[];
  /** A `both` group's index → the two groups a question must say, anywhere, to be about its target. */
  pairs?: Record<number, [number, number]>;
  /** Group index → [page id, step id] it sends its words to. */
  targets: Record<number, [string, string]>;
  /** Chinese words our headings repeat that the segmenter splits (商户号); lexicon words are added in the browser. */
  joins: string[];
  /** Response code (lower case, as in its URL) → its page's id. Derived from the URLs, not shipped. */
  codes: Record<string, string>;
  /** Response code → the screen lines it names beside its label (normalised; lines three or more codes print are left out). */
  messages?: Record<string, string[]>;
  /** A large site's further Pagefind bundles for this language, under pagefind/ (`zh-2/`); absent with one. */
  shards?: string[];
}

/** What help-<lang>.json holds: everything the engine reads except what it can derive. */
export type ShippedSearchData = Omit<SearchData, 'codes'>;

const codeUrl = /^\/[a-z]+\/codes\/([a-z0-9]{1,3})\/$/;

/** Response code → its page's id, read from the pages' URLs (`/zh/codes/55/`). */
export function codePages(pages: readonly SearchPage[]): Record<string, string> {
  const codes: Record<string, string> = {};
  for (const page of pages) {
    const slug = codeUrl.exec(page.url)?.[1];
    if (slug && slug !== 'about') codes[slug] = page.id;
  }
  return codes;
}

/** The data with its response-code pages: shipped as a map, they cost the first query 0.7 KB. */
export function withCodePages(shipped: ShippedSearchData): SearchData {
  return { ...shipped, codes: codePages(shipped.pages) };
}

/** The data as written to help-<lang>.json. */
export function toShipped({ codes: _derived, ...shipped }: SearchData): ShippedSearchData {
  return shipped;
}
