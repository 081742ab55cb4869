import type { SearchData } from './data';
import type { PagefindApi, PagefindResult } from './types';
import type { QueryUnit } from './tokens';
import { hasHan } from './normalise';

/** Pages found for each term of the query's units, and for each pair of neighbouring units. */
export interface Retrieval {
  termPages: Map<string, Set<string>>;
  pairPages: Set<string>[];
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * The Pagefind query for one term. Pagefind ANDs the words of a query without caring where they
 * are, so a term of several words (刷|不了, sign in) is sent as a quoted phrase.
 */
export function pagefindQuery(term: string, lang: 'zh' | 'en'): string {
  const several = lang === 'en' || !hasHan(term) ? term.includes(' ') : [...segmenter.segment(term)].filter((s) => s.isWordLike).length > 1;
  return several ? `"${term}"` : term;
}

/** Remembers each Pagefind query's pages for the session: typing 刷不了卡 reuses what 刷不了 found. */
export class TermCache {
  #seen = new Map<string, Promise<Set<string>>>();
  constructor(private readonly pagefind: () => Promise<PagefindApi>) {}

  /** Starts loading what a search will need while the visitor is still typing; never fails. */
  preload(query: string): void {
    if (!this.#seen.has(query)) void this.pagefind().then((pagefind) => pagefind.preload(query)).catch(() => undefined);
  }

  pages(query: string): Promise<Set<string>> {
    let found = this.#seen.get(query);
    if (!found) {
      found = this.pagefind()
        .then((pagefind) => pagefind.search(query))
        .then((response) => new Set(response.results.map((result: PagefindResult) => result.id)));
      this.#seen.set(query, found);
      found.catch(() => this.#seen.delete(query));
    }
    return found;
  }
}

/** Lexicon word → the ids of the pages that hold it, from the build's postings. */
export function lexiconPages(data: SearchData): Map<string, Set<string>> {
  const pages = new Map<string, Set<string>>();
  data.groups.forEach((words, g) => words.forEach((word, k) => pages.set(word, new Set((data.postings[g]?.[k] ?? []).map((i) => data.pages[i]?.id ?? '')))));
  return pages;
}

/**
 * Any-word retrieval: each term on its own. Lexicon words were looked up at build time in the
 * same indexed text; every other word, and each pair of neighbouring words as a phrase, is a
 * Pagefind search, so a query costs a Pagefind search per word the lexicon does not know.
 */
export async function retrieve(cache: TermCache, known: Map<string, Set<string>>, units: readonly QueryUnit[], lang: 'zh' | 'en'): Promise<Retrieval> {
  const terms = [...new Set(units.flatMap((unit) => unit.terms))];
  const pairs = units.slice(1).map((unit, i) => {
    const before = units[i]!;
    return unit.position === before.position + 1 ? `"${before.word}${lang === 'zh' ? '' : ' '}${unit.word}"` : undefined;
  });
  const [termSets, pairPages] = await Promise.all([
    Promise.all(terms.map((term) => known.get(term) ?? cache.pages(pagefindQuery(term, lang)))),
    Promise.all(pairs.map((pair) => (pair ? cache.pages(pair) : new Set<string>()))),
  ]);
  return { termPages: new Map(terms.map((term, i) => [term, termSets[i]!])), pairPages };
}
