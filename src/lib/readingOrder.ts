import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Locale } from '../i18n/locales';
import { questionPath } from '../i18n/urls';
import { readContent } from './contentFiles';
import { sectionIds, type SectionId } from './sections';

/** A section's place as the site lists it (its section.yaml `order`, as getSections sorts); the build's content check reports a missing one. */
function sectionOrder(root: string, section: SectionId): number {
  const path = join(root, 'content', section, 'section.yaml');
  const order = existsSync(path) ? (parse(readFileSync(path, 'utf8')) as { order?: unknown } | null)?.order : undefined;
  return typeof order === 'number' ? order : sectionIds.indexOf(section);
}

/**
 * Each language's questions in reading order (section, then the question's `order`, as the site
 * lists them), as site-relative URLs: the search data lists its pages so, and a query that names
 * only the site's subject lists them in that order (src/scripts/search/subject.ts).
 */
export function readingOrder(root: string): (lang: Locale) => string[] {
  const sections = new Map(sectionIds.map((id) => [id, sectionOrder(root, id)]));
  const questions = readContent(root).questions.sort((a, b) => (sections.get(a.section) ?? 0) - (sections.get(b.section) ?? 0) || a.data.order - b.data.order);
  return (lang) => questions.filter((q) => q.lang === lang).map((q) => questionPath(lang, q.section, q.id, '/'));
}
