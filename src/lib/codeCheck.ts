import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { codeSchema, relatedLink, type CodeData } from '../schemas/code';
import type { ContentProblem, QuestionFile } from './contentFiles';

/** One code file that parsed and validated. */
export interface CodeFile {
  file: string;
  data: CodeData;
}

/** Where a code page's "go deeper" links may point for a code that shows up after upgrades. */
const upgradeAnswers = /^(failed-swipes\/cant-swipe-after-upgrade|ic-card-upgrade\/)/;

function readCodeFile(root: string, name: string): { problems: ContentProblem[]; code?: CodeFile } {
  const file = `content/codes/${name}`;
  if (!/^[0-9a-z]{2}\.yaml$/.test(name)) {
    return { problems: [{ file, field: '(file name)', message: 'must be the code in lower case plus .yaml, e.g. 55.yaml or a0.yaml' }] };
  }
  let raw: unknown;
  try {
    raw = parse(readFileSync(join(root, file), 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { problems: [{ file, field: '(yaml)', message: `not valid YAML: ${reason}` }] };
  }
  const result = codeSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => ({ file, field: issue.path.map(String).join('.') || '(file)', message: issue.message }));
    return { problems };
  }
  const expected = name.slice(0, 2).toUpperCase();
  if (result.data.code !== expected) {
    return { problems: [{ file, field: 'code', message: `"${result.data.code}" does not match the file name (expected "${expected}")` }] };
  }
  return { problems: [], code: { file, data: result.data } };
}

/** Reads and validates every `content/codes/*.yaml` on its own. */
export function readCodes(root: string): { codes: CodeFile[]; problems: ContentProblem[] } {
  const dir = join(root, 'content', 'codes');
  if (!existsSync(dir)) return { codes: [], problems: [{ file: 'content/codes', field: '(folder)', message: 'missing: the response-code pages are built from it' }] };
  const codes: CodeFile[] = [];
  const problems: ContentProblem[] = [];
  for (const name of readdirSync(dir).filter((n) => !n.startsWith('.')).sort()) {
    const read = readCodeFile(root, name);
    problems.push(...read.problems);
    if (read.code) codes.push(read.code);
  }
  return { codes, problems };
}

/** Each `related` link names an existing answer (and step) in every language. */
function checkLinks(code: CodeFile, questions: readonly QuestionFile[]): ContentProblem[] {
  return code.data.related.flatMap((link, index) => {
    const [, section, id, step] = relatedLink.exec(link) ?? [];
    const field = `related[${index}]`;
    const pages = questions.filter((q) => q.section === section && q.id === id);
    if (pages.length === 0) return [{ file: code.file, field, message: `no answer "${section}/${id}"` }];
    if (step && !pages.every((q) => q.steps.some((s) => s.id === step))) {
      return [{ file: code.file, field, message: `no step "#${step}" in ${section}/${id}` }];
    }
    return [];
  });
}

/** Codes are unique, links resolve, and a code that shows up after upgrades links to the upgrade answers. */
export function checkCodes(codes: readonly CodeFile[], questions: readonly QuestionFile[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, string>();
  for (const code of codes) {
    const other = seen.get(code.data.code);
    if (other) problems.push({ file: code.file, field: 'code', message: `duplicate code "${code.data.code}" (also ${other})` });
    seen.set(code.data.code, code.file);
    problems.push(...checkLinks(code, questions));
    if (code.data.upgrade !== 'low' && !code.data.related.some((link) => upgradeAnswers.test(link))) {
      problems.push({ file: code.file, field: 'related', message: `upgrade is "${code.data.upgrade}": link at least one upgrade answer (failed-swipes/cant-swipe-after-upgrade or ic-card-upgrade/…)` });
    }
  }
  return problems;
}
