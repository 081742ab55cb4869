import { number, type AmountWords } from './amounts';

/* How English says a sum, a time or a count (amounts.ts), in the English number chunk (numbersEn.ts). */

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
const party = /^(?:customers?|guests?|clients?|him|her|them|me|us|you)$/;
const determiner = /^(?:a|an|the|my|our|your|this|that|one|each|every)$/;
/** The word before a number named as something else (card ending 4321, order 1450, room 1808). */
const namedBy = /^(?:ending|order|ref|reference|id|room|no|number|invoice|table|tail)$/;

function englishPaid(words: readonly string[], i: number): boolean {
  const long = words[i]!.length >= 3;
  let back = words[i - 1] === 'by' ? 2 : 1;
  // Past the one charged (charged a customer 1000) only for a sum's three digits or more: "charged a
  // customer, 05 came up" shows code 05. "the" or "a" before the one charged belongs to it.
  if (long && party.test(words[i - back] ?? '')) back += determiner.test(words[i - back - 1] ?? '') ? 2 : 1;
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
  named: (words, i) => namedBy.test(words[i - 1] ?? ''),
  paid: englishPaid,
  paidMakesSums: false,
  value: (words, i) => (number(words[i]) ? Number(words[i]) : 0),
  shortfallWord: 'received less',
  mistyped: { said: /\b\d+ (?:instead of|not) \d+\b/, word: 'wrong amount' },
};

