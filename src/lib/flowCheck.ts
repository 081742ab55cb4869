import { localeCodes } from '../i18n/locales';
import type { FlowData } from '../schemas/flow';
import type { ContentProblem, ContentRead } from './contentFiles';
import { maxAnswersPerPath } from './flowGraph';
import { readFlows, type FlowFile } from './flowFiles';
import { parseTarget } from './flowTargets';
import { idPattern, isSectionId } from './sections';

/** The codes a target may name (`codes/55`), or undefined while the site has no code lookup. */
export type CodeSlugs = ReadonlySet<string> | undefined;

const nodeField = (id: string, rest?: string) => (rest ? `node "${id}" › ${rest}` : `node "${id}"`);

/** Each node is a question or an outcome; every `next` exists; labels differ within a node. */
function checkNodes({ nodes }: FlowData): [string, string][] {
  const found: [string, string][] = [];
  for (const [id, node] of Object.entries(nodes)) {
    const outcome = node.fix !== undefined || node.then !== undefined;
    if (!idPattern.test(id)) found.push([nodeField(id), 'node id must be a lower-case ASCII id such as "every-card"']);
    if (node.answers && outcome) found.push([nodeField(id), 'a node is a question (answers) or an outcome (fix, then), not both']);
    else if (!node.answers && !outcome) found.push([nodeField(id), 'this path ends without an outcome: give the node answers, or fix and then']);
    else if (outcome && (!node.fix || !node.then)) found.push([nodeField(id), `an outcome needs both fix and then (${node.fix ? 'then' : 'fix'} is missing)`]);
    node.answers?.forEach((answer, index) => {
      if (!Object.hasOwn(nodes, answer.next)) found.push([nodeField(id, `answers[${index}].next`), `no node "${answer.next}" in this flow`]);
      for (const lang of localeCodes) {
        const first = node.answers?.findIndex((other) => other[lang] === answer[lang]);
        if (first !== index) found.push([nodeField(id, `answers[${index}].${lang}`), `same label as answers[${first}]`]);
      }
    });
  }
  return found;
}

/** A tree: one way into every node, no cycle, everything reachable from `start`, short paths. */
function checkShape(flow: FlowData): [string, string][] {
  const found: [string, string][] = [];
  if (!Object.hasOwn(flow.nodes, flow.start)) return [['start', `no node "${flow.start}" in this flow`]];
  const parents = new Map<string, string[]>();
  for (const [id, node] of Object.entries(flow.nodes)) {
    for (const answer of node.answers ?? []) parents.set(answer.next, [...(parents.get(answer.next) ?? []), id]);
  }
  for (const [id, from] of parents) {
    if (from.length > 1 && id !== flow.start && Object.hasOwn(flow.nodes, id)) {
      found.push([nodeField(id), `has ${from.length} parents (${from.map((p) => `"${p}"`).join(' and ')}): a node is reached by one answer only, so its trail is known; give each path its own node`]);
    }
  }
  const reached = new Set<string>();
  const walk = (id: string, path: string[]) => {
    if (path.includes(id)) return void found.push([nodeField(id), `cycle: ${[...path.slice(path.indexOf(id)), id].join(' → ')}`]);
    if (reached.has(id) || !Object.hasOwn(flow.nodes, id)) return;
    reached.add(id);
    if (path.length > maxAnswersPerPath) found.push([nodeField(id), `reached after ${path.length} answers (${[...path, id].join(' → ')}): at most ${maxAnswersPerPath}, six taps from the start page`]);
    for (const answer of flow.nodes[id]?.answers ?? []) walk(answer.next, [...path, id]);
  };
  walk(flow.start, []);
  for (const id of Object.keys(flow.nodes)) {
    if (!reached.has(id)) found.push([nodeField(id), `unreachable: no answer on a path from "${flow.start}" leads here`]);
  }
  return found;
}

/** Every `fix` and `then` names an answer, step or code that exists, in every language. */
function checkTargets(flow: FlowData, { questions, present }: Pick<ContentRead, 'questions' | 'present'>, codes: CodeSlugs): [string, string][] {
  const found: [string, string][] = [];
  for (const [id, node] of Object.entries(flow.nodes)) {
    for (const key of ['fix', 'then'] as const) {
      node[key]?.forEach((value, index) => {
        const field = nodeField(id, `${key}[${index}]`);
        const target = parseTarget(value);
        if (target.kind === 'codes' || target.kind === 'code') {
          if (!codes) found.push([field, 'the code lookup is not part of this site yet']);
          else if (target.kind === 'code' && !codes.has(target.code)) found.push([field, `no response code "${target.code}"`]);
          return;
        }
        for (const lang of localeCodes) {
          const question = questions.find((q) => q.lang === lang && q.section === target.section && q.id === target.id);
          // A file that exists but failed its own check is reported once, there.
          if (!question && present.has(`${target.section}/${lang}/${target.id}`)) continue;
          if (!question) found.push([field, `no answer content/${target.section}/${lang}/${target.id}.mdx`]);
          else if (target.kind === 'step' && !question.steps.some((s) => s.id === target.step)) found.push([field, `no <Step id="${target.step}"> in ${question.file}`]);
        }
      });
    }
  }
  return found;
}

function checkFlow(flow: FlowFile, content: Pick<ContentRead, 'questions' | 'present'>, codes: CodeSlugs): ContentProblem[] {
  const sections = flow.data.sections.flatMap((s, i): [string, string][] => (isSectionId(s) ? [] : [[`sections[${i}]`, `no section "${s}"`]]));
  return [...checkNodes(flow.data), ...checkShape(flow.data), ...checkTargets(flow.data, content, codes), ...sections].map(([field, message]) => ({ file: flow.file, field, message }));
}

/** Everything wrong with the troubleshooter's flows under `<root>/content/troubleshoot`, or an empty list. */
export function checkFlows(root: string, content: Pick<ContentRead, 'questions' | 'present'>, codes: CodeSlugs = undefined): ContentProblem[] {
  const { flows, problems } = readFlows(root);
  return [...problems, ...flows.flatMap((flow) => checkFlow(flow, content, codes))];
}
