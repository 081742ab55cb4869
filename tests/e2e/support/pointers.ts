import type { SearchCase } from '../../fixtures/search-queries';
import { readContent } from '../../../src/lib/contentFiles.ts';
import { resolveLink } from '../../../src/lib/contentLinks.ts';

/**
 * Where each pointer step sends its reader (`<Step see="…">`), as `section/id#step` both ways.
 * Search leaves pointer steps out and opens the answer they point to, so a query mapped to one
 * (a query table written before its answer moved) is judged against where the answer is now.
 */
function readPointers(): Map<string, string> {
  const pointers = new Map<string, string>();
  for (const question of readContent(process.cwd()).questions) {
    for (const step of question.steps) {
      const target = step.see === undefined ? undefined : resolveLink(question, step.see);
      if (typeof target !== 'object') continue;
      pointers.set(`${question.lang}/${question.section}/${question.id}#${step.id}`, `${target.section}/${target.id}${target.anchor ? `#${target.anchor}` : ''}`);
    }
  }
  return pointers;
}

let pointers: Map<string, string> | undefined;

/** The answer and step a case should open once pointer steps are followed. */
export function followPointer(lang: string, expected: SearchCase): SearchCase {
  pointers ??= readPointers();
  const target = expected.step === undefined ? undefined : pointers.get(`${lang}/${expected.answer}#${expected.step}`);
  if (target === undefined) return expected;
  const [answer = '', step] = target.split('#');
  const followed: SearchCase = { ...expected, answer };
  if (step === undefined) delete followed.step;
  else followed.step = step;
  return followed;
}
