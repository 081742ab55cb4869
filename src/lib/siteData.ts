import { join } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { glossarySchema, type GlossaryGroup } from '../schemas/glossary';
import { operatorFileSchema, type Operator } from '../schemas/operator';
import { readDataFile, type DataRead } from './dataFiles';
import type { ContentProblem } from './contentFiles';
import { reservedAnchorIds } from './sections';

export const operatorFile = 'content/operator.yaml';
export const glossaryFile = 'content/glossary.yaml';

/** Ids the glossary page itself uses (besides the site-wide ones). */
const glossaryPageIds = ['glossary-groups'];

/** The text of `content/operator.yaml`, validated: the operator, or `null` when left empty. */
export function parseOperator(source: string): DataRead<Operator | null> {
  return readDataFile(operatorFile, source, operatorFileSchema);
}

/** A schema path as an editor finds it: `term "qiandao" › meaning.en` rather than `0.terms.3.meaning.en`. */
function glossaryField(path: PropertyKey[], raw: unknown): string {
  const [groupIndex, key, termIndex, ...rest] = path;
  const groups = Array.isArray(raw) ? raw : [];
  const rawGroup: unknown = typeof groupIndex === 'number' ? groups[groupIndex] : undefined;
  const groupId = (rawGroup as { group?: unknown } | undefined)?.group;
  const groupName = typeof groupId === 'string' ? `group "${groupId}"` : `group ${Number(groupIndex) + 1}`;
  if (groupIndex === undefined) return '(file)';
  if (key !== 'terms' || termIndex === undefined) return [groupName, ...path.slice(1).map(String)].join(' › ');
  const rawTerms = (rawGroup as { terms?: unknown } | undefined)?.terms;
  const termId = (Array.isArray(rawTerms) ? (rawTerms[Number(termIndex)] as { id?: unknown } | undefined) : undefined)?.id;
  const termName = typeof termId === 'string' ? `term "${termId}"` : `${groupName} › term ${Number(termIndex) + 1}`;
  return [termName, rest.map(String).join('.')].filter(Boolean).join(' › ');
}

/** Anchors on one page must be unique: group and term ids together, and none the page uses itself. */
function glossaryIdProblems(groups: GlossaryGroup[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, string>();
  const taken = new Set<string>([...reservedAnchorIds, ...glossaryPageIds]);
  const claim = (id: string, name: string) => {
    const earlier = seen.get(id);
    if (earlier) problems.push({ file: glossaryFile, field: name, message: `id "${id}" is also used by ${earlier}` });
    else if (taken.has(id)) problems.push({ file: glossaryFile, field: name, message: `id "${id}" is used by the page itself` });
    seen.set(id, name);
  };
  for (const group of groups) {
    claim(group.group, `group "${group.group}"`);
    for (const term of group.terms) claim(term.id, `term "${term.id}"`);
  }
  return problems;
}

/** The text of `content/glossary.yaml`, validated, with its ids checked across the page. */
export function parseGlossary(source: string): DataRead<GlossaryGroup[]> {
  const read = readDataFile(glossaryFile, source, glossarySchema, glossaryField);
  if (!read.ok) return read;
  const problems = glossaryIdProblems(read.data);
  return problems.length > 0 ? { ok: false, problems } : read;
}

/** Problems in a project's data files (operator settings, glossary), for the content check. */
export function checkDataFiles(root: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [file, parse] of [[operatorFile, parseOperator], [glossaryFile, parseGlossary]] as const) {
    const path = join(root, file);
    if (!existsSync(path)) {
      problems.push({ file, field: '(file)', message: 'missing: the site is built from it (see content/README.md)' });
      continue;
    }
    const read = parse(readFileSync(path, 'utf8'));
    if (!read.ok) problems.push(...read.problems);
  }
  return problems;
}
