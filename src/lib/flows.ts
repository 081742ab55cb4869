import { getCollection } from 'astro:content';
import { localeCodes, type Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/ui';
import type { FlowData } from '../schemas/flow';
import { getAllQuestions, type Question } from './faq';
import { arrivals, questionsBelow, trail, type Arrival } from './flowGraph';
import { parseTarget, targetHref } from './flowTargets';
import { questionPath } from '../i18n/urls';
import { scanSteps } from './stepIds';
import { plainText, stepHtml } from './stepText';

export interface Flow {
  id: string;
  data: FlowData;
  arrivals: Map<string, Arrival>;
}

/** The flows in their `order`; the content check has already proved each is a tree with working targets. */
export async function getFlows(): Promise<Flow[]> {
  const entries = await getCollection('flows');
  return entries
    .map((entry) => ({ id: entry.id, data: entry.data, arrivals: arrivals(entry.data) }))
    .sort((a, b) => a.data.order - b.data.order);
}

/** `[lang]/troubleshoot/[flow]/[node]` for every node of every flow. */
export async function nodePaths() {
  const flows = await getFlows();
  return localeCodes.flatMap((lang) =>
    flows.flatMap((flow) => Object.keys(flow.data.nodes).map((node) => ({ params: { lang, flow: flow.id, node }, props: { flow } }))),
  );
}

/** The answered questions above `node`: each question's node id, its text and the answer chosen. */
export function answeredSoFar(flow: Flow, node: string, lang: Locale) {
  return trail(flow.data, node, flow.arrivals)
    .slice(1)
    .map((id) => {
      const { parent, answer } = flow.arrivals.get(id)!;
      const question = flow.data.nodes[parent]!;
      return { node: parent, question: question[lang].title, answer: question.answers![answer]![lang] };
    });
}

/** "Question 2 · at most 1 more": where a question sits in the longest path through it. */
export function progress(flow: Flow, node: string, lang: Locale): string {
  const t = useTranslations(lang);
  const number = t.flowQuestionNumber.replace('{n}', String(trail(flow.data, node, flow.arrivals).length));
  const left = questionsBelow(flow.data, node);
  return `${number} · ${left > 0 ? t.flowQuestionsLeft.replace('{n}', String(left)) : t.flowAnswerNext}`;
}

/** An outcome's target, ready to show: what it is called, its text, and where the full version is. */
export interface ShownTarget {
  href: string;
  title: string;
  /** The answer a step belongs to. */
  answerTitle?: string;
  /** "In: <answer title>", for lists of steps from several answers. */
  inAnswer?: string;
  /** The step's text as HTML (rendered from our own content), or a plain summary. */
  html?: string;
  summary?: string;
  /** Plain text for the page description and link previews. */
  description: string;
  linkLabel: string;
}

function findQuestion(questions: Question[], section: string, id: string): Question {
  const question = questions.find((q) => q.section === section && q.id === id);
  if (!question) throw new Error(`No answer ${section}/${id}: the content check should have caught this`);
  return question;
}

export async function showTarget(value: string, lang: Locale): Promise<ShownTarget> {
  const t = useTranslations(lang);
  const target = parseTarget(value);
  const href = targetHref(target, lang);
  if (target.kind === 'codes') return { href, title: t.codeLookupTitle, summary: t.codeLookupText, description: t.codeLookupText, linkLabel: t.codeLookupTitle };
  if (target.kind === 'code') {
    const title = t.codePageTitle.replace('{code}', target.code.toUpperCase());
    return { href, title, description: title, linkLabel: title };
  }
  const question = findQuestion(await getAllQuestions(lang), target.section, target.id);
  if (target.kind === 'answer') return { href, title: question.data.title, summary: question.data.summary, description: question.data.summary, linkLabel: t.flowOpenAnswer };
  const body = question.entry.body ?? '';
  const step = scanSteps(body).steps.find((s) => s.id === target.step);
  const html = stepHtml(body, target.step, questionPath(lang, target.section, target.id)) ?? '';
  return { href, title: step?.title ?? target.step, answerTitle: question.data.title, inAnswer: t.flowInAnswer.replace('{title}', question.data.title), html, description: plainText(html), linkLabel: t.flowOpenStep };
}
