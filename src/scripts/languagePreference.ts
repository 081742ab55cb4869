import { defaultLocale, isLocale, type Locale } from '../i18n/locales';

/** Also written by the page's script loader when the language switch is followed (src/lib/deferScripts.ts). */
export const languageStorageKey = 'help-center-language';

function remembered(): string | null {
  try {
    return localStorage.getItem(languageStorageKey);
  } catch {
    return null;
  }
}

/**
 * The language to open: the remembered choice, else the first browser language we have, else zh.
 * @example pickLanguage(null, ['en-GB', 'zh-CN']) // 'en'
 */
export function pickLanguage(stored: string | null, browserLanguages: readonly string[]): Locale {
  if (isLocale(stored)) return stored;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return defaultLocale;
}

export function preferredLanguage(): Locale {
  return pickLanguage(remembered(), navigator.languages ?? [navigator.language]);
}
