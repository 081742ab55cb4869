import { localeCodes } from '../i18n/locales';
import { idPattern, reservedAnchorIds } from './sections';
import { readContent, type ContentProblem, type QuestionFile } from './contentFiles';
import { checkFlows } from './flowCheck';
import { flowNodeKeys } from './flowFiles';
import { checkLinks } from './contentLinks';
import { checkLexicon, readLexicon } from './lexicon';
import { checkDataFiles } from './siteData';
import { checkCodes, readCodes } from './codeCheck';

export type { ContentProblem } from './contentFiles';

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** A question id names one question across the whole site, so `related` is never ambiguous. */
function checkUniqueIds(questions: QuestionFile[]): ContentProblem[] {
  return [...groupBy(questions, (q) => `${q.lang}/${q.id}`).values()]
    .filter((group) => group.length > 1)
    .flatMap(([first, ...others]) =>
      others.map((q) => ({ file: q.file, field: 'id', message: `duplicate question id "${q.id}" (also ${first?.file})` })),
    );
}

function checkSteps(q: QuestionFile): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Set<string>();
  for (const step of q.steps) {
    const field = `<Step id="${step.id}"> (line ${step.line})`;
    if (!idPattern.test(step.id)) problems.push({ file: q.file, field, message: 'step id must be a lower-case ASCII id' });
    if ((reservedAnchorIds as readonly string[]).includes(step.id)) problems.push({ file: q.file, field, message: 'this id is used by the page itself' });
    if (seen.has(step.id)) problems.push({ file: q.file, field, message: `anchor id "${step.id}" appears twice on this page` });
    seen.add(step.id);
  }
  return problems;
}

/** Every question exists in every language with the same order, related ids and step ids. */
function checkParity(questions: QuestionFile[], present: Set<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const group of groupBy(questions, (q) => `${q.section}/${q.id}`).values()) {
    const [reference] = group;
    if (!reference) continue;
    for (const lang of localeCodes) {
      if (!present.has(`${reference.section}/${lang}/${reference.id}`)) {
        problems.push({ file: reference.file, field: 'translation', message: `no ${lang} version: expected content/${reference.section}/${lang}/${reference.id}.mdx` });
      }
    }
    for (const q of group.slice(1)) {
      const pair = `${q.lang} and ${reference.lang}`;
      if (q.data.order !== reference.data.order) problems.push({ file: q.file, field: 'order', message: `${q.data.order} here, ${reference.data.order} in ${reference.file}` });
      if (q.data.related.join() !== reference.data.related.join()) problems.push({ file: q.file, field: 'related', message: `differs between ${pair}: [${q.data.related}] vs [${reference.data.related}]` });
      const ids = q.steps.map((s) => s.id);
      const referenceIds = reference.steps.map((s) => s.id);
      const onlyHere = ids.filter((id) => !referenceIds.includes(id));
      const onlyThere = referenceIds.filter((id) => !ids.includes(id));
      for (const id of onlyHere) problems.push({ file: q.file, field: `<Step id="${id}">`, message: `anchor exists in ${q.lang} only (not in ${reference.file})` });
      for (const id of onlyThere) problems.push({ file: reference.file, field: `<Step id="${id}">`, message: `anchor exists in ${reference.lang} only (not in ${q.file})` });
      if (onlyHere.length + onlyThere.length === 0 && ids.join() !== referenceIds.join()) {
        problems.push({ file: q.file, field: '<Step> order', message: `steps are in a different order than in ${reference.file}` });
      }
    }
  }
  return problems;
}

function checkRelated(questions: QuestionFile[], present: Set<string>): ContentProblem[] {
  const ids = new Set([...present].map((key) => key.split('/').slice(1).join('/')));
  return questions.flatMap((q) =>
    q.data.related.flatMap((id, index) => {
      const field = `related[${index}]`;
      if (id === q.id) return [{ file: q.file, field, message: 'a question cannot be related to itself' }];
      return ids.has(`${q.lang}/${id}`) ? [] : [{ file: q.file, field, message: `no question with id "${id}"` }];
    }),
  );
}

function checkOrder(questions: QuestionFile[]): ContentProblem[] {
  return [...groupBy(questions, (q) => `${q.section}/${q.lang}/${q.data.order}`).values()]
    .filter((group) => group.length > 1)
    .flatMap(([first, ...others]) =>
      others.map((q) => ({ file: q.file, field: 'order', message: `order ${q.data.order} is also used by ${first?.file}` })),
    );
}

/** Everything wrong with the content under `<root>/content` (questions and the search lexicon), or an empty list. */
export function checkContent(root: string): ContentProblem[] {
  const { questions, problems, present } = readContent(root);
  const codes = readCodes(root);
  const codeSlugs = new Set(codes.codes.map((c) => c.data.code.toLowerCase()));
  const lexicon = readLexicon(root);
  return [
    ...problems,
    ...checkUniqueIds(questions),
    ...questions.flatMap(checkSteps),
    ...checkParity(questions, present),
    ...checkRelated(questions, present),
    ...checkOrder(questions),
    // A site without code files has no lookup: a flow that points at it then fails as such.
    ...checkFlows(root, { questions, present }, codes.codes.length > 0 ? codeSlugs : undefined),
    ...checkLinks(questions, { codes: codeSlugs, flowNodes: flowNodeKeys(root) }),
    ...lexicon.problems,
    ...checkLexicon(lexicon.groups, questions),
    ...checkDataFiles(root),
    ...codes.problems,
    ...checkCodes(codes.codes, questions),
  ];
}

/** One line per problem: `file › field: message`. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems.map((p) => `  ${p.file} › ${p.field}: ${p.message}`).join('\n');
}
