import { isAmount, placeWord } from './amounts';

/**
 * What the merchant's own sums say (刷了5000，到账才4970): less arrived than was taken, or one sum
 * keyed in for another. Which numbers are sums at all is amounts.ts.
 */

const digits: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const places: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

/** A sum's value as written: 4970, 两千七百 (2700), 一万 (10000); 几, 块 and 元 add nothing. */
export function sumValue(word: string): number {
  if (/^\d+$/.test(word)) return Number(word);
  let total = 0;
  let section = 0;
  let digit = 0;
  let place = 1;
  for (const char of word) {
    if (char in digits) digit = digits[char]!;
    else if (char === '万') {
      total += (section + digit) * 10000;
      [section, digit, place] = [0, 0, 10000];
    } else if (char in places) {
      place = places[char]!;
      section += (digit || 1) * place;
      digit = 0;
    }
  }
  // A last digit after a place counts in the place below it, as said aloud: 两千八 is 2800.
  const tail = /[百千万][一二两三四五六七八九]$/.test(word) ? digit * (place / 10) : digit;
  return total + section + tail;
}

/** Units that make a number a time, a date or a count, not a sum of money. */
const notMoney = {
  zh: /^(?:点|号|日|月|年|天|小时|秒|笔|次|张|个|台|人|位|岁|%)/,
  en: /^(?:am|pm|oclock|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|times|percent)$/,
} as const;

/** The lexicon words that sums can say (content/search/lexicon.yaml): less arrived; the wrong sum keyed in. */
export const shortfallWord = { zh: '到账比刷卡金额少', en: 'received less' } as const;
export const mistypedWord = { en: 'wrong amount' } as const;

/**
 * All that arrived (只到了五千, 才到4970, 卡里只有五千): the sum after it is less than it should be, by
 * however much. Said of a refund or a fee (只退500, 手续费只扣了60), it is no shortfall. Chinese only:
 * English still needs the later sum within a fifth of the earlier.
 */
const onlyArrived = /^(?:只有|仅有|只到|就到)$/;
const only = /^(?:只|才|仅)$/;
const arrived = /^(?:到|到了|到账|入账|进账)$/;
const paidOut = /退|扣|收|付/;
const allThatArrived = (before: readonly string[]) =>
  !before.some((w) => paidOut.test(w)) && (before.some((w) => onlyArrived.test(w)) || (before.some((w) => only.test(w)) && before.some((w) => arrived.test(w))));

/**
 * Two sums, a later one a little smaller than an earlier (刷了5000，到账才4970; 刷了一万，到了九千九百多),
 * or smaller and said to be all (刷了八千多，只到了五千): less arrived than was taken. A much smaller
 * one alone is another matter (a refund of part of a sale).
 */
export function shortfall(words: readonly string[], query: string, lang: 'zh' | 'en'): boolean {
  // Digits then a place the segmenter cut off (1|万, 9|千多): the digits count in that place.
  const inPlace = (i: number) => (/^\d+$/.test(words[i]!) && placeWord.test(words[i + 1] ?? '') ? (places[words[i + 1]![0]!] ?? 1) : 1);
  const sums = words
    .map((word, i) => ({ value: isAmount(words, i, query, lang) && /^(?:\d+|[零一二两三四五六七八九十百千万几]+)/.test(word) && !notMoney[lang].test(words[i + 1] ?? '') ? sumValue(word.replace(/(?:块钱|块|元)$/, '')) * inPlace(i) : 0, allArrived: allThatArrived(words.slice(Math.max(0, i - 3), i)) }))
    .filter(({ value }) => value > 0);
  return sums.some(({ value: earlier }, i) => sums.slice(i + 1).some(({ value: later, allArrived }) => later < earlier && (allArrived || later >= earlier * 0.8)));
}

/**
 * The lexicon words the query's sums say, to be added to its words: less arrived than was taken
 * (shortfall), or one sum keyed in for another (typed 1000 instead of 100; Chinese says it with
 * 打成了, a lexicon word already).
 */
export function sumWords(words: readonly string[], text: string, query: string, lang: 'zh' | 'en'): string[] {
  const said: string[] = [];
  if (shortfall(words, query, lang)) said.push(shortfallWord[lang]);
  if (lang === 'en' && /\b\d+ (?:instead of|not) \d+\b/.test(text)) said.push(mistypedWord.en);
  return said;
}
