/**
 * A number followed by a unit is an amount, a time or a date (刷了30块, 12点, 6月18号, 55 yuan):
 * the merchant's own figure, not a response code or a word of ours.
 */
const measure = {
  zh: /^(?:元|块|毛|角|分|点|号|日|月|年|天|小时|秒|笔|次|张|个|台|万|千|百|多|人|位|岁|%)/,
  en: /^(?:yuan|rmb|kuai|dollars?|bucks|pounds?|euros?|cents?|am|pm|oclock|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|times|percent)$/,
} as const;

/** Units of money: a query that states one is about sums, so its other bare numbers are sums too. */
const money = {
  zh: /^(?:元|块|毛|角|万)/,
  en: /^(?:yuan|rmb|kuai|dollars?|bucks|pounds?|euros?)$/,
} as const;

/** Words that put a number on the screen (提示51, says 05): that number is a code, sums or not. */
const shown = {
  zh: /(?:显示|提示|出现|报|屏幕|弹出|跳出|返回)$/,
  en: /^(?:says|said|shows|showed|showing|displays|displayed|reads|error|code)$/,
} as const;

/** A sum written in Chinese numerals (三千, 两千九百, 十块): tens and more, so 一下 and 三天 stay words. */
const spokenSum = /^[零一二两三四五六七八九十百千万几]*[十百千万][零一二两三四五六七八九十百千万几]*(?:块钱|块|元)?$/;

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
  // 多 after a sum is its "and a bit" (三千多, 800多), not a word of the question.
  if (lang === 'zh' && /^(?:多|来|余)$/.test(words[position] ?? '') && position > 0 && isAmount(words, position - 1, query, lang)) return true;
  const number = (i: number) => /^\d+$/.test(words[i] ?? '');
  if (!number(position) || speaksOfCodes.test(query)) return false;
  if (measure[lang].test(words[position + 1] ?? '')) return true;
  const namesMoney = (i: number) => money[lang].test(words[i + 1] ?? '') || (inWords(i) && /[块元]$/.test(words[i]!));
  const sums = words.some((_, i) => (number(i) || inWords(i)) && namesMoney(i));
  return sums && !shown[lang].test(words[position - 1] ?? '');
}

/**
 * A decimal number (费率0.6还是0.38, 2.5%) is a rate or a sum, never a response code: left out
 * before the dot would split it into two numbers (0 and 38).
 */
export function withoutDecimals(query: string): string {
  return query.replace(/[0-9０-９]+[.．][0-9０-９]+\s*[%％]?/g, ' ');
}
