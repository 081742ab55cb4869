import { fromShipped, type SearchPage, type ShippedSearchData } from './data';
import { excerpt } from './excerpt';
import { messagePages, questionKind } from './kinds';
import { inView, keepInView, namedPages, oneCodePerMessage } from './inView';
import { pageTexts, rankPages, type PageText, type Ranked } from './rank';
import { weighUnits, type WeightedUnit } from './weigh';
import { loadFragment, type Fragment } from './fragments';
import { fetchGzipped } from './gzipped';
import { lexiconPages, retrieve, TermCache, type Retrieval } from './retrieve';
import { pagefindStarter } from './pagefind';
import { pageParts, type PagePart } from './sections';
import { pickPart } from './steps';
import { subjectFirst } from './subject';
import { normaliseQuery, queryUnits, splitUnit, vocabulary, type QueryUnit, type Vocabulary } from './tokens';
import type { NumberReading } from './numbers';
import { withNumbers } from './numberLoad';
import type { SearchHit, SearchOutcome } from './types';

export interface Engine {
  lang: 'zh' | 'en';
  base: string;
  vocab: Vocabulary;
  texts: PageText[];
  known: Map<string, Set<string>>;
  cache: TermCache;
  /** Fetches this language's number reading (numbers.ts); numberLoad.ts calls it for the first query with a number. */
  loadNumbers: () => Promise<NumberReading>;
}

let loading: Promise<Engine> | undefined;

