import { asksDifference, referenceKind, type NamedCodes } from './kinds';
import { hasAny } from './match';
import type { PageText, Ranked } from './rank';
import type { WeightedUnit } from './weigh';

/** The results in view: the first three, which also get their text and excerpt (engine.ts). */
export const inView = 3;

/**
 * Pages the query names outright, which must be among the first three even when answers outscore
 * them: the code page of the one screen message typed as it reads (a merchant quoting 余额不足 in
 * a story about a customer still wants to see what 51 means), or of the one quoted more fully than
 * any other (`fullestCodePage`); the second answer the lexicon gives a word (`also`: 请联系发卡行
 * opens the checklist's step, and whom to call stays in view); and, when
 * two things are told apart, the glossary once its entries define two of the query's words
 * (acquirer vs issuing bank). They are not put first: the answer for the situation keeps its place.
 */
export function namedPages(query: string, units: readonly WeightedUnit[], texts: readonly PageText[], named: NamedCodes, also: Readonly<Record<number, string>> = {}): string[] {
  // Nothing named, but one code's line quoted in part (签到失败 of A0's 签到失败 请重新签到): that code.
  const quoted = named.size === 0 && named.quoted.size === 1 ? [...named.quoted] : [];
  // The second answer the lexicon gives the query's weightiest word that has one (请插卡: how to insert).
  const second = [...units].sort((a, b) => b.weight - a.weight).find((w) => w.unit.group !== undefined && also[w.unit.group])?.unit.group;
  const message = fullestCodePage(named);
  const ids = [...(message ? [message] : quoted), ...(second === undefined ? [] : [also[second]!])];
  const glossary = texts.find((text) => referenceKind(text.page) === 'glossary');
  if (!glossary || !asksDifference(query, glossary.lang)) return ids;
  const defined = units.filter((w) => w.weight > 0 && glossary.headings.some((h) => hasAny(h.hay, w.unit.terms, glossary.lang)));
  return defined.length >= 2 ? [...ids, glossary.page.id] : ids;
}

/**
 * The code named as written whose words in the query hold every other named code's words, and
 * more (卡已过期: 54, said by 卡 已 过期, over 33's 过期 卡): the line typed is that code's. None when
 * no one code's words hold all the others' (余额不足 请重试: 51 and 30 share no word), or two say
 * the same words. A query naming one code as written names that one.
 */
function fullestCodePage(named: NamedCodes): string | undefined {
  const holdsAll = (page: string, other: string) => {
    const mine = named.get(page) ?? new Set<string>();
    const theirs = named.get(other) ?? new Set<string>();
    return mine.size > theirs.size && [...theirs].every((word) => mine.has(word));
  };
  return [...named.whole].find((page) => [...named.keys()].every((other) => other === page || holdsAll(page, other)));
}

/**
 * Brings the pages named into the first three when they rank below, never moving a page down
 * out of them that is named too: they take the places of the last pages there that are not
 * named, in the order they ranked. The first result keeps its place whatever the query names.
 */
export function keepInView(ranked: readonly Ranked[], ids: readonly string[]): Ranked[] {
  const isNamed = (r: Ranked) => ids.includes(r.page.id);
  const [first, ...others] = ranked.slice(0, inView);
  const below = ranked.slice(inView);
  const unnamed = others.filter((r) => !isNamed(r));
  const rising = below.filter(isNamed).slice(0, unnamed.length);
  if (!first || rising.length === 0) return [...ranked];
  const displaced = new Set(unnamed.slice(unnamed.length - rising.length));
  return [first, ...others.filter((r) => !displaced.has(r)), ...rising, ...others.filter((r) => displaced.has(r)), ...below.filter((r) => !rising.includes(r))];
}

/**
 * A message several codes print (请联系发卡行: 01, 02 …) does not say which code it was: the best
 * placed of their pages keeps its place, the others in the first three move just below them, so
 * the answer that explains the message and the other readings of the query stay in view. (The
 * one a query quotes more fully than the others is brought back by `keepInView`: `namedPages`.)
 */
export function oneCodePerMessage(ranked: readonly Ranked[], named: NamedCodes): Ranked[] {
  if (named.whole.size < 2) return [...ranked];
  const best = ranked.find((r) => named.whole.has(r.page.id));
  const out = ranked.slice(0, inView).filter((r) => named.whole.has(r.page.id) && r !== best);
  const rest = ranked.filter((r) => !out.includes(r));
  return [...rest.slice(0, inView), ...out, ...rest.slice(inView)];
}
