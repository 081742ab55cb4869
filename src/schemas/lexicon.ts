import { z } from 'astro/zod';

const words = z.array(z.string().trim().min(1, 'empty word')).min(1, 'empty list: leave the key out instead');

/**
 * One group of `content/search/lexicon.yaml`: words a merchant uses for the same thing. `zh`
 * words are searched on Chinese pages, `en` words on English ones, `any` (written the same in
 * both: wifi, T+1) on both. `step` sends the group's words to the step that explains them
 * (screen messages such as 请插卡), written `section/id#step`. `asks: true` marks a group that
 * names the kind of answer wanted (why, when, where) rather than its subject: it weighs less.
 * `frames: true` marks a group with a `step` whose word says what the whole question is about
 * (骗子, is it a scam): that step's page takes the weight of the query's other words too.
 * `both: [word, word]` names two other groups by a word of each: a question that says both, however
 * far apart (扣了钱 … 交易失败), is about the group's `step`. It has no words of its own.
 * `unlessScene: true` (only with `both`) keeps the pair from holding when one of its words only sets
 * the scene: 升级要收费吗 asks what the upgrade costs; in 升级后费率是不是乱收费了 it is the fee after it.
 * `ordered: true` (only with `both`) holds the pair only when its first word is said first: 为什么要升级
 * asks why; 有必要升级吗？为什么 asks whether, and why only after.
 * `unless: [word, …]` (only with `both`) names groups by a word of each whose words, said too, keep the
 * pair from holding: 读卡失败…刷磁条也不行 is one card failing both ways, unless every card (所有卡) does.
 * `onlyWith: [word, …]` (only with `both`) names the only groups, by a word of each, whose words may
 * be said beside the pair: any other lexicon word or a code keeps it from holding. 为啥非要升级ic卡
 * asks why the upgrade at all; 为啥升级要交押金 asks about the deposit, the upgrade only its occasion.
 * A word in no group stops it too, unless `plainWords: [word, …]` (only with `onlyWith`) lists it:
 * how the merchant feels about the question (好好, 不是, fine), not what else it is about.
 * `also: section/id` names a second page that answers the group's words another way (请插卡: how to
 * insert a card, beside the card-reading checklist): it is kept among the first three results.
 * `topic: true` marks a group that names the site's subject itself (the terminal, the upgrade, the
 * chip card): a query of nothing else (POS机升级) asks about the subject as a whole, and the pages
 * whose titles ask about it come first, in reading order.
 */
export const lexiconGroupSchema = z.strictObject({
  zh: words.optional(),
  en: words.optional(),
  any: words.optional(),
  step: z
    .string()
    .regex(/^[a-z0-9-]+\/[a-z0-9-]+#[a-z0-9-]+$/, 'write the step as section/question-id#step-id')
    .optional(),
  asks: z.literal(true).optional(),
  frames: z.literal(true).optional(),
  topic: z.literal(true).optional(),
  both: z.tuple([z.string().trim().min(1, 'empty word'), z.string().trim().min(1, 'empty word')]).optional(),
  unlessScene: z.literal(true).optional(),
  ordered: z.literal(true).optional(),
  unless: z.array(z.string().trim().min(1, 'empty word')).min(1, 'empty list: leave the key out instead').optional(),
  onlyWith: z.array(z.string().trim().min(1, 'empty word')).min(1, 'empty list: leave the key out instead').optional(),
  plainWords: z.array(z.string().trim().min(1, 'empty word')).min(1, 'empty list: leave the key out instead').optional(),
  also: z
    .string()
    .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'write also as section/question-id')
    .optional(),
});

export const lexiconSchema = z.strictObject({ groups: z.array(lexiconGroupSchema).min(1) });

export type LexiconGroup = z.infer<typeof lexiconGroupSchema>;
