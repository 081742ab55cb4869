import { findTerm, haystack } from './match';

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** About two lines of a result on a 390 px phone (about 22 Chinese characters or 50 Latin ones a line). */
const span = { zh: 44, en: 110 } as const;

/**
 * A short excerpt of visible text where the query's words stand closest together (by their
 * weights; the weightiest match breaks a tie), the matched words marked. `oneCharWords` (Chinese)
 * gives where the text has a one-character word of its own: a one-character term matches only
 * there (上 in 小票上, not inside 上门).
 * Plain text parts only, rendered with textContent: nothing in a page can become markup.
 * @example excerpt('先重启机器，再签到', [{ terms: ['签到'], weight: 1 }], 'zh') // [{ text: '先重启机器，再', marked: false }, { text: '签到', marked: true }]
 */
export function excerpt(text: string, units: readonly { terms: readonly string[]; weight: number }[], lang: 'zh' | 'en', oneCharWords?: (text: string) => Set<number>): ExcerptPart[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  const hay = haystack(clean, lang);
  // The text is segmented only for a query that has a one-character term to place.
  const alone = units.some((unit) => unit.terms.some((term) => term.length === 1)) ? oneCharWords?.(clean) : undefined;
  const standsAlone = ([from, to]: [number, number]) => !alone || to - from > 1 || alone.has(from);
  const found = units.flatMap((unit, u) => unit.terms.flatMap((term) => findTerm(hay, term, lang).filter(standsAlone).map(([from, to]) => ({ from, to, weight: unit.weight, u }))));
  const length = span[lang];
  const around = (from: number) => Math.max(0, Math.min(from - Math.floor(length / 4), clean.length - length));
  // The window that shows the most of the query: each word counts once, by its weight, so the
  // sentence holding 升级 and 多久 together beats the first 升级 alone (heaviest match first on a tie).
  const worth = (start: number) => {
    const inside = new Map(found.filter((m) => m.from >= start && m.to <= start + length).map((m) => [m.u, m.weight]));
    return [...inside.values()].reduce((sum, weight) => sum + weight, 0);
  };
  const candidates = [...found].sort((a, b) => b.weight - a.weight || a.from - b.from);
  const best = candidates.reduce<(typeof found)[number] | undefined>((winner, m) => (!winner || worth(around(m.from)) > worth(around(winner.from)) ? m : winner), undefined);
  let start = best ? around(best.from) : 0;
  let end = Math.min(clean.length, start + length);
  if (lang === 'en') {
    if (start > 0) start = clean.indexOf(' ', start) + 1 || start;
    if (end < clean.length) end = clean.lastIndexOf(' ', end) > start ? clean.lastIndexOf(' ', end) : end;
  }
  const marks = found.filter((m) => m.from >= start && m.to <= end).sort((a, b) => a.from - b.from);
  const parts: ExcerptPart[] = [];
  const push = (part: string, marked: boolean) => {
    if (!part) return;
    const last = parts.at(-1);
    if (last && last.marked === marked) last.text += part;
    else parts.push({ text: part, marked });
  };
  if (start > 0) push('…', false);
  let at = start;
  for (const mark of marks) {
    if (mark.to <= at) continue;
    push(clean.slice(at, Math.max(at, mark.from)), false);
    push(clean.slice(Math.max(at, mark.from), mark.to), true);
    at = mark.to;
  }
  push(clean.slice(at, end), false);
  if (end < clean.length) push('…', false);
  return parts;
}
