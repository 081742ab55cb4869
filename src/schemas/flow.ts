import { z } from 'astro/zod';
import { targetPattern } from '../lib/flowTargets';

const text = z.string().trim().min(1);

/** What a node says in one language: the question (or, for an outcome, its heading) and an optional hint. */
const nodeText = z.strictObject({
  title: text.max(70),
  hint: text.max(160).optional(),
});

/** One answer to a question: a big link to the next node. */
const answer = z.strictObject({
  next: z.string(),
  zh: text.max(30),
  en: text.max(80),
});

const target = z.string().regex(targetPattern, 'expected section/answer-id#step-id, section/answer-id, codes or codes/<code>');

/**
 * One node: a question (`answers`) or an outcome (`fix` and `then`). Both kinds are optional here
 * so that a node with neither is reported by the flow check as a path without an outcome.
 */
const node = z.strictObject({
  zh: nodeText,
  en: nodeText,
  /** Two to five answers, in display order. */
  answers: z.array(answer).min(2).max(5).optional(),
  /** What fixes it: shown on the outcome page itself, each with a link to the full step. */
  fix: z.array(target).min(1).max(2).optional(),
  /** "Still not fixed?": the next thing to try or who to call. */
  then: z.array(target).min(1).max(2).optional(),
});

const flowText = z.strictObject({
  /** The flow on the start page, as a one-line question a merchant would ask. */
  title: text.max(60),
});

/** `content/troubleshoot/<flow>.yaml`: one guided troubleshooter, both languages per node. */
export const flowSchema = z.strictObject({
  order: z.number().int().positive(),
  /** The first question's node id. */
  start: z.string(),
  /** Section pages that offer this flow at the top. */
  sections: z.array(z.string()).default([]),
  zh: flowText,
  en: flowText,
  nodes: z.record(z.string(), node),
});

export type FlowData = z.infer<typeof flowSchema>;
export type FlowNode = FlowData['nodes'][string];
