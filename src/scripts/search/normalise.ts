/** A written form and the one it stands for. */
export type Variant = [from: RegExp, to: string];

/**
 * Variants of either language: miswritten characters, which the Chinese terms on English pages
 * meet too, and English ones. Chinese dialect words and the slips of Chinese input (pinyin
 * homophones, voice) are src/lib/chineseVariants.ts, shipped in the Chinese search data only: the
 * English first query does not download them.
 */
export const variants: readonly Variant[] = [
  [/银连/g, '银联'],
  // 没反映 is 没反应 miswritten; 商户反映 (the merchant reports) is a support agent's preamble, left alone.
  [/(?<=[没无不](?:有|啥|什么|任何)?)反映|反映(?=都没|也没)/g, '反应'],
  [/登陆/g, '登录'],
  [/以经/g, '已经'],
  [/从启/g, '重启'],
  [/撤消/g, '撤销'],
  [/免秘/g, '免密'],
  // 密吗 for 密码 before what a PIN does (密吗错误), never 免密吗; 划 for 刷, as many say it (划卡, 划一下, 划磁条).
  [/(?<!免)密吗(?=错|输|忘|锁|被|不对|次数)/g, '密码'],
  [/划(?=卡|磁条|一下)/g, '刷'],
  // cannot, and learners' can not (the pos can not swipe card): can't, as the lexicon has it ("can not only" is no can't).
  [/\bcan\s*not\b(?! only)/g, 'can\'t'],
  // Chinese speakers' English brushes a card (刷卡, shuā: to brush), meaning any card payment, not the stripe.
  [/\bbrush(?:es|ed|ing)?(?: (?:the )?cards?)?\b/g, 'pay by card'],
  [/[’‘`]/g, "'"],
  // Thousands written with commas (18,600 yuan) are one number, not 18 and 600.
  [/(\d),(?=\d{3}(?!\d))/g, '$1'],
];

/**
 * The longest query read, in characters: the search boxes take no more. An English question in a
 * merchant's words runs past 100 ("Is there anything I should do before the engineer comes …").
 */
export const maxQueryLength = 200;

/**
 * Latin letters without their accents, one character for one (the glossary's dàozhàng is typed
 * daozhang): text keeps its length, so offsets found in the folded text hold in the original.
 */
export function foldAccents(text: string): string {
  return text.replace(/[\u00c0-\u024f\u1e00-\u1eff]/g, (letter) => {
    const bare = letter.normalize('NFD').replace(/\p{M}/gu, '');
    return bare.length === 1 ? bare : letter;
  });
}

/** Whether any of a list's variants occurs: most text holds none, and fifty passes over it cost a first query 10 ms. */
const anyOf = new WeakMap<readonly Variant[], RegExp>();

const none: readonly Variant[] = [];

function replaceAll(text: string, list: readonly Variant[]): string {
  let any = anyOf.get(list);
  if (!any) anyOf.set(list, (any = new RegExp(list.map(([from]) => from.source).join('|') || '(?!)')));
  return any.test(text) ? list.reduce((out, [from, to]) => out.replace(from, to), text) : text;
}

/**
 * One normal form for queries, page text and lexicon words, in the browser and at build time:
 * NFKC (full-width ５５ → 55, Ａ０ → a0), lower case, common variant or miswritten characters
 * (帐 → 账), punctuation and symbols to single spaces. `+` and `/` survive inside words (T+1, S/N).
 * @example normalise(' Ｔ＋１几点到帐？') // 't+1几点到账'
 *
 * `spoken`: a language's own variants (the search data's), applied after those of both.
 */
export function normalise(text: string, spoken: readonly Variant[] = none): string {
  // A Chinese comma parts clauses (刷了300，297到账: two sums), where NFKC would make it a comma of
  // thousands. The price: 2，000 typed with the comma of Chinese input reads as 2 and 000.
  const out = replaceAll(replaceAll(foldAccents(text.replace(/，/g, ' ').normalize('NFKC').toLowerCase()).replace(/帐/g, '账'), variants), spoken);
  return out
    .replace(/[\u200b\u200c\u200d\ufeff]/g, '')
    .replace(/'/g, '')
    .replace(/(?<![\p{L}\p{N}])[+/]|[+/](?![\p{L}\p{N}])/gu, ' ')
    .replace(/[^\p{L}\p{N}+/]+/gu, ' ')
    .trim();
}

const han = /\p{Script=Han}/u;

/** Whether a string contains a Chinese character. */
export function hasHan(text: string): boolean {
  return han.test(text);
}
