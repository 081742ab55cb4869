import type { Locale } from './locales';
import { en, type UiStrings } from './ui/en';
import { zh } from './ui/zh';

const dictionaries: Record<Locale, UiStrings> = { zh, en };

/** The UI strings of one language. */
export function useTranslations(lang: Locale): UiStrings {
  return dictionaries[lang];
}
