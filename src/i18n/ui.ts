import type { Locale } from './locales';
import { en, type UiStrings } from './ui/en';
import { zh } from './ui/zh';

const dictionaries: Record<Locale, UiStrings> = { zh, en };

/** The UI strings of one language. */
export function useTranslations(lang: Locale): UiStrings {
  return dictionaries[lang];
}

/**
 * Fills `{name}` placeholders in a UI string.
 * @example fill('Page {page} of {pages}', { page: 2, pages: 9 }) // 'Page 2 of 9'
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}
