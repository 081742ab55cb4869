import type { SearchData, SearchPage } from './data';
import { referenceKind, referenceShare, type Question } from './kinds';
import { findSubject, findTerm, haystack, type Haystack } from './match';
import type { Retrieval } from './retrieve';
import { weights, type WeightedUnit } from './weigh';

/** A page's title and step headings, prepared once per engine for matching. */
export interface PageText {
  page: SearchPage;
  lang: 'zh' | 'en';
  title: Haystack;
  headings: { id: string; hay: Haystack }[];
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
 * number or by a message (`messages`: page → the query's words that say it, see kinds.ts), unless
 * it asks what that message means (the definition first): answers come first for a situation.
 */
export function rankPages(units: readonly WeightedUnit[], retrieval: Pick<Retrieval, 'termPages' | 'pairPages'>, texts: readonly PageText[], data: SearchData, question: Question = 'situation', messages: ReadonlyMap<string, ReadonlySet<string>> & { whole?: ReadonlySet<string> } = new Map()): Ranked[] {
  const full = { glossary: question === 'meaning', codes: units.some((w) => w.unit.code) };
  const total = units.reduce((sum, u) => sum + u.weight, 0);
  const heaviest = Math.max(0, ...units.map((u) => u.weight));
  const heaviestKnown = Math.max(0, ...units.filter((u) => u.unit.group !== undefined || u.unit.code).map((u) => u.weight));
  const ranked = texts.map((text) => {
    const steps = new Map<string, number>();
    const kind = referenceKind(text.page);
    // A code page the query's message names counts in full, unless the query asks what the message
    // means: then its definition comes first, and the code page stays in view (inView.ts).
    const reference = kind !== undefined && !full[kind] && !(messages.has(text.page.id) && question !== 'meaning');
    // A message naming one code, said by the query's heaviest word and not one the lexicon sends to
    // a step (请使用芯片), puts its page ahead by the query's whole weight: less than a code's number,
    // which sends it first, since a message can be a mere scene (显示交易成功，可是到账少了).
    const said = messages.get(text.page.id);
    const saidWeight = Math.max(0, ...units.map((w) => (said?.has(w.unit.word) ? w.weight : 0)));
    // A message said as written (余额不足) need only outweigh the query's lexicon words, not a scene
    // word (加油站); one pieced together word by word (联系 … 收单机构) must outweigh every word.
    const alone = question !== 'meaning' && messages.size === 1 && said !== undefined && saidWeight >= (messages.whole?.has(text.page.id) ? heaviestKnown : heaviest) && units.every((w) => !w.target || !said.has(w.unit.word));
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
  return ranked.filter((r) => r.score > 0).sort(byScore);
}

/** Scores this close are equal: a code's title and an answer's heading tie by the same sums, added in another order. */
const sameScore = 1e-9;
const isReference = (r: Ranked) => (referenceKind(r.page) === undefined ? 0 : 1);
const codeOrder = (a: Ranked, b: Ranked) => (referenceKind(a.page) === 'codes' && referenceKind(b.page) === 'codes' ? Number(a.page.title > b.page.title) - Number(a.page.title < b.page.title) : 0);

/**
 * Higher score first. Equal scores: an answer before a reference page (请联系发卡行: what to do,
 * then the codes that print it); the shorter title, the more focused on what was asked (升级
 * alone: 必须升级吗); two code pages by number (01 before 02, which both print 请联系发卡行).
 * Otherwise the pages keep their reading order.
 */
export function byScore(a: Ranked, b: Ranked): number {
  if (Math.abs(a.score - b.score) > sameScore * Math.max(a.score, b.score)) return b.score - a.score;
  return isReference(a) - isReference(b) || a.page.title.length - b.page.title.length || codeOrder(a, b);
}
