import type { SearchCase } from '../../fixtures/search-queries';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveLink } from '../../../src/lib/contentLinks.ts';
import type { SectionId } from '../../../src/lib/sections.ts';
import { scanSteps } from '../../../src/lib/stepIds.ts';

/**
 * Where each pointer step sends its reader (`<Step see="…">`), as `section/id#step` both ways.
 * Search leaves pointer steps out and opens the answer they point to, so a query mapped to one
 * (a query table written before its answer moved) is judged against where the answer is now.
 */
function readPointers(): Map<string, string> {
  const pointers = new Map<string, string>();
  for (const section of readdirSync('content')) {
    for (const lang of ['zh', 'en']) {
      const folder = join('content', section, lang);
      if (!existsSync(folder)) continue;
      for (const file of readdirSync(folder).filter((name) => name.endsWith('.mdx'))) {
        const question = { section: section as SectionId, id: file.replace(/\.mdx$/, '') };
        for (const step of scanSteps(readFileSync(join(folder, file), 'utf8')).steps) {
          const target = step.see === undefined ? undefined : resolveLink(question, step.see);
          if (typeof target !== 'object') continue;
          pointers.set(`${lang}/${section}/${question.id}#${step.id}`, `${target.section}/${target.id}${target.anchor ? `#${target.anchor}` : ''}`);
        }
      }
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
