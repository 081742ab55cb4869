import type { SearchPage } from './data';

/**
 * Reference pages (the glossary, the response-code pages) define words; answers say what to do.
 * A reference page's title and term headings are short and hold the very words merchants type
 * (交易失败, 签到, T+1), so by the same weights they would outrank the answer that explains the
 * situation. They count for a share of their score unless the query asks what something means
 * (the glossary, and then the answers take the share) or names a response code (the code pages;
 * the code's own is sent first, see rank.ts).
 */
export const referenceShare = 0.6;

const referenceUrl = /^\/[a-z]+\/(glossary|codes)\//;

/** `glossary` or `codes` for a reference page, undefined for an answer. */
export function referenceKind(page: SearchPage): 'glossary' | 'codes' | undefined {
  return referenceUrl.exec(page.url)?.[1] as 'glossary' | 'codes' | undefined;
}

/** "What does it mean" in either language: 什么意思, 是啥, 含义, what is, meaning, in Chinese … */
const meaning = {
  zh: /什么意思|啥意思|意思|含义|是什么|是啥|指什么|指啥|代表什么|英文|英语/,
  en: /\bwhat(?:'?s| is| are| does)\b|\bmeans?\b|\bmeaning\b|\bdefin(?:e|ition)\b|\bstand for\b|\bin chinese\b|\bchinese for\b|\bglossary\b/,
} as const;

/** Whether the (normalised) query asks what a word or a message means. */
export function asksMeaning(query: string, lang: 'zh' | 'en'): boolean {
  return meaning[lang].test(query) || (lang === 'en' && meaning.zh.test(query));
}

/**
 * The code pages whose screen message the query holds whole (余额不足, "insufficient funds"):
 * a merchant who types the message names the code as surely as one who types its number.
 * The message is the title after the code: in English both the label and the Chinese in brackets.
 */
export function messagePages(query: string, pages: readonly SearchPage[]): Set<string> {
  const flat = query.replace(/\s+/g, ' ');
  const found = new Set<string>();
  for (const page of pages) {
    if (referenceKind(page) !== 'codes') continue;
    const label = page.title.toLowerCase().replace(/^\S+\s+/, '');
    const parts = [label.replace(/\s*\(.*\)\s*$/, ''), /\(([^)]*)\)\s*$/.exec(label)?.[1] ?? ''];
    if (parts.some((part) => part.length >= 3 && flat.includes(part.replace(/[’']/g, "'")))) found.add(page.id);
  }
  return found;
}
