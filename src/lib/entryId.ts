import { isLocale, type Locale } from '../i18n/locales';

/**
 * Splits a question entry id, as the glob loader makes it from `<lang>/<id>.mdx`.
 * @example splitEntryId('zh/check-network') // { lang: 'zh', id: 'check-network' }
 */
export function splitEntryId(entryId: string): { lang: Locale; id: string } {
  const [lang, id, ...rest] = entryId.split('/');
  if (!isLocale(lang) || !id || rest.length > 0) {
    throw new Error(`Unexpected question entry id "${entryId}": expected <lang>/<id>`);
  }
  return { lang, id };
}
