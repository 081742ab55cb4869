/** A written form and the one it stands for. */
export type Variant = [from: RegExp, to: string];

/**
 * Variants of either language. The Chinese ones (miswritten characters, pinyin slips, dialect
 * words) are src/lib/chineseVariants.ts, shipped in the Chinese search data only: the English
 * first query does not download them (0.8 KB).
 */
export const variants: Variant[] = [
  // Learners' English writes cannot apart (the pos can not swipe card): can't, as the lexicon has it ("can not only" is no can't).
  [/\bcan\s+not\b(?! only)/g, 'can\'t'],
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
 * `spoken`: a language's own variants (the search data's), applied after 帐 → 账 and before those of both.
 */
export function normalise(text: string, spoken: readonly Variant[] = []): string {
  const out = replaceAll(replaceAll(foldAccents(text.normalize('NFKC').toLowerCase()).replace(/帐/g, '账'), spoken), variants);
  return out
    .replace(/[\u200b\u200c\u200d\ufeff]/g, '')
    .replace(/'/g, '')
    .replace(/(?<![\p{L}\p{N}])[+/]|[+/](?![\p{L}\p{N}])/gu, ' ')
    .replace(/[^\p{L}\p{N}+/]+/gu, ' ')
    .trim();
}

const digits = '零一二三四五六七八九';
const spoken = /(?<![零一二两三四五六七八九十百千万])([一二三四五六七八九]?十[一二三四五六七八九]?|零[一二三四五六七八九])(?![零一二两三四五六七八九十百千万])/g;
const screenWords = /显示|提示|出现|报|码|屏幕|弹出|跳出/;

/**
 * A code said aloud (voice input writes 显示五十五, 提示零五) as the digits the terminal shows, when
 * the (normalised) query speaks of the screen; any other number in words is left alone.
 * @example spokenCodes('机器显示五十五') // '机器显示55'
 */
export function spokenCodes(text: string): string {
  if (!screenWords.test(text)) return text;
  return text.replace(spoken, (words: string) => {
    const [tens, ones] = words.includes('十') ? words.split('十') : [words[0], words[1]];
    const tensDigit = words.includes('十') ? (tens ? digits.indexOf(tens) : 1) : 0;
    return `${tensDigit}${ones ? digits.indexOf(ones) : 0}`;
  });
}

const han = /\p{Script=Han}/u;

/** Whether a string contains a Chinese character. */
export function hasHan(text: string): boolean {
  return han.test(text);
}
