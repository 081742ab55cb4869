import { z } from 'astro/zod';
import { idPattern } from '../lib/sections';

const questionId = z.string().regex(idPattern, 'must be a lower-case ASCII id such as "check-network"');

/** A date written as 2026-11-25 (YAML may already have turned it into a Date). */
const isoDate = z.union([z.date(), z.iso.date().transform((value) => new Date(value))], {
  error: 'expected a date such as 2026-11-25',
});

/** Frontmatter of one question file, `content/<section>/<lang>/<id>.mdx`. */
export const questionSchema = z.strictObject({
  /** The question, worded as a merchant would ask it; browsers and search results cut titles past 70 characters. */
  title: z.string().trim().min(1).max(70),
  /** The answer in one or two sentences: lists, meta description, short answer. */
  summary: z.string().trim().min(1).max(220),
  /** Position within its section, starting at 1. */
  order: z.number().int().positive(),
  /** When the answer last changed in substance. */
  updated: isoDate,
  /** Ids of other questions, in any section, worth reading next. */
  related: z.array(questionId).default([]),
});

export type QuestionData = z.infer<typeof questionSchema>;
