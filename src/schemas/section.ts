import { z } from 'astro/zod';

const sectionText = z.strictObject({
  /** The section's name in lists, breadcrumbs and its page heading. */
  title: z.string().trim().min(1),
  /** One or two sentences on what the section helps with. */
  intro: z.string().trim().min(1),
});

/** `content/<section>/section.yaml`: a section's place and its text in every language. */
export const sectionSchema = z.strictObject({
  order: z.number().int().positive(),
  zh: sectionText,
  en: sectionText,
});

export type SectionData = z.infer<typeof sectionSchema>;
