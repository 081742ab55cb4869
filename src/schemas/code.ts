import { z } from 'astro/zod';

/** What the merchant does first; the lookup page groups the codes by it, in this order. */
export const codeGroups = ['customer', 'no-retry', 'sign-in', 'provider', 'later', 'check-entry', 'approved'] as const;
/** Whether to run the card again: never / after fixing something / later / at once. */
export const retryValues = ['never', 'after-fix', 'later', 'now'] as const;
/** Who can fix it; `provider` is the POS service provider or acquirer (收单机构/服务商). */
export const whoValues = ['merchant', 'cardholder', 'issuer', 'provider'] as const;
/** How to take this payment instead: another card works / only non-card payment works / nothing to take. */
export const otherWayValues = ['other-card', 'not-card', 'none'] as const;
export const upgradeValues = ['high', 'medium', 'low'] as const;

/** A link to an answer or one of its steps: `failed-swipes/cant-swipe-after-upgrade#restart-and-sign-in`. */
export const relatedLink = /^([a-z0-9-]+)\/([a-z0-9-]+)(?:#([a-z0-9-]+))?$/;

/**
 * Words that must not appear in what the cashier says for fraud, lost or stolen card codes: the
 * customer may be the cardholder, and the reason is the bank's to give (it is never ours to guess).
 */
export const accusingWords = ['欺诈', '作弊', '盗', '挂失', '没收', '伪卡', '可疑', '黑名单', 'fraud', 'stolen', 'lost', 'pick up', 'retain', 'suspicious', 'counterfeit', 'blacklist'];

const text = z.string().trim().min(1);

const codeText = z.strictObject({
  /** The short text on screen (zh) or its plain translation (en): the page title is `<code> <label>`. */
  label: z.string().trim().min(1).max(40),
  /** What the code means, in plain words. */
  meaning: text,
  /** What to do now, one short step per item. */
  doNow: z.array(text).min(1).max(5),
  /** One sentence the cashier can say aloud. */
  customer: text,
  /** Why this code shows up after an upgrade: required when `upgrade` is high or medium. */
  upgradeNote: text.optional(),
  /** Other meanings some acquirers give the same code, and what to do then. */
  elsewhere: text.optional(),
});

/** `content/codes/<code in lower case>.yaml`: one terminal response code. */
export const codeSchema = z
  .strictObject({
    code: z.string().regex(/^[0-9A-Z]{2}$/, 'must be two characters, digits or capital letters, e.g. "55" or "A0"'),
    group: z.enum(codeGroups),
    retry: z.enum(retryValues),
    who: z.array(z.enum(whoValues)),
    otherWay: z.enum(otherWayValues),
    upgrade: z.enum(upgradeValues),
    /** The advice goes beyond what the sources say: the page tells the reader to check it with the acquirer. */
    inferred: z.boolean(),
    /** Fraud, lost or stolen card: the customer is told nothing about the reason. */
    sensitive: z.boolean().default(false),
    /** In UnionPay's current interbank table (false: an older or POS-host code terminals still show). */
    inCupTable: z.boolean(),
    /** The name of the code in the specification (zh). */
    official: text,
    /** Texts terminals show for it, verbatim (may be empty: some codes are only recorded, never shown). */
    screen: z.array(text),
    /** What a terminal set to English shows, in the standard (ISO 8583) wording; only where UnionPay's meaning is the standard one. */
    screenEn: z.array(text.refine((line) => !/\p{Script=Han}/u.test(line), 'must be English: Chinese screen texts go in "screen"')).default([]),
    /** Answers or steps that go deeper: `<section>/<id>` or `<section>/<id>#<step>`. */
    related: z.array(z.string().regex(relatedLink, 'must be "<section>/<answer id>" or "<section>/<answer id>#<step id>"')).min(1),
    zh: codeText,
    en: codeText,
  })
  .superRefine((data, ctx) => {
    if (data.screenEn.length > 0 && data.screen.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['screenEn'], message: 'a code with no screen text (screen: []) has no English one either' });
    }
    for (const lang of ['zh', 'en'] as const) {
      if (data.upgrade !== 'low' && !data[lang].upgradeNote) {
        ctx.addIssue({ code: 'custom', path: [lang, 'upgradeNote'], message: `required: upgrade is "${data.upgrade}"` });
      }
      if (data.sensitive) {
        const said = data[lang].customer.toLowerCase();
        const found = accusingWords.filter((word) => said.includes(word));
        if (found.length > 0) {
          ctx.addIssue({ code: 'custom', path: [lang, 'customer'], message: `a sensitive code's customer text must stay neutral; remove: ${found.join(', ')}` });
        }
      }
    }
  });

export type CodeData = z.infer<typeof codeSchema>;
export type CodeGroup = (typeof codeGroups)[number];
export type Retry = (typeof retryValues)[number];
