import type { SearchData } from './data';
import { findSubject } from './match';
import type { PageText, Ranked } from './rank';
import type { WeightedUnit } from './weigh';

/**
 * Whether the (normalised) query names the site's subject and nothing else (POS机升级, pos chip
 * upgrade): each of its words is in a lexicon `topic` group, and it says nothing more, not even a
 * word search drops (非得升级吗 and "do I need to upgrade" ask whether one must).
 */
export function namesOnlySubject(query: string, units: readonly WeightedUnit[], data: Pick<SearchData, 'topics'>): boolean {
  const topics = data.topics ?? [];
  if (units.length === 0 || !units.every((w) => w.unit.group !== undefined && topics.includes(w.unit.group))) return false;
  // The segmenter's pieces as typed (pos|机 for POS 机, pos|machine however it was re-joined), the longest first, each once.
  const pieces = units.flatMap((w) => w.unit.pieces).sort((a, b) => b.length - a.length);
  return pieces.reduce((rest, piece) => rest.replace(piece, ''), query.replace(/\s+/g, '')) === '';
}

/**
 * A query that names only the subject asks about it as a whole: the pages whose titles ask about
 * all of it (why upgrade, must I, how to apply) come first, in reading order, the overview before
 * the particulars. Otherwise a page one of whose steps happens to say the words most (check the
 * number before booking the upgrade) would. Titles that only set the scene (升级以后刷不了卡) don't count.
 */
export function subjectFirst(query: string, ranked: readonly Ranked[], units: readonly WeightedUnit[], texts: readonly PageText[], data: Pick<SearchData, 'pages' | 'topics'>): Ranked[] {
  if (!namesOnlySubject(query, units, data)) return [...ranked];
  const order = new Map(data.pages.map((page, index) => [page.id, index]));
  const titles = new Map(texts.map((text) => [text.page.id, text]));
  const asksAll = (r: Ranked) => {
    const text = titles.get(r.page.id);
    return text !== undefined && units.every((w) => w.unit.terms.some((term) => findSubject(text.title, term, text.lang).length > 0));
  };
  const first = ranked.filter(asksAll).sort((a, b) => (order.get(a.page.id) ?? 0) - (order.get(b.page.id) ?? 0));
  return [...first, ...ranked.filter((r) => !asksAll(r))];
}
