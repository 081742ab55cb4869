import type { SearchData } from './data';
import type { Retrieval } from './retrieve';
import type { QueryUnit } from './tokens';

/** Where a word counts most: in the question's title, then a step's heading, then anywhere. */
export const weights = { title: 3, heading: 2, body: 1, pair: 0.5, together: 0.25, synonym: 0.85, breadth: 0.15, asks: 0.5 } as const;

/** A query unit with what each of its terms weighs, and where its lexicon group points. */
export interface WeightedUnit {
  unit: QueryUnit;
  /** The weight of the unit: that of its rarest term found. */
  weight: number;
  terms: { term: string; weight: number }[];
  /** `pageId#step` the unit's lexicon group sends it to, if any. */
  target: string | undefined;
  /** Its lexicon group says what the whole question is about (`frames: true`): the target is the answer. */
  frames?: true;
}

/** Inverse document frequency: a word on few pages says more than one on every page. */
export function idf(found: number, total: number): number {
  return Math.log(1 + (total - found + 0.5) / (found + 0.5));
}

/**
 * Words of grammar alone, which the segmenter can glue into a chunk rare in our pages (都不能, 也没),
 * and a count with its measure word (一天, 三次, 两笔): how much or how often, not what about.
 */
const grammar = /^(?:[都也还就才再又不没别能会要可以行得了的是很太]+|[一二两三四五六七八九十几好]+[天次笔张个遍回下])$/;

/**
 * A unit weighs by the rarity of the word as typed (or, when the index lacks it, of its whole
 * group): a rare synonym must not make a common word count more. A word that asks what kind of
 * answer is wanted (为什么, 多久, 在哪, 多少钱: an `asks` group) weighs at most half the query's
 * heaviest other word: it must not outweigh the subject it asks about. Its terms share that weight,
 * a synonym a little less than the word itself. A unit with a lexicon target counts as found
 * on that page even when its words are not there. A word of grammar or a count (`grammar`) weighs
 * no more than a word a quarter of the pages hold.
 */
export function weighUnits(units: readonly QueryUnit[], retrieval: Pick<Retrieval, 'termPages'>, data: SearchData): WeightedUnit[] {
  const total = data.pages.length;
  const asks = (unit: QueryUnit) => unit.group !== undefined && data.asks.includes(unit.group);
  const weighed = units.map((unit) => {
    const pair = unit.group === undefined ? undefined : data.targets[unit.group];
    const target = pair ? `${pair[0]}#${pair[1]}` : undefined;
    // A misspelt word weighs as its correction: its own few stray hits must not make it rare.
    const own = retrieval.termPages.get(unit.fixed ?? unit.word)?.size ?? 0;
    const union = new Set(unit.terms.flatMap((term) => [...(retrieval.termPages.get(term) ?? [])])).size;
    const found = own > 0 ? own : union;
    const raw = found > 0 ? idf(found, total) : target || unit.code ? idf(1, total) : 0;
    return { unit, weight: unit.group === undefined && grammar.test(unit.word) ? Math.min(raw, idf(total / 4, total)) : raw, target };
  });
  const subject = Math.max(0, ...weighed.filter((w) => !asks(w.unit)).map((w) => w.weight));
  const frames = (unit: QueryUnit) => unit.group !== undefined && (data.frames ?? []).includes(unit.group);
  return weighed.map(({ unit, weight: raw, target }) => {
    const weight = asks(unit) ? weights.asks * (subject > 0 ? Math.min(raw, subject) : raw) : raw;
    const terms = unit.terms
      .filter((term) => (retrieval.termPages.get(term)?.size ?? 0) > 0)
      .map((term) => ({ term, weight: weight * (term === unit.word || term === unit.fixed ? 1 : weights.synonym) }));
    return { unit, weight, terms, target, ...(target && frames(unit) ? { frames: true as const } : {}) };
  });
}
