import type { AmountWords } from './amounts';

/* How Chinese says a sum, a time or a count (amounts.ts), in the Chinese number chunk (numbersZh.ts). */

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

/** A sum written in Chinese numerals (三千, 两千九百, 十块): tens and more, so 一下 and 三天 stay words. */
export const spokenSum = /^[零一二两三四五六七八九十百千万几]*[十百千万][零一二两三四五六七八九十百千万几]*(?:块钱|块|元)?$/;

/** A place standing as a word of its own after digits (1|万, 9|千多), not a word that starts with one (十分钟). */
const placeWord = /^[十百千万](?:多|来|余|块钱|块|元)?$/;

/** Words a sum follows (刷5000, 到账才4970, 扣了35): taken, paid, paid out or kept back, not shown on the screen. */
const paidOrPaidOut = /^(?:刷|刷了|收|收了|付|付了|消费|消费了|到账|到了|才|只有|只到|就到|实际到账|到手|扣|扣掉|少|差)$/;

/** Keyed as another sum (188刷成了1880, 打成了): the lexicon's wrong-amount words. */
const keyedAs = /^(?:刷成了|打成了|输成了|按成了|写成了)$/;

/**
 * All that arrived (只到了五千, 才到4970, 卡里只有五千): the sum after it is less than it should be, by
 * however much. Said of a refund or a fee (只退500, 手续费只扣了60), it is no shortfall.
 */
const onlyArrived = /^(?:只有|仅有|只到|就到)$/;
const only = /^(?:只|才|仅)$/;
const arrived = /^(?:到|到了|到账|入账|进账)$/;
const paidOut = /退|扣|收|付/;

export const chineseAmounts: AmountWords = {
  measure: /^(?:元|块|毛|角|分|点|号|日|月|年|天|小时|秒|笔|次|张|个|台|家|间|万|千|百|多|人|位|岁|%)/,
  howLong: /^(?:多久|多长)/,
  moneyMoves: /到账|到卡|能到|久到|入账|解冻|提现|取出|退|押金|余额|钱|款/,
  money: /^(?:元|块|毛|角|万)/,
  moneyUnit: /^(?:元|块|块钱|毛|角)$/,
  shown: /(?:显示|提示|出现|报|屏幕|弹出|跳出|返回)$/,
  notMoney: /^(?:点|号|日|月|年|天|小时|秒|笔|次|张|个|台|人|位|岁|%)/,
  inWords: (word) => spokenSum.test(word),
  partOfSum: /^(?:多|来|余)$/,
  dateUnit: /^(?:月|号|日|年)$/,
  marked: (words, i) => keyedAs.test(words[i + 1] ?? '') || keyedAs.test(words[i - 1] ?? ''),
  paid: (words, i) => paidOrPaidOut.test((/^[了的]$/.test(words[i - 1] ?? '') ? words[i - 2] : words[i - 1]) ?? ''),
  paidMakesSums: true,
  value: (words, i) => {
    const word = words[i]!;
    if (!/^(?:\d+|[零一二两三四五六七八九十百千万几]+)/.test(word)) return 0;
    // Digits then a place the segmenter cut off (1|万, 9|千多): the digits count in that place.
    const inPlace = /^\d+$/.test(word) && placeWord.test(words[i + 1] ?? '') ? (places[words[i + 1]![0]!] ?? 1) : 1;
    return sumValue(word.replace(/(?:块钱|块|元)$/, '')) * inPlace;
  },
  shortfallWord: '到账比刷卡金额少',
  allArrived: (before) => !before.some((w) => paidOut.test(w)) && (before.some((w) => onlyArrived.test(w)) || (before.some((w) => only.test(w)) && before.some((w) => arrived.test(w)))),
};
