import { getCollection } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { questionPath } from '../i18n/urls';
import { codeGroups, relatedLink, type CodeData, type CodeGroup } from '../schemas/code';
import { getAllQuestions } from './faq';
import { scanSteps } from './stepIds';

/** Every response code, in the order terminals sort them (digits, then letters). */
export async function getCodes(): Promise<CodeData[]> {
  const entries = await getCollection('codes');
  return entries.map((entry) => entry.data).sort((a, b) => (a.code < b.code ? -1 : 1));
}

/** The codes under each "what to do" heading of the lookup, headings in their fixed order. */
export function groupCodes(codes: readonly CodeData[]): { group: CodeGroup; codes: CodeData[] }[] {
  return codeGroups.map((group) => ({ group, codes: codes.filter((c) => c.group === group) })).filter((g) => g.codes.length > 0);
}

export interface DeeperLink {
  href: string;
  /** The step's title, or the answer's when the link names no step. */
  label: string;
  /** The answer's title, shown before a step's. */
  answer?: string;
}

/** A code's `related` links with the titles of the answers and steps they open (checked before the build). */
export async function resolveRelated(links: readonly string[], lang: Locale): Promise<DeeperLink[]> {
  const questions = await getAllQuestions(lang);
  return links.flatMap((link) => {
    const [, section, id, step] = relatedLink.exec(link) ?? [];
    const question = questions.find((q) => q.section === section && q.id === id);
    if (!question) return [];
    const href = questionPath(lang, question.section, question.id) + (step ? `#${step}` : '');
    if (!step) return [{ href, label: question.data.title }];
    const title = scanSteps(question.entry.body ?? '').steps.find((s) => s.id === step)?.title ?? question.data.title;
    return [{ href, label: title, answer: question.data.title }];
  });
}
