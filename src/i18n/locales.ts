/** The site's languages: the one place that knows their codes, labels and tags. */
export const locales = {
  zh: { htmlLang: 'zh-CN', ogLocale: 'zh_CN', label: '中文' },
  en: { htmlLang: 'en', ogLocale: 'en_US', label: 'English' },
} as const;

export type Locale = keyof typeof locales;

/** Listed in the order the site offers them: Chinese first. */
export const localeCodes = Object.keys(locales) as Locale[];

export const defaultLocale: Locale = 'zh';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(locales, value);
}

/** The other language, for the switcher (the site has exactly two). */
export function otherLocale(lang: Locale): Locale {
  return lang === 'zh' ? 'en' : 'zh';
}
