import type { ExcerptPart } from './excerpt';
import type { Anchor } from './sections';
import type { QueryUnit, Vocabulary } from './tokens';

/** The parts of Pagefind 1.6's browser API that the site uses. */
export interface PagefindResultData {
  url: string;
  content: string;
  meta: { title?: string };
  anchors: Anchor[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}

export interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string) => Promise<{ results: PagefindResult[] }>;
  /** Loads the index chunks a search for `term` needs, without searching. */
  preload: (term: string) => Promise<void>;
  /** Adds another bundle's index to every later search (src/scripts/search/shards.ts). */
  mergeIndex: (bundlePath: string) => Promise<void>;
}

/** One result as the site shows it: the question, the step it links into, an excerpt. */
export interface SearchHit {
  url: string;
  title: string;
  stepTitle: string | undefined;
  /** Visible text of that step with the matched words marked; empty past the first few results. */
  excerpt: ExcerptPart[];
}

export interface SearchOutcome {
  query: string;
  hits: SearchHit[];
  /** True when even the best result covers less than half of what the query asks. */
  related: boolean;
}

/** What reading a Chinese query takes beyond the English engine's code: chinese.ts. */
export interface ChineseReading {
  /** Codes said aloud (显示五十五) as digits. */
  spokenCodes: (text: string) => string;
  /** The query's words, each as the segmenter's pieces it was re-joined from. */
  words: (text: string, vocab: Vocabulary) => string[][];
  /** Words with only fillers between them that make one lexicon word (钱一直没到 → 钱没到). */
  acrossFillers: (units: QueryUnit[], joinable: (from: number, to: number) => boolean, vocab: Vocabulary) => QueryUnit[];
  /** Where a text has a one-character word of its own (excerpts mark a one-character term only there). */
  oneCharWords: (text: string) => Set<number>;
}
