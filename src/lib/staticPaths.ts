import { localeCodes } from '../i18n/locales';
import { sectionIds } from './sections';
import { getQuestions } from './faq';
import { paginate } from './paginate';

/** `[lang]` for every language. */
export function languagePaths() {
  return localeCodes.map((lang) => ({ params: { lang } }));
}

/** `[lang]/[section]` for every language and section. */
export function sectionPaths() {
  return localeCodes.flatMap((lang) => sectionIds.map((section) => ({ params: { lang, section } })));
}

/** `[lang]/[section]/page/[page]` for the second and later pages of every long section. */
export async function sectionPagePaths() {
  const paths = [];
  for (const { params } of sectionPaths()) {
    const pages = paginate(await getQuestions(params.section, params.lang)).length;
    for (let page = 2; page <= pages; page++) paths.push({ params: { ...params, page: String(page) } });
  }
  return paths;
}

/** `[lang]/[section]/[id]` for every question, with the questions before and after it in its section. */
export async function questionPaths() {
  const paths = [];
  for (const { params } of sectionPaths()) {
    const questions = await getQuestions(params.section, params.lang);
    for (const [index, question] of questions.entries()) {
      paths.push({ params: { ...params, id: question.id }, props: { question, previous: questions[index - 1], next: questions[index + 1] } });
    }
  }
  return paths;
}
