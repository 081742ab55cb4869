import { z } from 'astro/zod';
import { idPattern } from '../lib/sections';

/** Blank values are dropped before validation, so an empty field reads as missing. */
const required = { error: (issue: { input: unknown }) => (issue.input === undefined ? 'missing or empty' : undefined) };
const anchorId = z.string(required).regex(idPattern, 'must be a lower-case ASCII id such as "qiandao": it becomes the link #qiandao');
const text = (max: number) => z.string(required).trim().min(1).max(max);

/** Pinyin with tone marks, as an English speaker would read it aloud: "qiāndào", "IC kǎ cānshù". */
const pinyin = z.string().trim().regex(/^[A-Za-z0-9āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü' +-]+$/, 'pinyin in Latin letters with tone marks, e.g. "qiāndào"');

const term = z.strictObject({
  /** The term's anchor on the glossary page: `/<lang>/glossary/#<id>`. Never rename a published one. */
  id: anchorId,
  /** The Chinese word exactly as the terminal, slip or contract shows it. */
  zh: text(20),
  /** Its usual English name. */
  en: text(60),
  pinyin: pinyin.optional(),
  /** Other wordings of the same thing on screens and slips (撤销 for 消费撤销, 小票 for 签购单). */
  aka: z.array(text(20)).default([]),
  /** What it means for the merchant, in plain words. */
  meaning: z.strictObject({ zh: text(300), en: text(600) }),
});

const group = z.strictObject({
  /** The group's anchor on the page. */
  group: anchorId,
  title: z.strictObject({ zh: text(30), en: text(60) }),
  terms: z.array(term).min(1),
});

/** `content/glossary.yaml`: the terminal's words, grouped, each explained in both languages. */
export const glossarySchema = z.array(group).min(1);

export type GlossaryGroup = z.output<typeof group>;
export type GlossaryTerm = z.output<typeof term>;
