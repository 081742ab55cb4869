import type { FlowData, FlowNode } from '../schemas/flow';

/** Answers an outcome is reached through, at most: six taps from the start page, counting the tap that picks the flow. */
export const maxAnswersPerPath = 5;

export function isQuestion(node: FlowNode): node is FlowNode & { answers: NonNullable<FlowNode['answers']> } {
  return node.answers !== undefined;
}

/** How each node is reached: its parent node and the answer chosen there (the start node has none). */
export interface Arrival {
  parent: string;
  answer: number;
}

/** The single way into each node; only meaningful once the flow check has passed (a tree). */
export function arrivals(flow: FlowData): Map<string, Arrival> {
  const result = new Map<string, Arrival>();
  for (const [parent, node] of Object.entries(flow.nodes)) {
    node.answers?.forEach((answer, index) => {
      if (!result.has(answer.next)) result.set(answer.next, { parent, answer: index });
    });
  }
  return result;
}

/** The node ids from the start down to `node`, inclusive. */
export function trail(flow: FlowData, node: string, into = arrivals(flow)): string[] {
  const path = [node];
  for (let at = into.get(node); at && path.length <= Object.keys(flow.nodes).length; at = into.get(at.parent)) path.unshift(at.parent);
  return path;
}

/** The most questions still to answer below `node` (0 when its answers lead straight to outcomes). */
export function questionsBelow(flow: FlowData, node: string): number {
  const answers = flow.nodes[node]?.answers ?? [];
  const deeper = answers.filter((a) => flow.nodes[a.next]?.answers).map((a) => 1 + questionsBelow(flow, a.next));
  return Math.max(0, ...deeper);
}

/** Every path from the start to an outcome, as node ids. */
export function allPaths(flow: FlowData, from = flow.start): string[][] {
  const node = flow.nodes[from];
  if (!node?.answers) return [[from]];
  return node.answers.flatMap((answer) => allPaths(flow, answer.next).map((rest) => [from, ...rest]));
}
