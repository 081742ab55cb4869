import { referenceKind, type NamedCodes, type Question } from './kinds';
import { hasAny } from './match';
import type { PageText, Ranked, WeightedUnit } from './rank';

/**
 * Asking outright how two things differ: 不一样 alone also says two things do not match (账户名和
 * 执照名字不一样), which is a situation, not a question for the glossary.
 */
const asksDifference = { zh: /区别|差别|有(?:什么|啥)不(?:一样|同)|哪里不(?:一样|同)/, en: /\bvs\b|\bversus\b|\bdifferen|\bdiffer\b/ } as const;

/** The last place still in view: three results get their text and excerpt (`detailed` in engine.ts). */
const lastInView = 2;

/**
 * Pages the query names outright, which must be among the first three even when answers outscore
 * them: the code page of the one screen message typed as it reads (a merchant quoting 余额不足 in
 * a story about a customer still wants to see what 51 means); the second answer the lexicon gives
 * a word (`also`: 请联系发卡行 opens the checklist's step, and whom to call stays in view); and, when
 * two things are told apart, the glossary once its entries define two of the query's words
 * (acquirer vs issuing bank). They are not put first: the answer for the situation keeps its place.
 */
export function namedPages(query: string, units: readonly WeightedUnit[], texts: readonly PageText[], question: Question, named: NamedCodes, also: Readonly<Record<number, string>> = {}): string[] {
  const oneMessage = named.size === 1 && named.whole.size === 1;
  // The second answer the lexicon gives the query's weightiest word that has one (请插卡: how to insert).
  const second = [...units].sort((a, b) => b.weight - a.weight).find((w) => w.unit.group !== undefined && also[w.unit.group])?.unit.group;
  const ids = [...(oneMessage ? [...named.whole] : []), ...(second === undefined ? [] : [also[second]!])];
  const glossary = texts.find((text) => referenceKind(text.page) === 'glossary');
  if (question !== 'difference' || !glossary || !asksDifference[glossary.lang].test(query)) return ids;
  const defined = units.filter((w) => w.weight > 0 && glossary.headings.some((h) => hasAny(h.hay, w.unit.terms, glossary.lang)));
  return defined.length >= 2 ? [...ids, glossary.page.id] : ids;
}

/**
 * Brings the pages named into the first three when they rank below: they take the last places
 * there, in their own order, and whatever they displace moves down one; the rest keep their order.
 */
export function keepInView(ranked: readonly Ranked[], ids: readonly string[]): Ranked[] {
  // At most two: the best answer keeps the first place whatever the query names.
  const below = new Set(ids.filter((id) => ranked.findIndex((r) => r.page.id === id) > lastInView).slice(0, lastInView));
  if (below.size === 0) return [...ranked];
  const moved = ranked.filter((r) => below.has(r.page.id));
  const rest = ranked.filter((r) => !below.has(r.page.id));
  const kept = lastInView + 1 - moved.length;
  return [...rest.slice(0, kept), ...moved, ...rest.slice(kept)];
}

/**
 * A message several codes print (请联系发卡行: 01, 02 …) does not say which code it was: the best
 * placed of their pages keeps its place, the others move just below the first three, so the
 * answer that explains the message and the other readings of the query stay in view.
 */
export function oneCodePerMessage(ranked: readonly Ranked[], named: NamedCodes): Ranked[] {
  if (named.whole.size < 2) return [...ranked];
  const best = ranked.find((r) => named.whole.has(r.page.id));
  const others = ranked.filter((r) => named.whole.has(r.page.id) && r !== best);
  const rest = ranked.filter((r) => !others.includes(r));
  return [...rest.slice(0, lastInView + 1), ...others, ...rest.slice(lastInView + 1)];
}
