import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { sectionIds, type SectionId } from './sections';
import { splitEntryId } from './entryId';
import { popularQuestionIds } from './popular';

export interface Question {
  id: string;
  section: SectionId;
  lang: Locale;
  entry: CollectionEntry<SectionId>;
  data: CollectionEntry<SectionId>['data'];
}

export interface Section {
  id: SectionId;
  order: number;
  title: string;
  intro: string;
}

/** The sections in their configured order, with their text in `lang`. */
export async function getSections(lang: Locale): Promise<Section[]> {
  const entries = await getCollection('sections');
  return sectionIds
    .map((id) => {
      const entry = entries.find((e) => e.id === id);
      if (!entry) throw new Error(`content/${id}/section.yaml is missing`);
      return { id, order: entry.data.order, ...entry.data[lang] };
    })
    .sort((a, b) => a.order - b.order);
}

/** One section's questions in `lang`, in their `order`. */
export async function getQuestions(section: SectionId, lang: Locale): Promise<Question[]> {
  const entries: CollectionEntry<SectionId>[] = await getCollection(section);
  return entries
    .map((entry) => ({ ...splitEntryId(entry.id), section, entry, data: entry.data }))
    .filter((question) => question.lang === lang)
    .sort((a, b) => a.data.order - b.data.order);
}

/** Every question in `lang`, section by section. */
export async function getAllQuestions(lang: Locale): Promise<Question[]> {
  const lists = await Promise.all(sectionIds.map((section) => getQuestions(section, lang)));
  return lists.flat();
}

/** The questions a question's `related` names, in that order (ids are checked at build start). */
export async function getRelated(question: Question): Promise<Question[]> {
  const all = await getAllQuestions(question.lang);
  return question.data.related.flatMap((id) => all.filter((q) => q.id === id));
}

/** The editorial "most-read" list, in `lang`. */
export async function getPopular(lang: Locale): Promise<Question[]> {
  const all = await getAllQuestions(lang);
  return popularQuestionIds.flatMap((id) => all.filter((q) => q.id === id));
}
