import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { lexiconSchema, type LexiconGroup } from '../schemas/lexicon';
import { hasHan, normalise as normaliseAny } from '../scripts/search/normalise';
import { chineseVariants } from './chineseVariants';
import type { ContentProblem, QuestionFile } from './contentFiles';

export const lexiconFile = 'content/search/lexicon.yaml';

/** Two words are one if the search data would hold them as one (src/lib/searchData.ts). */
const normalise = (word: string) => normaliseAny(word, chineseVariants);

/** How an entry is named in a message: its index and first word, e.g. `groups[3] (刷不了)`. */
const entryName = (group: LexiconGroup, index: number) => `groups[${index}] (${group.zh?.[0] ?? group.en?.[0] ?? group.any?.[0] ?? group.both?.join('+') ?? 'empty'})`;

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

/** The index of the group holding a word in either language, or -1. */
export function groupOfWord(groups: readonly LexiconGroup[], word: string): number {
  const key = normalise(word);
  return groups.findIndex((group) => [...(group.zh ?? []), ...(group.en ?? []), ...(group.any ?? [])].some((w) => normalise(w) === key));
}

/**
 * What the schema cannot see: a group with no words, a word in the wrong language's list, the
 * same word (once normalised) in two groups of one language, a `step` that does not exist, `frames`
 * without a `step`, a `both` that does not name two other groups or sends them nowhere, `unlessScene`
 * or `unless` without `both`, an `unless` word in no group or in the pair's own, an `also` without a `step`, on no question, or on the step's own page.
 */
export function checkLexicon(groups: readonly LexiconGroup[], questions: readonly QuestionFile[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const problem = (group: LexiconGroup, index: number, message: string) => problems.push({ file: lexiconFile, field: entryName(group, index), message });
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
    if (group.unless && !group.both) problem(group, index, 'unless: belongs to a both entry: the pair its words keep from holding');
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

function checkAlso(group: LexiconGroup, index: number, questions: readonly QuestionFile[], problem: (group: LexiconGroup, index: number, message: string) => void): void {
  if (!group.step) problem(group, index, 'also: needs a step: the main answer the other page stands beside');
  else if (group.step.startsWith(`${group.also}#`)) problem(group, index, `also: "${group.also}" is the step's own page`);
  if (!questions.some((q) => `${q.section}/${q.id}` === group.also)) problem(group, index, `also: no question "${group.also}"`);
}

function checkBoth(group: LexiconGroup, index: number, groups: readonly LexiconGroup[], problem: (group: LexiconGroup, index: number, message: string) => void): void {
  if (group.zh || group.en || group.any) problem(group, index, 'both: names two groups and has no words of its own');
  if (!group.step) problem(group, index, 'both: needs a step: the answer for a question that says both');
  const named = group.both!.map((word) => groupOfWord(groups, word));
  group.both!.forEach((word, i) => {
    if (named[i] === -1) problem(group, index, `both: "${word}" is in no group`);
    else if (groups[named[i]!]!.both) problem(group, index, `both: "${word}" names another both entry`);
  });
  if (named[0] !== -1 && named[0] === named[1]) problem(group, index, `both: "${group.both![0]}" and "${group.both![1]}" are one group`);
  for (const word of group.unless ?? []) {
    const other = groupOfWord(groups, word);
    if (other === -1) problem(group, index, `unless: "${word}" is in no group`);
    else if (named.includes(other)) problem(group, index, `unless: "${word}" is one of the pair's own groups`);
  }
}
