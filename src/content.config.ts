import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { answerLoader } from './lib/answerLoader';
import { questionSchema } from './schemas/question';
import { sectionSchema } from './schemas/section';
import { codeSchema } from './schemas/code';
import { flowSchema } from './schemas/flow';
import type { SectionId } from './lib/sections';

/**
 * One collection per section: `content/<section>/<lang>/<id>.mdx`, entry id `<lang>/<id>`, each
 * answer rendered to HTML into the store at sync (glob() plus our MDX renderer).
 */
function questions(section: SectionId) {
  return defineCollection({
    loader: answerLoader({ base: `./content/${section}`, pattern: '*/*.mdx' }),
    schema: questionSchema,
  });
}

export const collections = {
  'ic-card-upgrade': questions('ic-card-upgrade'),
  'failed-swipes': questions('failed-swipes'),
  settlement: questions('settlement'),
  /** `content/codes/<code>.yaml`, entry id the code in lower case (`55`, `a0`): the URL slug. */
  codes: defineCollection({
    loader: glob({ base: './content/codes', pattern: '*.yaml' }),
    schema: codeSchema,
  }),
  sections: defineCollection({
    loader: glob({
      base: './content',
      pattern: '*/section.yaml',
      generateId: ({ entry }) => entry.split('/')[0] ?? entry,
    }),
    schema: sectionSchema,
  }),
  /** The troubleshooter: `content/troubleshoot/<flow>.yaml`, entry id `<flow>`. */
  flows: defineCollection({
    loader: glob({ base: './content/troubleshoot', pattern: '*.yaml' }),
    schema: flowSchema,
  }),
};
