import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { lexiconSchema, type LexiconGroup } from '../schemas/lexicon';
import { hasHan } from '../scripts/search/normalise';
import type { ContentProblem, QuestionFile } from './contentFiles';
import { checkBoth, type Problem } from './lexiconPairs';
import { entryName, groupOfWord, normalise } from './lexiconWords';

export { groupOfWord };

export const lexiconFile = 'content/search/lexicon.yaml';

/** The lexicon's groups, or the problems that stop it loading. A site without one has no synonyms. */
export function readLexicon(root: string): { groups: LexiconGroup[]; problems: ContentProblem[] } {
  const path = join(root, lexiconFile);
  if (!existsSync(path)) return { groups: [], problems: [] };
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return { groups: [], problems: [{ file: lexiconFile, field: '(yaml)', message: `not valid YAML: ${(error as Error).message.split('\n')[0]}` }] };
  }
  const result = lexiconSchema.safeParse(raw);
  if (result.success) return { groups: result.data.groups, problems: [] };
  const rawGroups = (raw as { groups?: LexiconGroup[] } | null)?.groups ?? [];
  return {
    groups: [],
    problems: result.error.issues.map((issue) => {
      const [key, index, ...rest] = issue.path.map(String);
      const group = rawGroups[Number(index)];
      const field = key === 'groups' && group && index !== undefined ? [entryName(group, Number(index)), ...rest].join('.') : issue.path.join('.') || '(file)';
      return { file: lexiconFile, field, message: issue.message };
    }),
  };
}

/** The words a group offers to one language's search: its own list plus the shared one. */
export function groupWords(group: LexiconGroup, lang: 'zh' | 'en'): string[] {
  return [...(group[lang] ?? []), ...(group.any ?? [])];
}

/**
 * What the schema cannot see: a group with no words, a word in the wrong language's list, the
 * same word (once normalised) in two groups of one language, a `step` that does not exist, `frames`
 * without a `step`, a pair's keys without `both` and what lexiconPairs.ts checks of a `both`, an
 * `also` without a `step`, on no question, or on the step's own page.
 */
export function checkLexicon(groups: readonly LexiconGroup[], questions: readonly QuestionFile[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const problem: Problem = (group, index, message) => problems.push({ file: lexiconFile, field: entryName(group, index), message });
  const seen = { zh: new Map<string, number>(), en: new Map<string, number>() };
  groups.forEach((group, index) => {
    if (group.both) checkBoth(group, index, groups, problem);
    else if (!group.zh && !group.en && !group.any) problem(group, index, 'empty group: give it zh, en or any words');
    for (const word of group.zh ?? []) if (!hasHan(word)) problem(group, index, `"${word}" is under zh but has no Chinese character (put words written the same in both languages under any)`);
    for (const word of [...(group.en ?? []), ...(group.any ?? [])]) if (hasHan(word)) problem(group, index, `"${word}" is Chinese: put it under zh`);
    for (const lang of ['zh', 'en'] as const) {
      for (const word of groupWords(group, lang)) {
        const key = normalise(word);
        if (!key) problem(group, index, `"${word}" has no letters or digits`);
        const other = seen[lang].get(key);
        if (other === index) problem(group, index, `"${word}" appears twice in this group`);
        else if (other !== undefined) problem(group, index, `"${word}" is also in ${entryName(groups[other]!, other)}: a word belongs to one group`);
        seen[lang].set(key, index);
      }
    }
    if (group.frames && !group.step) problem(group, index, 'frames: true needs a step: the page the question is about');
    if (group.unlessScene && !group.both) problem(group, index, 'unlessScene: true belongs to a both entry: the pair it keeps from holding');
    if (group.ordered && !group.both) problem(group, index, 'ordered: true belongs to a both entry: the pair whose words it orders');
    if (group.unless && !group.both) problem(group, index, 'unless: belongs to a both entry: the pair its words keep from holding');
    if (group.onlyWith && !group.both) problem(group, index, 'onlyWith: belongs to a both entry: the pair that holds only beside its groups');
    if (group.plainWords && !group.onlyWith) problem(group, index, 'plainWords: belongs beside onlyWith: the words in no group that may stand beside the pair too');
    if (group.also) checkAlso(group, index, questions, problem);
    if (group.step) {
      const [page = '', step] = group.step.split('#');
      const targets = questions.filter((q) => `${q.section}/${q.id}` === page);
      if (targets.length === 0) problem(group, index, `step: no question "${page}"`);
      else if (!targets.every((q) => q.steps.some((s) => s.id === step))) problem(group, index, `step: "${page}" has no step "${step}"`);
    }
  });
  return problems;
}

function checkAlso(group: LexiconGroup, index: number, questions: readonly QuestionFile[], problem: Problem): void {
  if (!group.step) problem(group, index, 'also: needs a step: the main answer the other page stands beside');
  else if (group.step.startsWith(`${group.also}#`)) problem(group, index, `also: "${group.also}" is the step's own page`);
  if (!questions.some((q) => `${q.section}/${q.id}` === group.also)) problem(group, index, `also: no question "${group.also}"`);
}