/** This page's engine, loaded once, on demand; a failed load is tried again by the next query. */
export function loadEngine(base: string, lang: 'zh' | 'en'): Promise<Engine> {
  loading ??= createEngine(base, lang);
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/**
 * Loads this language's search data and starts loading Pagefind beside it: a query made only of
 * lexicon words is answered without waiting for Pagefind.
 */
async function createEngine(base: string, lang: 'zh' | 'en'): Promise<Engine> {
  // Pagefind is asked for first; it reads the data's shard list only after init(), by when it is set.
  const startPagefind = pagefindStarter(base, async () => (await data).shards);
  void startPagefind().catch(() => undefined);
  const data = fetchGzipped(`${base}pagefind/help-${lang}.bin`, `search data help-${lang}.bin`).then((text) => fromShipped(JSON.parse(text) as ShippedSearchData, lang));
  // Chinese reads its queries with code of its own, fetched beside the data.
  const reading = lang === 'zh' ? import('./chinese').then(({ chinese }) => chinese) : undefined;
  // Awaited only once the data is in: a failed import must not go unhandled in the meantime.
  void reading?.catch(() => undefined);
  const loaded = await data;
  const vocab = reading ? vocabulary(lang, loaded, await reading) : vocabulary('en', loaded);
  return { lang, base, vocab, texts: pageTexts(loaded, lang), known: lexiconPages(loaded), cache: new TermCache(startPagefind), loadNumbers: () => loadNumberReading(lang) };
}

/**
 * This language's number reading (numbers.ts). The browser fetches a module once: the results page
 * asks for it beside the engine when its `?q=` has a number, and the engine's request then finds it.
 * One import() each: a choice inside one call has the bundler preload both languages' chunks.
 */
export function loadNumberReading(lang: 'zh' | 'en'): Promise<NumberReading> {
  return lang === 'zh' ? import('./numbersZh').then(({ reading }) => reading) : import('./numbersEn').then(({ reading }) => reading);
}

/** A fragment cut into its parts once: later queries reuse the parts and their prepared text. */
const partsOf = new WeakMap<Fragment, PagePart[]>();

function fragmentParts(fragment: Fragment, page: SearchPage): PagePart[] {
  let parts = partsOf.get(fragment);
  if (!parts) {
    parts = pageParts(fragment.content, page.steps, page.title);
    partsOf.set(fragment, parts);
  }
  return parts;
}

async function toHit(engine: Engine, ranked: Ranked, units: WeightedUnit[], withText: boolean): Promise<SearchHit> {
  const { page } = ranked;
  const link = (step: string | undefined) => `${engine.base}${page.url.slice(1)}${step ? `#${step}` : ''}`;
  if (!withText) {
    const heading = page.steps.find(([id]) => id === ranked.step)?.[1];
    return { url: link(ranked.step), title: page.title, stepTitle: heading, excerpt: [] };
  }
  const fragment = await loadFragment(engine.base, page.id);
  const local = units.map((u) => ({ ...u, target: u.target?.startsWith(`${page.id}#`) ? u.target : undefined }));
  const part = pickPart(fragmentParts(fragment, page), local, engine.lang);
  const parts = excerpt(part.text, local.map(({ unit, weight }) => ({ terms: unit.terms, weight })), engine.lang, engine.vocab.chinese?.oneCharWords);
  return { url: link(part.id), title: page.title, stepTitle: part.id ? part.heading : undefined, excerpt: parts };
}

/**
 * A word taken for a misspelling that pages hold as typed, where its correction is not (apple,
 * not apply), is a word of its own. Pagefind's stemming finds contactles where contactless is:
 * that one stays corrected.
 */
function asTyped(units: readonly QueryUnit[], retrieval: Retrieval): QueryUnit[] {
  const own = (word: string, fixed: string) => [...(retrieval.termPages.get(word) ?? [])].some((page) => !retrieval.termPages.get(fixed)?.has(page));
  return units.map(({ fixed, ...unit }) => (fixed === undefined ? unit : own(unit.word, fixed) ? { ...unit, terms: [unit.word], group: undefined } : { ...unit, fixed }));
}

/**
 * Units whose words Pagefind found nowhere, re-joined from pieces, are searched as those pieces;
 * a "misspelt" word Pagefind found as typed keeps its own meaning.
 */
async function retrieveAll(engine: Engine, found: QueryUnit[]): Promise<{ units: QueryUnit[]; retrieval: Retrieval }> {
  const first = await retrieve(engine.cache, engine.known, found, engine.lang);
  const units = asTyped(found, first);
  const targets = engine.vocab.data.targets;
  const lost = (unit: QueryUnit) => unit.pieces.length > 1 && !unit.code && !(unit.group !== undefined && unit.group in targets) && unit.terms.every((term) => (first.termPages.get(term)?.size ?? 0) === 0);
  if (!units.some(lost)) return { units, retrieval: first };
  const expanded = units.flatMap((unit) => (lost(unit) ? splitUnit(unit, engine.vocab) : [unit]));
  return { units: expanded, retrieval: await retrieve(engine.cache, engine.known, expanded, engine.lang) };
}

/** Fewer results than this, and a query of joined words is searched again by its pieces to fill the list. */
const fewest = 3;

/**
 * A few results for a word the pages rarely hold whole (钱没到账 on two pages): its pieces the
 * lexicon knows (钱, 到账) find the pages around it, listed after the ones that hold it. Only
 * those pieces: the build looked them up, so widening costs no download.
 */
async function widened(engine: Engine, units: QueryUnit[], question: ReturnType<typeof questionKind>, found: readonly Ranked[]): Promise<Ranked[]> {
  const known = (unit: QueryUnit) => unit.terms.every((term) => engine.known.has(term));
  const pieces = units.flatMap((unit) => (unit.pieces.length > 1 ? splitUnit(unit, engine.vocab).filter(known) : [unit]));
  const retrieval = await retrieve(engine.cache, engine.known, pieces, engine.lang);
  const seen = new Set(found.map((r) => r.page.id));
  return rankPages(weighUnits(pieces, retrieval, engine.vocab.data), retrieval, engine.texts, engine.vocab.data, question).filter((r) => !seen.has(r.page.id));
}

/** One path for every query, the header's list and the results page alike. */
export async function runSearch(engine: Engine, query: string, limit: number): Promise<SearchOutcome> {
  await withNumbers(engine, query);
  const found = queryUnits(query, engine.vocab);
  if (found.length === 0) return { query, hits: [], related: false };
  const { units, retrieval } = await retrieveAll(engine, found);
  const weighted = weighUnits(units, retrieval, engine.vocab.data);
  const plain = normaliseQuery(query, engine.vocab);
  const question = questionKind(plain, engine.lang);
  const named = messagePages(plain, units, engine.vocab);
  const scored = subjectFirst(plain, rankPages(weighted, retrieval, engine.texts, engine.vocab.data, question, named), weighted, engine.texts, engine.vocab.data);
  const ranked = keepInView(oneCodePerMessage(scored, named), namedPages(plain, weighted, engine.texts, named, engine.vocab.data.also)).slice(0, limit);
  if (ranked.length < fewest && units.some((unit) => unit.pieces.length > 1)) ranked.push(...(await widened(engine, units, question, ranked)).slice(0, limit - ranked.length));
  // Results past the first three are listed by title and step heading only: no fragment is fetched for them.
  const hits = await Promise.all(ranked.map((r, i) => toHit(engine, r, weighted, i < inView)));
  return { query, hits, related: hits.length > 0 && (ranked[0]?.coverage ?? 0) < 0.5 };
}
