/**
 * A number followed by a unit is an amount, a time, a date or a count (刷了30块, 12点, 6月18号,
 * 55 yuan, 10家店, 12 shops): the merchant's own figure, not a response code or a word of ours.
 * Each language says so in its own words (englishAmounts.ts, chineseAmounts.ts); all of it is in
 * the number reading's chunks (numbers.ts), fetched by the first query with a number.
 */
export interface AmountWords {
  /** A unit after a number that makes it an amount, a time, a date or a count. */
  measure: RegExp;
  /** Asking how long after the number (显示75多久能解开): a measure of a sum (800多), but not of a code the screen shows. Chinese only. */
  howLong?: RegExp;
  /** Money that moves or is held, anywhere in the query (多久到账, 押金, 解冻): the number shown is a sum after all (短信提示60多久到账). Chinese only. */
  moneyMoves?: RegExp;
  /** Units of money: a query that states one is about sums, so its other bare numbers are sums too. */
  money: RegExp;
  /** A unit of money standing as a word of its own after the number it counts (300|元, 300 yuan). */
  moneyUnit: RegExp;
  /** The word before a number that puts it on the screen (提示51, says 05): a code, sums or not. */
  shown: RegExp;
  /** Units that make a number a time, a date or a count, not a sum of money (sums.ts). */
  notMoney: RegExp;
  /** A sum written in words (三千, 两千九百): Chinese only. */
  inWords: (word: string) => boolean;
  /** A word that is part of the sum before it (三千多): Chinese only. */
  partOfSum: RegExp | undefined;
  /** A date's or a year's unit after its number (6月18号, 2025年): part of the date, not a word of the question. Chinese only. */
  dateUnit?: RegExp;
  /** A number named as something else (card ending 4321, room 1808): never a sum, whatever money the query names. English only. */
  named?: (words: readonly string[], position: number) => boolean;
  /** A number this language marks as an amount on its own terms: a date (June 12), one sum keyed for another (38刷成了380, 450 instead of 45). */
  marked: (words: readonly string[], position: number) => boolean;
  /** A number the words around it say was paid, taken or kept back (刷5000, charged 5000, 60 short). */
  paid: (words: readonly string[], position: number) => boolean;
  /** Whether one paid sum makes the query's other bare numbers sums (Chinese), or a verb's sum stays alone (English: "paid 200 got 51" shows code 51). */
  paidMakesSums: boolean;
  /** A sum's value (sums.ts): digits, and in Chinese numerals. 0 for a word that is no sum. */
  value: (words: readonly string[], position: number) => number;
  /** The lexicon word that says less arrived than was taken. */
  shortfallWord: string;
  /** Chinese: all that arrived (只到了五千): the sum after it is less however much. */
  allArrived?: (before: readonly string[]) => boolean;
  /** English: one sum keyed for another (450 instead of 45), and the lexicon word that says so. */
  mistyped?: { said: RegExp; word: string };
}

export const number = (word: string | undefined): boolean => /^\d+$/.test(word ?? '');

// 密码, 扫码, 二维码, 验证码 … are not codes the terminal shows.
const speaksOfCodes = /(?<![密扫维款证验条])码|(?<!pin |pass|qr )code/i;

/**
 * Whether the query's word at `position` is one of the merchant's own figures, left out of the
 * search: a sum in words, a number with a unit after it, or a bare number in a query that states a
 * sum of money (刷了10000元，扣掉的60是什么; 一万块扣了60) unless the screen shows it. A query that
 * speaks of a code (返回码12号, error code 55 times) keeps every number.
 */
export function isAmount(words: readonly string[], position: number, query: string, said: AmountWords): boolean {
  const word = words[position] ?? '';
  if (said.inWords(word)) return true;
  // 多 after a sum is its "and a bit" (三千多, 800多), and 元 or 块 its unit (收300元): part of the sum, not a word of the question.
  if (position > 0 && said.partOfSum?.test(word) && isAmount(words, position - 1, query, said)) return true;
  if (position > 0 && said.dateUnit?.test(word) && number(words[position - 1]) && isAmount(words, position - 1, query, said)) return true;
  if (position > 0 && said.moneyUnit.test(word) && number(words[position - 1]) && isAmount(words, position - 1, query, said)) return true;
  if (!number(word) || speaksOfCodes.test(query) || said.named?.(words, position) === true) return false;
  const next = words[position + 1] ?? '';
  const codeAsked = said.shown.test(words[position - 1] ?? '') && said.howLong?.test(next) === true && said.moneyMoves?.test(query) === false;
  if ((said.measure.test(next) && !codeAsked) || said.marked(words, position) || said.paid(words, position)) return true;
  const namesMoney = (i: number) => said.money.test(words[i + 1] ?? '') || (said.inWords(words[i]!) && /[块元]$/.test(words[i]!));
  const sums = words.some((w, i) => ((number(w) || said.inWords(w)) && namesMoney(i)) || (said.paidMakesSums && number(w) && said.paid(words, i)));
  return sums && !said.shown.test(words[position - 1] ?? '');
}

/**
 * Numbers with dots, read before the dot splits them: a response code has no dot, so none of these
 * is one. A decimal (费率0.6还是0.38, 2.5%, 198.8) is a rate or a sum: left out, so that the words
 * around it still meet (charged 128.50 twice is "charged twice"). One with a unit of money after it
 * (9940.00元, as a bank's text message writes it) keeps its whole part: it says the query is about
 * sums. Three numbers or more (a date, 2025.1.10; a version, 3.0.12) are left out whole: their last
 * part read alone was a code.
 */
export function withoutDecimals(query: string): string {
  return query.replace(/[0-9０-９]+(?:[.．][0-9０-９]+){2,}/g, ' ').replace(/([0-9０-９]+)[.．][0-9０-９]+(?:\s*([%％]))?/g, (decimal: string, whole: string, percent: string | undefined, at: number, all: string) =>
    !percent && /^\s*(?:元|块|yuan|rmb)/i.test(all.slice(at + decimal.length)) ? whole : ' ');
}
