import type { SearchData, SearchPage } from './data';
import { referenceKind, referenceShare, type Question } from './kinds';
import { findSubject, findTerm, haystack, type Haystack } from './match';
import type { Retrieval } from './retrieve';
import type { QueryUnit } from './tokens';

/** Where a word counts most: in the question's title, then a step's heading, then anywhere. */
export const weights = { title: 3, heading: 2, body: 1, pair: 0.5, together: 0.25, synonym: 0.85, breadth: 0.15, asks: 0.5 } as const;

/** A page's title and step headings, prepared once per engine for matching. */
export interface PageText {
  page: SearchPage;
  lang: 'zh' | 'en';
  title: Haystack;
  headings: { id: string; hay: Haystack }[];
}

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

export interface Ranked {
  page: SearchPage;
  score: number;
  /** Share of the query's words the page holds, 0–1 (words found nowhere count as missing). */
  coverage: number;
  /** The step whose heading (or lexicon target) matches best, before any fragment is read. */
  step: string | undefined;
}

export function pageTexts(data: SearchData, lang: 'zh' | 'en'): PageText[] {
  return data.pages.map((page) => ({ page, lang, title: haystack(page.title, lang), headings: page.steps.map(([id, text]) => ({ id, hay: haystack(text, lang) })) }));
}

/** Inverse document frequency: a word on few pages says more than one on every page. */
export function idf(found: number, total: number): number {
  return Math.log(1 + (total - found + 0.5) / (found + 0.5));
}

/**
 * A unit weighs by the rarity of the word as typed (or, when the index lacks it, of its whole
 * group): a rare synonym must not make a common word count more. A word that asks what kind of
 * answer is wanted (为什么, 多久, 在哪, 多少钱: an `asks` group) weighs at most half the query's
 * heaviest other word: it must not outweigh the subject it asks about. Its terms share that weight,
 * a synonym a little less than the word itself. A unit with a lexicon target counts as found
 * on that page even when its words are not there.
 */
/**
 * Words of grammar alone, which the segmenter can glue into a chunk rare in our pages (都不能, 也没),
 * and a count with its measure word (一天, 三次, 两笔): how much or how often, not what about.
 */
const grammar = /^(?:[都也还就才再又不没别能会要可以行得了的是很太]+|[一二两三四五六七八九十几好]+[天次笔张个遍回下])$/;

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

/** What a word weighs in a page's title and in its step headings. */
type Places = Readonly<{ title: number; heading: number }>;
const answerPlaces: Places = { title: weights.title, heading: weights.heading };
const definitionPlaces: Places = { title: weights.heading, heading: weights.body };

/**
 * How strongly a unit points at a page: its best term by where it stands (`places`), plus a
 * little for each other term found. `headed` collects the step headings that hold the unit.
 */
function unitScore(w: WeightedUnit, text: PageText, retrieval: Pick<Retrieval, 'termPages'>, steps: Map<string, number>, places: Places, headed: Set<string>): number {
  const values: number[] = [];
  // A title or heading that only sets the scene with the word (升级后钱没到账) is not about it.
  const find = w.unit.scene ? findTerm : findSubject;
  for (const { term, weight } of w.terms) {
    const headings = text.headings.filter((h) => find(h.hay, term, text.lang).length > 0);
    for (const { id } of headings) {
      steps.set(id, (steps.get(id) ?? 0) + weight);
      headed.add(id);
    }
    const place = find(text.title, term, text.lang).length > 0 ? places.title : headings.length > 0 ? places.heading : retrieval.termPages.get(term)?.has(text.page.id) ? weights.body : 0;
    if (place > 0) values.push(weight * place);
  }
  if (w.target?.startsWith(`${text.page.id}#`)) {
    const step = w.target.slice(text.page.id.length + 1);
    steps.set(step, (steps.get(step) ?? 0) + w.weight * 2);
    values.push(w.weight * weights.heading);
  }
  if (values.length === 0) return 0;
  const best = Math.max(...values);
  return best + weights.breadth * best * Math.min(3, values.length - 1);
}

/**
 * Scores every page: for each query unit, its weight times where it stands (title 3, step
 * heading or lexicon target 2, body 1), plus half the weight of two neighbouring units found
 * together. A response code typed alone or in a sentence sends its own page first. Reference
 * pages (glossary, codes) count for a share of their score unless the `question` asks what
 * something means or how two things differ (the glossary), or the query names a code, by its
 * number or by a message (`messages`: page → the query's words that say it, see kinds.ts):
 * answers come first for a situation.
 */
