/**
 * A number followed by a unit is an amount, a time, a date or a count (刷了30块, 12点, 6月18号,
 * 55 yuan, 10家店, 12 shops): the merchant's own figure, not a response code or a word of ours.
 * English counts only things in the plural: "05 card declined" still shows code 05.
 */
const measure = {
  zh: /^(?:元|块|毛|角|分|点|号|日|月|年|天|小时|秒|笔|次|张|个|台|家|间|万|千|百|多|人|位|岁|%)/,
  en: /^(?:yuan|rmb|kuai|dollars?|bucks|pounds?|euros?|cents?|am|pm|oclock|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|times|percent|stores|shops|outlets|branches|terminals|machines|people|staff|customers|cards|transactions|sales|payments)$/,
} as const;

/** A month beside a day (12 Jun, June 12): the number is a date. May is left out (a verb), and dec (declined). */
const month = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|december)$/;

/** Units of money: a query that states one is about sums, so its other bare numbers are sums too. */
const money = {
  zh: /^(?:元|块|毛|角|万)/,
  en: /^(?:yuan|rmb|kuai|dollars?|bucks|pounds?|euros?)$/,
} as const;

/** A place standing as a word of its own after digits (1|万, 9|千多), not a word that starts with one (十分钟). */
export const placeWord = /^[十百千万](?:多|来|余|块钱|块|元)?$/;

/** A unit of money standing as a word of its own after the number it counts (300|元). */
const moneyUnit = {
  zh: /^(?:元|块|块钱|毛|角)$/,
  en: /^(?:yuan|rmb|kuai|dollars?|bucks|pounds?|euros?)$/,
} as const;

/** Words that put a number on the screen (提示51, says 05): that number is a code, sums or not. */
const shown = {
  zh: /(?:显示|提示|出现|报|屏幕|弹出|跳出|返回)$/,
  en: /^(?:says|said|shows|showed|showing|displays|displayed|reads|error|code)$/,
} as const;

/** A sum written in Chinese numerals (三千, 两千九百, 十块): tens and more, so 一下 and 三天 stay words. */
export const spokenSum = /^[零一二两三四五六七八九十百千万几]*[十百千万][零一二两三四五六七八九十百千万几]*(?:块钱|块|元)?$/;

/** Words a sum follows (刷5000, 到账才4970, 扣了35): taken, paid, paid out or kept back, not shown on the screen. */
const paidOrPaidOut = /^(?:刷|刷了|收|收了|付|付了|消费|消费了|到账|到了|才|只有|只到|就到|实际到账|到手|扣|扣掉|少|差)$/;

/**
 * The same in English, before a sum (charged 5000, short by 60) or after it (60 short, 60 missing).
 * Got, only, took, received and swiped say so only of three digits or more: "got 05", "only 51 shows" are codes.
 */
const paidOrPaidOutEn = { before: /^(?:charged|paid|deducted|short|missing)$/, beforeLong: /^(?:got|only|took|received|swiped)$/, after: /^(?:short|missing|less|deducted)$/ };

/** Keyed as another sum (188刷成了1880, 打成了): the lexicon's wrong-amount words. */
const keyedAs = /^(?:刷成了|打成了|输成了|按成了|写成了)$/;

// 密码, 扫码, 二维码, 验证码 … are not codes the terminal shows.
const speaksOfCodes = /(?<![密扫维款证验条])码|(?<!pin |pass|qr )code/i;

/**
 * Whether the query's word at `position` is one of the merchant's own figures, left out of the
 * search: a sum in Chinese numerals, a number with a unit after it, or a bare number in a query
 * that states a sum of money (刷了10000元，扣掉的60是什么; 一万块扣了60) unless the screen shows it. A
 * query that speaks of a code (返回码12号, error code 55 times) keeps every number.
 */
export function isAmount(words: readonly string[], position: number, query: string, lang: 'zh' | 'en'): boolean {
  const inWords = (i: number) => lang === 'zh' && spokenSum.test(words[i] ?? '');
  if (inWords(position)) return true;
  // 多 after a sum is its "and a bit" (三千多, 800多), and 元 or 块 its unit (收300元): part of the sum, not a word of the question.
  if (lang === 'zh' && /^(?:多|来|余)$/.test(words[position] ?? '') && position > 0 && isAmount(words, position - 1, query, lang)) return true;
  const number = (i: number) => /^\d+$/.test(words[i] ?? '');
  if (position > 0 && moneyUnit[lang].test(words[position] ?? '') && number(position - 1) && isAmount(words, position - 1, query, lang)) return true;
  if (!number(position) || speaksOfCodes.test(query)) return false;
  if (measure[lang].test(words[position + 1] ?? '')) return true;
  if (lang === 'en' && (month.test(words[position + 1] ?? '') || month.test(words[position - 1] ?? ''))) return true;
  const namesMoney = (i: number) => money[lang].test(words[i + 1] ?? '') || (inWords(i) && /[块元]$/.test(words[i]!));
  // One sum typed for another (450 instead of 45): both are sums, whatever code they spell.
  if (lang === 'en' && (words[position + 1] === 'instead' || (words[position - 1] === 'of' && words[position - 2] === 'instead'))) return true;
  // One sum keyed for another (38刷成了380): both are sums, whatever code they spell.
  if (lang === 'zh' && (keyedAs.test(words[position + 1] ?? '') || keyedAs.test(words[position - 1] ?? ''))) return true;
  const before = (i: number) => (words[i - 1] === 'by' ? words[i - 2] : words[i - 1]) ?? '';
  const paidEn = (i: number) => paidOrPaidOutEn.before.test(before(i)) || (words[i]!.length >= 3 && paidOrPaidOutEn.beforeLong.test(before(i))) || paidOrPaidOutEn.after.test(words[i + 1] ?? '');
  const paid = (i: number) => number(i) && (lang === 'zh' ? paidOrPaidOut.test((/^[了的]$/.test(words[i - 1] ?? '') ? words[i - 2] : words[i - 1]) ?? '') : paidEn(i));
  if (paid(position)) return true;
  // An English sum said by a verb (paid 200) makes no other number a sum: "paid 200 got 51" still shows code 51.
  const sums = words.some((_, i) => ((number(i) || inWords(i)) && namesMoney(i)) || (lang === 'zh' && paid(i)));
  return sums && !shown[lang].test(words[position - 1] ?? '');
}

/**
 * A decimal number (费率0.6还是0.38, 2.5%) is a rate or a sum, never a response code: left out
 * before the dot would split it into two numbers (0 and 38). One with a unit of money after it
 * (9940.00元, as a bank's text message writes it) keeps its whole part: it says the query is about sums.
 */
export function withoutDecimals(query: string): string {
  return query.replace(/([0-9０-９]+)[.．][0-9０-９]+(?:\s*([%％]))?/g, (decimal: string, whole: string, percent: string | undefined, at: number, all: string) => (!percent && /^\s*(?:元|块|yuan|rmb)/i.test(all.slice(at + decimal.length)) ? whole : ' '));
}
