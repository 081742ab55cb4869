/**
 * What in an answer's MDX would fail to render (src/lib/answerMdx/render.ts), found by parsing
 * alone so the content check can name the file and line before anything builds: malformed MDX,
 * a component other than Step, Callout and OperatorContact, a missing or non-literal attribute,
 * and JavaScript (`{…}`, import/export), which answers do not run.
 */
import { mdxToMdast, type MdastNode } from 'satteri';
import { answerComponentNames } from './components';

export interface MdxProblem {
  line: number;
  message: string;
}

/** Attributes each component takes, and which it cannot do without. `<Step>`'s are checked by scanSteps (src/lib/stepIds.ts). */
const attributesOf: Record<string, { allowed: string[]; required: string[] }> = {
  Callout: { allowed: ['title'], required: ['title'] },
  OperatorContact: { allowed: [], required: [] },
};

type Node = MdastNode & { name?: string | null; attributes?: { type: string; name?: string; value?: unknown }[]; children?: Node[] };

function checkElement(node: Node, line: number, problems: MdxProblem[]): void {
  const name = node.name ?? '';
  // Lower-case names are plain HTML elements, which Markdown allows too.
  if (!/^[A-Z]/.test(name)) return;
  if (name === 'Step') return;
  const spec = attributesOf[name];
  if (!spec) {
    problems.push({ line, message: `unknown component <${name}>: an answer may use ${answerComponentNames.map((n) => `<${n}>`).join(', ')}` });
    return;
  }
  const given = new Map((node.attributes ?? []).map((a) => [a.type === 'mdxJsxAttribute' ? (a.name ?? '') : '{…}', a.value]));
  for (const [attribute, value] of given) {
    if (!spec.allowed.includes(attribute)) problems.push({ line, message: `<${name}> does not take ${attribute === '{…}' ? 'spread attributes' : `"${attribute}"`}` });
    else if (typeof value !== 'string') problems.push({ line, message: `<${name} ${attribute}> must be a quoted string` });
  }
  for (const attribute of spec.required.filter((a) => !given.has(a))) problems.push({ line, message: `<${name}> needs ${attribute}="…"` });
  if (name === 'OperatorContact' && (node.children ?? []).length > 0) problems.push({ line, message: '<OperatorContact /> takes no content' });
}

function walk(node: Node, firstLine: number, problems: MdxProblem[]): void {
  const line = firstLine + (node.position?.start.line ?? 1) - 1;
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') checkElement(node, line, problems);
  if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
    problems.push({ line, message: 'a {…} expression: answers run no JavaScript (write \\{ for a literal brace)' });
  }
  if (node.type === 'mdxjsEsm') problems.push({ line, message: 'import/export: answers use <Step>, <Callout> and <OperatorContact /> without imports' });
  for (const child of node.children ?? []) walk(child, firstLine, problems);
}

/**
 * Problems in one answer body; `firstLine` is the body's first line in the file.
 * @example checkAnswerMdx('<Tip>\n\nx\n\n</Tip>', 7) // [{ line: 7, message: 'unknown component <Tip>: …' }]
 */
export function checkAnswerMdx(body: string, firstLine = 1): MdxProblem[] {
  let tree: Node;
  try {
    tree = mdxToMdast(body) as Node;
  } catch (error) {
    // satteri's messages start with the line and column in the body: `3:1: Expected a closing tag…`.
    const message = error instanceof Error ? error.message : String(error);
    const at = /^(\d+):\d+: /.exec(message);
    return [{ line: firstLine + Number(at?.[1] ?? 1) - 1, message: `malformed MDX: ${message.replace(/^\d+:\d+: /, '')}` }];
  }
  const problems: MdxProblem[] = [];
  walk(tree, firstLine, problems);
  return problems;
}
