import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { questionSchema, type QuestionData } from '../schemas/question';
import { sectionSchema } from '../schemas/section';
import { isLocale, type Locale } from '../i18n/locales';
import { idPattern, isSectionId, sectionIds, type SectionId } from './sections';
import { readFrontmatter } from './frontmatter';
import { scanSteps, type StepRef } from './stepIds';
import { flowsFolder } from './flowFiles';
import { scanLinks, type LinkRef } from './contentLinks';
import { checkAnswerMdx } from './answerMdx/check';

/** A problem found in the content, named by file (relative to the project) and field. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

export interface ContentRead {
  /** The files that parsed and validated. */
  questions: QuestionFile[];
  problems: ContentProblem[];
  /** `<section>/<lang>/<id>` of every question file, valid or not, so one bad file is reported once. */
  present: Set<string>;
}

/** One question file that parsed and validated. */
export interface QuestionFile {
  file: string;
  section: SectionId;
  lang: Locale;
  id: string;
  data: QuestionData;
  steps: StepRef[];
  /** Markdown links in the body, checked against the other answers' steps. */
  links: LinkRef[];
}

function schemaProblems(file: string, issues: readonly { path: PropertyKey[]; message: string }[]) {
  return issues.map((issue) => ({
    file,
    field: issue.path.map(String).join('.') || '(frontmatter)',
    message: issue.message,
  }));
}

function readSectionYaml(root: string, section: SectionId, problems: ContentProblem[]) {
  const path = join(root, 'content', section, 'section.yaml');
  const file = relative(root, path);
  if (!existsSync(path)) {
    problems.push({ file, field: '(file)', message: 'missing: every section needs its title and intro' });
    return;
  }
  const parsed = readFrontmatter(`---\n${readFileSync(path, 'utf8')}\n---\n`);
  if (!parsed.ok) return void problems.push({ file, field: '(yaml)', message: parsed.error });
  const result = sectionSchema.safeParse(parsed.data);
  if (!result.success) problems.push(...schemaProblems(file, result.error.issues));
}

function readQuestion(root: string, path: string, section: SectionId, lang: Locale) {
  const file = relative(root, path);
  const name = path.split(/[\\/]/).pop() ?? '';
  const id = name.replace(/\.mdx$/, '');
  const problems: ContentProblem[] = [];
  if (!name.endsWith('.mdx')) {
    return { problems: [{ file, field: '(file)', message: 'questions must be .mdx files' }] };
  }
  if (!idPattern.test(id)) {
    problems.push({ file, field: '(file name)', message: `"${id}" is not a lower-case ASCII id` });
  }
  const source = readFileSync(path, 'utf8');
  const parsed = readFrontmatter(source);
  if (!parsed.ok) return { problems: [...problems, { file, field: '(frontmatter)', message: parsed.error }] };
  const result = questionSchema.safeParse(parsed.data);
  if (!result.success) return { problems: [...problems, ...schemaProblems(file, result.error.issues)] };
  const bodyLine = source.slice(0, source.length - parsed.body.length).split('\n').length;
  const scan = scanSteps(parsed.body, bodyLine);
  for (const { line, message } of scan.problems) problems.push({ file, field: `<Step> (line ${line})`, message });
  for (const { line, message } of checkAnswerMdx(parsed.body, bodyLine)) problems.push({ file, field: `body (line ${line})`, message });
  const question: QuestionFile = { file, section, lang, id, data: result.data, steps: scan.steps, links: [...scanLinks(parsed.body, bodyLine), ...stepPointers(scan.steps)] };
  return { problems, question };
}

/** A step's `see` is a link like those in its text, checked the same way. */
function stepPointers(steps: readonly StepRef[]): LinkRef[] {
  return steps.flatMap(({ see, line }) => (see === undefined ? [] : [{ target: see, line }]));
}

function listDirectory(path: string): string[] {
  return readdirSync(path).filter((name) => !name.startsWith('.')).sort();
}

/** Reads every section and question under `<root>/content`, validating each file on its own. */
// Folders of content/ that hold data files rather than a section's questions.
const dataFolders = new Set(['codes', 'search']);

export function readContent(root: string): ContentRead {
  const problems: ContentProblem[] = [];
  const questions: QuestionFile[] = [];
  const present = new Set<string>();
  const contentDir = join(root, 'content');
  if (!existsSync(contentDir)) {
    return { questions, present, problems: [{ file: 'content', field: '(folder)', message: 'missing' }] };
  }
  for (const entry of listDirectory(contentDir)) {
    if (!isSectionId(entry) && !dataFolders.has(entry) && `content/${entry}` !== flowsFolder && statSync(join(contentDir, entry)).isDirectory()) {
      problems.push({ file: `content/${entry}`, field: '(folder)', message: 'not a known section (see src/lib/sections.ts)' });
    }
  }
  for (const section of sectionIds) {
    readSectionYaml(root, section, problems);
    const sectionDir = join(contentDir, section);
    if (!existsSync(sectionDir)) continue;
    for (const lang of listDirectory(sectionDir)) {
      const langDir = join(sectionDir, lang);
      if (!statSync(langDir).isDirectory()) {
        if (lang !== 'section.yaml') problems.push({ file: relative(root, langDir), field: '(file)', message: 'unexpected file: questions go in zh/ or en/' });
        continue;
      }
      if (!isLocale(lang)) {
        problems.push({ file: relative(root, langDir), field: '(folder)', message: 'not a language of the site (zh, en)' });
        continue;
      }
      for (const name of listDirectory(langDir)) {
        const read = readQuestion(root, join(langDir, name), section, lang);
        present.add(`${section}/${lang}/${name.replace(/\.mdx$/, '')}`);
        problems.push(...read.problems);
        if (read.question) questions.push(read.question);
      }
    }
  }
  return { questions, problems, present };
}
