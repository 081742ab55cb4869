/**
 * What the build ships to the browser for search, per language (`pagefind/help-<lang>.bin`, the JSON gzipped):
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
  /** The answer pages in reading order (section, then question), then the others. */
  pages: SearchPage[];
  /** Lexicon groups, each a list of normalised words. */
  groups: string[][];
  /** For each lexicon word (same shape as `groups`), the indexes in `pages` of the pages whose text holds it. */
  postings: number[][][];
  /** Indexes of the groups that ask what kind of answer (why, when, where) rather than name a subject. */
  asks: number[];
  /** Indexes of the groups that name the site's subject itself (the terminal, the upgrade): a query of only these asks about it as a whole. */
  topics?: number[];
  /** Indexes of the groups (each with a target) whose word says what the whole question is about. */
  frames?: number[];
  /** A `both` group's index → the two groups a question must say, anywhere, to be about its target. */
  pairs?: Record<number, [number, number]>;
  /** Indexes of the `both` groups that do not hold when either word only sets the scene (升级后…收费). */
  unlessScene?: number[];
  /** Indexes of the `both` groups that hold only when the first group's word comes first (为什么…升级). */
  ordered?: number[];
  /** `both` group index → the groups whose words keep it from holding (读卡失败…磁条 with 所有卡: every card fails, not one). */
  unless?: Record<number, number[]>;
  /** `both` group index → the only groups whose words may stand beside it (为啥…升级 with ic卡, not with 押金); no code either. */
  onlyWith?: Record<number, number[]>;
  /** `both` group index → this language's words in no group that may stand beside it too (好好, fine). */
  plainWords?: Record<number, string[]>;
  /** Group index → [page id, step id] it sends its words to. */
  targets: Record<number, [string, string]>;
  /** Group index → the id of a second page that answers its words too (lexicon `also`): kept in view. */
  also?: Record<number, string>;
  /** Chinese words our headings repeat that the segmenter splits (商户号); lexicon words are added in the browser. */
  joins: string[];
  /** Words that carry no meaning for search in this language (src/lib/fillerWords.ts). */
  fillers: string[];
  /** Response code (lower case, as in its URL) → its page's id. Derived from the URLs, not shipped. */
  codes: Record<string, string>;
  /** Response code → the screen lines it names beside its label (normalised; lines three or more codes print are left out). */
  messages?: Record<string, string[]>;
  /** Chinese: how queries miswrite or say our words, as [pattern, replacement] (src/lib/chineseVariants.ts). */
  variants?: [source: string, to: string][];
  /** A large site's further Pagefind bundles for this language, under pagefind/ (`zh-2/`); absent with one. */
  shards?: string[];
}

/**
 * What help-<lang>.bin holds: everything the engine reads except what it can derive, with each
 * group's postings packed into one string (see packPostings).
 */
export type ShippedSearchData = Omit<SearchData, 'codes' | 'postings' | 'pages' | 'targets' | 'also' | 'fillers'> & {
  postings: string[];
  /** The fillers joined by commas, which no normalised word holds; absent from a file cached before they were shipped. */
  fillers?: string;
  pages: ShippedPage[];
  /** Group index → [index in `pages`, index in its `steps`]: a page's random id written once, not once per target, and no step id twice (a file cached from before holds the step's id). */
  targets: Record<number, [page: number, step: number | string]>;
  /** Group index → index in `pages` of its second answer. */
  also?: Record<number, number>;
};

/** A response code's page as shipped, [id, title]: its URL follows from the code its title starts with (55 密码错误), and it has no steps. */
type ShippedPage = SearchPage | [id: string, title: string];

const codeUrlOf = (title: string, lang: string) => `/${lang}/codes/${/^[0-9a-z]{1,3}/i.exec(title)?.[0].toLowerCase() ?? ''}/`;

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

/** Page indexes start at this character, past the comma that separates the lists. */
const firstIndexChar = 48;

/**
 * A group's posting lists as one string: each list's page indexes as the gaps between them, one
 * character each (0 is "0"), lists separated by commas. As JSON arrays of numbers they cost the
 * first query 0.4 KB more.
 * @example packPostings([[2, 6, 8], [], [6]]) // '242,,6'
 */
export function packPostings(lists: readonly (readonly number[])[]): string {
  return lists.map((list) => list.map((index, i) => String.fromCodePoint(firstIndexChar + index - (list[i - 1] ?? 0))).join('')).join(',');
}

export function unpackPostings(packed: string): number[][] {
  return packed.split(',').map((list) => {
    let index = 0;
    return [...list].map((char) => (index += char.codePointAt(0)! - firstIndexChar));
  });
}

/**
 * The data as the engine reads it: code pages' URLs from their titles (0.9 KB), the response-code
 * map from the URLs (shipped, 0.7 KB), postings unpacked, targets' pages by id.
 */
export function fromShipped(shipped: ShippedSearchData, lang: string): SearchData {
  const pages = shipped.pages.map((page): SearchPage => (Array.isArray(page) ? { id: page[0], url: codeUrlOf(page[1], lang), title: page[1], steps: [] } : page));
  // A group with no words of this language (a `both` group) has no lists, not one empty list.
  const postings = shipped.postings.map((packed, g) => (shipped.groups[g]?.length ? unpackPostings(packed) : []));
  const targets: SearchData['targets'] = Object.fromEntries(Object.entries(shipped.targets).map(([group, [page, step]]) => [group, [pages[page]!.id, typeof step === 'string' ? step : (pages[page]!.steps[step]?.[0] ?? '')] as [string, string]]));
  const { also: alsoAt, ...rest } = shipped;
  const also = alsoAt && Object.fromEntries(Object.entries(alsoAt).map(([group, page]) => [group, pages[page]!.id]));
  return { ...rest, pages, postings, targets, ...(also ? { also } : {}), fillers: shipped.fillers?.split(',') ?? [], codes: codePages(pages) };
}

/** The data as written to help-<lang>.bin. */
export function toShipped({ codes: _derived, postings, pages, targets, also, fillers, ...shipped }: SearchData, lang: string): ShippedSearchData {
  const short = (page: SearchPage): ShippedPage => (page.steps.length === 0 && page.url === codeUrlOf(page.title, lang) ? [page.id, page.title] : page);
  const at = new Map(pages.map((page, index) => [page.id, index]));
  const stepAt = (group: string, id: string, step: string) => {
    const index = pages[at.get(id)!]!.steps.findIndex(([stepId]) => stepId === step);
    if (index < 0) throw new Error(`search data: lexicon group ${group} targets step "${step}", which ${pages[at.get(id)!]!.url} has no heading for`);
    return index;
  };
  const indexed: ShippedSearchData['targets'] = Object.fromEntries(Object.entries(targets).map(([group, [id, step]]) => [group, [at.get(id)!, stepAt(group, id, step)] as [number, number]]));
  const alsoAt = also && Object.fromEntries(Object.entries(also).map(([group, id]) => [group, at.get(id)!]));
  return { ...shipped, pages: pages.map(short), postings: postings.map(packPostings), targets: indexed, ...(alsoAt ? { also: alsoAt } : {}), fillers: fillers.join(',') };
}
