import { z } from 'astro/zod';

const quoted = (example: string) => ({
  error: (issue: { input: unknown }) =>
    issue.input === undefined ? 'required' : `expected text: write it in quotes, e.g. ${example}, so YAML keeps it exactly as written`,
});

const name = z.string(quoted('"Example Bank"')).trim().min(1).max(40, 'at most 40 characters: it is shown in every footer');
const hours = z.string(quoted('"8:00–22:00"')).trim().min(1).max(40, 'at most 40 characters: it is shown in every footer');

/** Digits, spaces, hyphens, brackets and a leading +, with 5 to 20 digits: 95516, 400-820-0000, +86 10 1234 5678. */
const hotline = z
  .string(quoted('hotline: "400-820-0000"'))
  .trim()
  .superRefine((value, ctx) => {
    const digits = value.replace(/\D/g, '').length;
    if (!/^\+?[\d\s()-]+$/.test(value)) ctx.addIssue({ code: 'custom', message: 'a phone number may hold only digits, spaces, hyphens, brackets and a leading +, e.g. "400-820-0000"' });
    else if (digits < 5 || digits > 20) ctx.addIssue({ code: 'custom', message: 'a phone number needs 5 to 20 digits' });
  });

const website = z.httpUrl({ error: 'a full web address starting with https:// (or http://), e.g. https://www.example.cn' });

const bilingual = <T extends z.ZodType>(schema: T) => z.strictObject({ zh: schema.optional(), en: schema.optional() });

/**
 * `content/operator.yaml`: who runs this copy of the site. Every field may be left empty (the
 * site then sends merchants to the number on their terminal); once anything is filled in, the
 * name in both languages and the hotline are required, and hours need both languages.
 */
export const operatorFileSchema = z
  .strictObject({
    name: bilingual(name).optional(),
    hotline: hotline.optional(),
    hours: bilingual(hours).optional(),
    website: website.optional(),
  })
  .superRefine((value, ctx) => {
    const filled = [value.name?.zh, value.name?.en, value.hotline, value.hours?.zh, value.hours?.en, value.website].some((v) => v !== undefined);
    if (!filled) return;
    for (const lang of ['zh', 'en'] as const) {
      if (value.name?.[lang] === undefined) ctx.addIssue({ code: 'custom', path: ['name', lang], message: `the operator's name is needed in both languages (${lang} is empty)` });
    }
    if (value.hotline === undefined) ctx.addIssue({ code: 'custom', path: ['hotline'], message: 'a hotline is needed once an operator is named: it is what merchants call' });
    const hoursGiven = [value.hours?.zh, value.hours?.en].filter((v) => v !== undefined).length;
    if (hoursGiven === 1) {
      const missing = value.hours?.zh === undefined ? 'zh' : 'en';
      ctx.addIssue({ code: 'custom', path: ['hours', missing], message: `service hours are needed in both languages (${missing} is empty), or in neither` });
    }
  })
  .transform((value): Operator | null => {
    if (value.name?.zh === undefined || value.name.en === undefined || value.hotline === undefined) return null;
    const { zh, en } = value.hours ?? {};
    return {
      name: { zh: value.name.zh, en: value.name.en },
      hotline: value.hotline,
      ...(zh !== undefined && en !== undefined ? { hours: { zh, en } } : {}),
      ...(value.website !== undefined ? { website: value.website } : {}),
    };
  });

/** A filled-in operator; `null` when the settings are left empty. */
export interface Operator {
  name: { zh: string; en: string };
  hotline: string;
  hours?: { zh: string; en: string };
  website?: string;
}
