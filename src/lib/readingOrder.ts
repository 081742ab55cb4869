import type { Locale } from '../i18n/locales';
import { readContent } from './contentFiles';
import { sectionIds } from './sections';

/**
 * Each language's questions in reading order (section, then the question's `order`), as
 * site-relative URLs: the search data lists its pages so, and a query that names only the site's
 * subject lists them in that order (src/scripts/search/subject.ts).
 */
export function readingOrder(root: string): (lang: Locale) => string[] {
  const questions = readContent(root).questions.sort((a, b) => sectionIds.indexOf(a.section) - sectionIds.indexOf(b.section) || a.data.order - b.data.order);
  return (lang) => questions.filter((q) => q.lang === lang).map((q) => `/${lang}/${q.section}/${q.id}/`);
}
