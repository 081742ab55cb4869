/** The parts of Pagefind 1.6's browser API that the site uses. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  anchor?: { id?: string; element: string };
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  locations: number[];
  meta: { title?: string };
  sub_results: PagefindSubResult[];
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
  preload: (query: string) => Promise<void>;
}

/** One result as the site shows it: the question, the step it links into, an excerpt. */
export interface SearchHit {
  url: string;
  title: string;
  stepTitle: string | undefined;
  excerpt: string;
}

export interface SearchOutcome {
  query: string;
  hits: SearchHit[];
  /** True when the exact query found nothing and these come from the looser fallback. */
  related: boolean;
}
