export interface AnswerTextParts {
  title: string;
  summary: string;
  steps: readonly string[];
  /** Label before the link, e.g. "详细步骤" / "Full answer". */
  linkLabel: string;
}

/** Where the page's own address goes; filled in the browser, so the text links to where it is served. */
export const urlPlaceholder = '{url}';

/**
 * An answer as plain text for WeChat or SMS: the question, the short answer, the numbered
 * steps and the link. Chinese uses a full-width colon before the link.
 * @example answerAsText({ title: 'Q?', summary: 'A.', steps: ['One'], linkLabel: 'Full answer' }, 'en')
 * // 'Q?\nA.\n\n1. One\n\nFull answer: {url}'
 */
export function answerAsText(parts: AnswerTextParts, lang: string): string {
  const steps = parts.steps.map((step, index) => `${index + 1}. ${step}`).join('\n');
  const colon = lang === 'zh' ? '：' : ': ';
  return [`${parts.title}\n${parts.summary}`, steps, `${parts.linkLabel}${colon}${urlPlaceholder}`].filter(Boolean).join('\n\n');
}
