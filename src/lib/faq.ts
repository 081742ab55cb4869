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

/**
 * Every page asks for the same lists (the header's popular questions, related links), so each
 * is computed once per build: recomputing them per page made large builds grow quadratically.
 */
const cache = new Map<string, Promise<unknown>>();
function once<T>(key: string, compute: () => Promise<T>): Promise<T> {
  if (!cache.has(key)) cache.set(key, compute());
  return cache.get(key) as Promise<T>;
}

/** The sections in their configured order, with their text in `lang`. */
export function getSections(lang: Locale): Promise<Section[]> {
  return once(`sections/${lang}`, async () => {
    const entries = await getCollection('sections');
    return sectionIds
      .map((id) => {
        const entry = entries.find((e) => e.id === id);
        if (!entry) throw new Error(`content/${id}/section.yaml is missing`);
        return { id, order: entry.data.order, ...entry.data[lang] };
      })
      .sort((a, b) => a.order - b.order);
  });
}

/** One section's questions in `lang`, in their `order`. */
export function getQuestions(section: SectionId, lang: Locale): Promise<Question[]> {
  return once(`questions/${section}/${lang}`, async () => {
    const entries: CollectionEntry<SectionId>[] = await getCollection(section);
    return entries
      .map((entry) => ({ ...splitEntryId(entry.id), section, entry, data: entry.data }))
      .filter((question) => question.lang === lang)
      .sort((a, b) => a.data.order - b.data.order);
  });
}

/** The sections in order, each with its questions: the home and search pages list them all. */
export function getSectionsWithQuestions(lang: Locale): Promise<(Section & { questions: Question[] })[]> {
  return once(`sectionsWithQuestions/${lang}`, async () =>
    Promise.all((await getSections(lang)).map(async (section) => ({ ...section, questions: await getQuestions(section.id, lang) }))),
  );
}

/** Every question in `lang`, section by section. */
export function getAllQuestions(lang: Locale): Promise<Question[]> {
  return once(`all/${lang}`, async () => (await Promise.all(sectionIds.map((section) => getQuestions(section, lang)))).flat());
}

function questionsById(lang: Locale): Promise<Map<string, Question>> {
  return once(`byId/${lang}`, async () => new Map((await getAllQuestions(lang)).map((q) => [q.id, q])));
}

/** The questions a question's `related` names, in that order (ids are checked at build start). */
export async function getRelated(question: Question): Promise<Question[]> {
  const byId = await questionsById(question.lang);
  return question.data.related.flatMap((id) => byId.get(id) ?? []);
}

/** The editorial "most-read" list, in `lang`. */
export async function getPopular(lang: Locale): Promise<Question[]> {
  const byId = await questionsById(lang);
  return popularQuestionIds.flatMap((id) => byId.get(id) ?? []);
}