export function rankPages(units: readonly WeightedUnit[], retrieval: Pick<Retrieval, 'termPages' | 'pairPages'>, texts: readonly PageText[], data: SearchData, question: Question = 'situation', messages: ReadonlyMap<string, ReadonlySet<string>> & { whole?: ReadonlySet<string> } = new Map()): Ranked[] {
  const full = { glossary: question === 'meaning', codes: units.some((w) => w.unit.code) };
  const total = units.reduce((sum, u) => sum + u.weight, 0);
  const heaviest = Math.max(0, ...units.map((u) => u.weight));
  const heaviestKnown = Math.max(0, ...units.filter((u) => u.unit.group !== undefined || u.unit.code).map((u) => u.weight));
  const ranked = texts.map((text) => {
    const steps = new Map<string, number>();
    const kind = referenceKind(text.page);
    const reference = kind !== undefined && !full[kind] && !messages.has(text.page.id);
    // A message naming one code, said by the query's heaviest word and not one the lexicon sends to
    // a step (请使用芯片), puts its page ahead by the query's whole weight: less than a code's number,
    // which sends it first, since a message can be a mere scene (显示交易成功，可是到账少了).
    const said = messages.get(text.page.id);
    const saidWeight = Math.max(0, ...units.map((w) => (said?.has(w.unit.word) ? w.weight : 0)));
    // A message said as written (余额不足) need only outweigh the query's lexicon words, not a scene
    // word (加油站); one pieced together word by word (联系 … 收单机构) must outweigh every word.
    const alone = messages.size === 1 && said !== undefined && saidWeight >= (messages.whole?.has(text.page.id) ? heaviestKnown : heaviest) && units.every((w) => !w.target || !said.has(w.unit.word));
    // A word that says what the whole question is about (骗子: is it a scam) gives its step's page the query's whole weight.
    const framed = units.some((w) => w.frames && w.target?.startsWith(`${text.page.id}#`));
    let score = (alone ? total + 1 : 0) + (framed ? total : 0);
    let matched = 0;
    const together = new Map<string, number[]>();
    units.forEach((w, i) => {
      const headed = new Set<string>();
      // A glossary term or a code's heading is a definition, not a step to take: body weight. A
      // code's title is its label, which holds the very words merchants type (请联系收单行 for
      // 收单行): it weighs as an answer's step heading, not as the question a page answers.
      const own = unitScore(w, text, retrieval, steps, reference ? definitionPlaces : answerPlaces, headed);
      // A message the query names is what its code page is about, as its title is: its words count at title weight there.
      const value = said?.has(w.unit.word) ? Math.max(own, w.weight * weights.title) : own;
      for (const id of headed) together.set(id, [...(together.get(id) ?? []), w.weight]);
      score += value;
      if (value > 0 || (w.unit.code && data.codes[w.unit.code] === text.page.id)) matched += 1;
      if (w.unit.code && data.codes[w.unit.code] === text.page.id) score += 10 * (total + 1);
      if (retrieval.pairPages[i]?.has(text.page.id)) score += weights.pair * (w.weight + (units[i + 1]?.weight ?? 0));
    });
    const step = [...steps].sort((a, b) => b[1] - a[1])[0]?.[0];
    // One heading holding several of the query's words (刷卡超时、通讯失败：…) is about the whole
    // question, not one word of it: a quarter of those words' weight more, for the best such heading.
    if (!reference) score += weights.together * Math.max(0, ...[...together.values()].filter((held) => held.length > 1).map((held) => held.reduce((a, b) => a + b, 0)));
    // A definition question puts the definitions first: then the answers take the share.
    // Two things told apart: the glossary's entries count in full beside the answer that sets them side by side.
    const shared = reference && !(question === 'difference' && kind === 'glossary');
    if (shared || (question === 'meaning' && kind === undefined)) score *= referenceShare;
    return { page: text.page, score, coverage: units.length > 0 ? matched / units.length : 0, step };
  });
  // Equal scores: the shorter title is the more focused on what was asked (升级 alone: 必须升级吗).
  return ranked.filter((r) => r.score > 0).sort((a, b) => b.score - a.score || a.page.title.length - b.page.title.length);
}
