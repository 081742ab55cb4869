import type { LexiconGroup } from '../schemas/lexicon';
import { normalise as normaliseAny } from '../scripts/search/normalise';
import { chineseVariants } from './chineseVariants';

/** Two words are one if the search data would hold them as one (src/lib/searchData.ts). */
export const normalise = (word: string) => normaliseAny(word, chineseVariants);

/** How an entry is named in a message: its index and first word, e.g. `groups[3] (刷不了)`. */
export const entryName = (group: LexiconGroup, index: number) => `groups[${index}] (${group.zh?.[0] ?? group.en?.[0] ?? group.any?.[0] ?? group.both?.join('+') ?? 'empty'})`;

/** The index of the group holding a word in either language, or -1. */
export function groupOfWord(groups: readonly LexiconGroup[], word: string): number {
  const key = normalise(word);
  return groups.findIndex((group) => [...(group.zh ?? []), ...(group.en ?? []), ...(group.any ?? [])].some((w) => normalise(w) === key));
}
