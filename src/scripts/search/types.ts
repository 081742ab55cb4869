import type { ExcerptPart } from './excerpt';
import type { Anchor } from './sections';

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
