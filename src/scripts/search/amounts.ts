/**
 * A number followed by a unit is an amount, a time, a date or a count (刷了30块, 12点, 6月18号,
 * 55 yuan, 10家店, 12 shops): the merchant's own figure, not a response code or a word of ours.
 * Each language says so in its own words: English here, Chinese in chineseAmounts.ts (the Chinese
 * engine's chunk, which the English first query does not download).
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

const number = (word: string | undefined) => /^\d+$/.test(word ?? '');

/** A month beside a day (12 Jun, June 12): the number is a date. May is left out (a verb), and dec (declined). */
const month = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|december)$/;

/**
 * English words before a sum (charged 5000, short by 60) or after it (60 short, 60 missing). Got,
 * only, took, received, swiped, sold, credited and settled say so only of three digits or more: "got 05",
 * "only 51 shows" are codes; so do words of money arriving after the sum (994 landed, 1485 came in).
 */
const paidBefore = /^(?:charged|paid|deducted|short|missing)$/;
const paidBeforeLong = /^(?:got|only|took|received|swiped|sold|credited|settled)$/;
const paidAfter = /^(?:short|missing|less|deducted)$/;
const arrivedAfter = /^(?:arrived|landed|credited|settled)$/;
/** Came in or through is money arriving; came up is on the screen, came back declined or refunded. */
const cameIn = (words: readonly string[], i: number) => words[i + 1] === 'came' && /^(?:in|through)$/.test(words[i + 2] ?? '');
/** The one a sum was charged to or paid to, between the verb and the sum (charged a customer 1000, paid me 1500). */
const payer = /^(?:customers?|guests?|clients?|him|her|them|me|us|you)$/;
const determiner = /^(?:a|an|the|my|our|your|this|that|one|each|every)$/;
/** A number named as something else (card ending 4321, order 1450, room 1808): never a sum. */
const named = /^(?:ending|order|ref|reference|id|room|no|number|invoice|table|tail)$/;

function englishPaid(words: readonly string[], i: number): boolean {
  if (named.test(words[i - 1] ?? '')) return false;
  const long = words[i]!.length >= 3;
  let back = words[i - 1] === 'by' ? 2 : 1;
  // Past the one charged (charged a customer 1000) only for a sum's three digits or more: "charged a
  // customer, 05 came up" shows code 05. "the" or "a" before the payer belongs to it.
  if (long && payer.test(words[i - back] ?? '')) back += determiner.test(words[i - back - 1] ?? '') ? 2 : 1;
  const before = words[i - back] ?? '';
  return paidBefore.test(before) || (long && paidBeforeLong.test(before)) || paidAfter.test(words[i + 1] ?? '') || (long && (arrivedAfter.test(words[i + 1] ?? '') || cameIn(words, i)));
}

const moneyEn = /^(?:yuan|rmb|kuai|dollars?|bucks|pounds?|euros?)$/;
/** Units that make a number a time or a count (12 pm, 150 transactions): a measure, but no sum of money. */
const timesAndCountsEn = 'am|pm|oclock|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|times|percent|stores|shops|outlets|branches|terminals|machines|people|staff|customers|cards|transactions|sales|payments';

export const englishAmounts: AmountWords = {
  // Counts only things in the plural: "05 card declined" still shows code 05.
  measure: new RegExp(`^(?:yuan|rmb|kuai|dollars?|bucks|pounds?|euros?|cents?|${timesAndCountsEn})$`),
  money: moneyEn,
  moneyUnit: moneyEn,
  shown: /^(?:says|said|shows|showed|showing|displays|displayed|reads|error|code)$/,
  notMoney: new RegExp(`^(?:${timesAndCountsEn})$`),
  inWords: () => false,
  partOfSum: undefined,
  marked: (words, i) => month.test(words[i + 1] ?? '') || month.test(words[i - 1] ?? '') || words[i + 1] === 'instead' || (words[i - 1] === 'of' && words[i - 2] === 'instead'),
  paid: englishPaid,
  paidMakesSums: false,
  value: (words, i) => (number(words[i]) ? Number(words[i]) : 0),
  shortfallWord: 'received less',
  mistyped: { said: /\b\d+ (?:instead of|not) \d+\b/, word: 'wrong amount' },
};

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
  if (!number(word) || speaksOfCodes.test(query)) return false;
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
