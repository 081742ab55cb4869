import type { Locale } from './locales';
import { en, type CodeStrings } from './ui/codes/en';
import { zh } from './ui/codes/zh';

const dictionaries: Record<Locale, CodeStrings> = { zh, en };

/** The strings of the response-code pages in one language. */
export function useCodeStrings(lang: Locale): CodeStrings {
  return dictionaries[lang];
}
