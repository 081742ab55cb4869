import { isLocale, type Locale } from './locales';

const trimSlashes = (value: string) => value.replace(/^\/+|\/+$/g, '');

/**
 * A site path under the configured `base`, always with a trailing slash (as the pages are built).
 * @example withBase('zh/settlement', '/help/') // '/help/zh/settlement/'
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const joined = [trimSlashes(base), trimSlashes(path)].filter(Boolean).join('/');
  return joined ? `/${joined}/` : '/';
}

/**
 * A file under `public/` (no trailing slash), under the configured `base`.
 * @example assetPath('favicon.svg', '/help/') // '/help/favicon.svg'
 */
export function assetPath(file: string, base: string = import.meta.env.BASE_URL): string {
  return withBase(file, base).replace(/\/$/, '');
}

/** @example homePath('en') // '/en/' */
export function homePath(lang: Locale, base?: string): string {
  return withBase(lang, base);
}

/** @example sectionPath('zh', 'settlement') // '/zh/settlement/' */
export function sectionPath(lang: Locale, section: string, base?: string): string {
  return withBase(`${lang}/${section}`, base);
}

/** @example questionPath('zh', 'settlement', 'settlement-delays') // '/zh/settlement/settlement-delays/' */
export function questionPath(lang: Locale, section: string, id: string, base?: string): string {
  return withBase(`${lang}/${section}/${id}`, base);
}

/** @example glossaryPath('en') // '/en/glossary/' */
export function glossaryPath(lang: Locale, base?: string): string {
  return withBase(`${lang}/glossary`, base);
}

/**
 * The same page in another language: swaps the language segment that follows `base`.
 * Paths outside the language folders (the entry page, 404) go to that language's home.
 * @example localizedPath('/help/zh/settlement/', 'en', '/help/') // '/help/en/settlement/'
 */
export function localizedPath(pathname: string, target: Locale, base: string = import.meta.env.BASE_URL): string {
  const prefix = withBase('', base);
  const rest = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : trimSlashes(pathname);
  const [first, ...others] = trimSlashes(rest).split('/');
  if (!isLocale(first)) return homePath(target, base);
  return withBase([target, ...others].join('/'), base);
}

/** @example absoluteUrl('/zh/', 'https://help.example.cn') // 'https://help.example.cn/zh/' */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  return site ? new URL(path, site).href : path;
}
