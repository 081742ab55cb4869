import type { LexiconGroup } from '../schemas/lexicon';
import { hasHan } from '../scripts/search/normalise';
import { fillerWords } from './fillerWords';
import { entryName, groupOfWord, normalise } from './lexiconWords';

/** Reports one problem of a lexicon entry. */
export type Problem = (group: LexiconGroup, index: number, message: string) => void;

/**
 * What a `both` entry must be: no words of its own, a step, two words of two other (non-`both`)
 * groups; `unless` and `onlyWith` words each in a group, not the pair's own, none named twice nor in
 * both lists; `plainWords` single words in no group, not fillers (those are gone before the pair is
 * read), none twice.
 */
export function checkBoth(group: LexiconGroup, index: number, groups: readonly LexiconGroup[], problem: Problem): void {
  if (group.zh || group.en || group.any) problem(group, index, 'both: names two groups and has no words of its own');
  if (!group.step) problem(group, index, 'both: needs a step: the answer for a question that says both');
  const named = group.both!.map((word) => groupOfWord(groups, word));
  group.both!.forEach((word, i) => {
    if (named[i] === -1) problem(group, index, `both: "${word}" is in no group`);
    else if (groups[named[i]!]!.both) problem(group, index, `both: "${word}" names another both entry`);
  });
  if (named[0] !== -1 && named[0] === named[1]) problem(group, index, `both: "${group.both![0]}" and "${group.both![1]}" are one group`);
  const listed = new Map<number, string>();
  for (const [key, list] of [['unless', group.unless], ['onlyWith', group.onlyWith]] as const) {
    for (const word of list ?? []) {
      const other = groupOfWord(groups, word);
      if (other === -1) problem(group, index, `${key}: "${word}" is in no group`);
      else if (named.includes(other)) problem(group, index, `${key}: "${word}" is one of the pair's own groups`);
      else if (listed.has(other)) problem(group, index, `${key}: "${word}" names ${entryName(groups[other]!, other)} again (as ${listed.get(other)})`);
      else listed.set(other, `${key} "${word}"`);
    }
  }
  checkPlainWords(group, index, groups, problem);
}

function checkPlainWords(group: LexiconGroup, index: number, groups: readonly LexiconGroup[], problem: Problem): void {
  const seen = new Set<string>();
  for (const word of group.plainWords ?? []) {
    const key = normalise(word);
    const other = groupOfWord(groups, word);
    if (!key || /\s/.test(key)) problem(group, index, `plainWords: "${word}" must be one word`);
    else if (other !== -1) problem(group, index, `plainWords: "${word}" is in ${entryName(groups[other]!, other)}: name that group in onlyWith instead`);
    else if (fillerWords[hasHan(key) ? 'zh' : 'en'].includes(key)) problem(group, index, `plainWords: "${word}" is a filler, dropped before the pair is read`);
    else if (seen.has(key)) problem(group, index, `plainWords: "${word}" appears twice`);
    seen.add(key);
  }
}
