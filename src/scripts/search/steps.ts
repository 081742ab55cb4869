import { findTerm, haystack, type Haystack } from './match';
import { weights, type WeightedUnit } from './weigh';
import type { PagePart } from './sections';

const prepared = new WeakMap<PagePart, { text: Haystack; heading: Haystack }>();

/** A part's text and heading prepared for matching once: English stems a whole page's words. */
function hay(part: PagePart, lang: 'zh' | 'en'): { text: Haystack; heading: Haystack } {
  let found = prepared.get(part);
  if (!found) {
    found = { text: haystack(part.text, lang), heading: haystack(part.id ? part.heading : '', lang) };
    prepared.set(part, found);
  }
  return found;
}

/**
 * A lexicon group's own step counts a little above a heading that holds the word: the group was
 * sent there on purpose (营业执照 to the documents step), a heading may hold it in passing (申请).
 */
const targetPlace = 2.5;

/** How well one part of a page answers the query, by the same weights as the ranking. */
export function partScore(part: PagePart, units: readonly WeightedUnit[], lang: 'zh' | 'en'): number {
  const { text, heading } = hay(part, lang);
  let score = 0;
  units.forEach(({ unit, weight, terms, target }, i) => {
    const values = terms.map((t) => t.weight * (findTerm(heading, t.term, lang).length > 0 ? weights.heading : findTerm(text, t.term, lang).length > 0 ? weights.body : 0));
    if (part.id && target?.endsWith(`#${part.id}`)) values.push(weight * targetPlace);
    score += Math.max(0, ...values);
    const next = units[i + 1];
    if (next && next.unit.position === unit.position + 1 && findTerm(text, `${unit.word}${lang === 'zh' ? '' : ' '}${next.unit.word}`, lang).length > 0) {
      score += weights.pair * (weight + next.weight);
    }
  });
  return score;
}

const introWeight = 0.75;

/**
 * The part a result should open: the step that covers the weighted query best, or the page
 * itself (the introduction) when no step does better than it.
 */
export function pickPart(parts: readonly PagePart[], units: readonly WeightedUnit[], lang: 'zh' | 'en'): PagePart {
  // A word that says what the whole question is about (every card fails) names its step outright,
  // unless another word names a different step here (only some bank cards … others work): then the
  // steps are weighed like any others.
  const framing = units.find((u) => u.frames && u.target);
  const contested = units.some((u) => u.target && u.target !== framing?.target);
  const named = framing && !contested && parts.find((part) => part.id && framing.target?.endsWith(`#${part.id}`));
  if (named) return named;
  // Only words some step holds can tell the steps from the page: a word found in the
  // introduction alone (意思 in a glossary's "what each word means") says nothing about where to land.
  const steps = parts.filter((part) => part.id);
  // What a question word asks for (要啥资料) says which step answers: it counts twice.
  const telling = units.filter((u) => steps.some((part) => partScore(part, [u], lang) > 0)).map((u) => (u.unit.asked ? { ...u, weight: u.weight * 2, terms: u.terms.map((t) => ({ ...t, weight: t.weight * 2 })) } : u));
  // A heading with no text of its own heads the parts after it, up to the next such heading (the
  // glossary's 各方与到账 over its 到账): on a tie, a part under it says more than the heading.
  let head: PagePart | undefined;
  const scored = parts.map((part) => {
    const heads = part.id !== undefined && part.text === '';
    if (heads) head = part;
    // The introduction holds the short answer, a digest of every step: its matches count for less.
    return { part, under: heads ? undefined : head, score: partScore(part, telling, lang) * (part.id ? 1 : introWeight) };
  });
  const intro = scored[0]!;
  const better = (entry: (typeof scored)[number], winner: (typeof scored)[number]) => entry.score > winner.score || (entry.score === winner.score && entry.under === winner.part);
  const best = scored.slice(1).reduce((winner, entry) => (better(entry, winner) ? entry : winner), intro);
  // A step as good as the introduction is the more useful link; the page when no step matches.
  return best.score >= intro.score && best.score > 0 ? best.part : intro.part;
}
