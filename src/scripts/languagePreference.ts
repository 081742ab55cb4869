import { defaultLocale, isLocale, type Locale } from '../i18n/locales';

const storageKey = 'help-center-language';

/** Stores the language a visitor picked; storage may be blocked (private mode), which is fine. */
export function rememberLanguage(lang: string | undefined): void {
  if (!isLocale(lang)) return;
  try {
    localStorage.setItem(storageKey, lang);
  } catch {
    // Without storage the choice simply is not remembered.
  }
}

function remembered(): string | null {
  try {
    return localStorage.getItem(storageKey);
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
