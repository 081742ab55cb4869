import { isAmount, type AmountWords } from './amounts';

/**
 * What the merchant's own sums say (刷了5000，到账才4970): less arrived than was taken, or one sum
 * keyed in for another. Which numbers are sums at all is amounts.ts.
 */

/**
 * Two sums, a later one a little smaller than an earlier (刷了5000，到账才4970; 刷了一万，到了九千九百多),
 * or smaller and said to be all (刷了八千多，只到了五千): less arrived than was taken. A much smaller
 * one alone is another matter (a refund of part of a sale).
 */
export function shortfall(words: readonly string[], query: string, said: AmountWords): boolean {
  const sums = words
    .map((_, i) => ({ value: isAmount(words, i, query, said) && !said.notMoney.test(words[i + 1] ?? '') ? said.value(words, i) : 0, allArrived: said.allArrived?.(words.slice(Math.max(0, i - 3), i)) === true }))
    .filter(({ value }) => value > 0);
  return sums.some(({ value: earlier }, i) => sums.slice(i + 1).some(({ value: later, allArrived }) => later < earlier && (allArrived || later >= earlier * 0.8)));
}

/**
 * The lexicon words the query's sums say, to be added to its words: less arrived than was taken
 * (shortfall), or one sum keyed in for another (typed 1000 instead of 100; Chinese says it with
 * 打成了, a lexicon word already).
 */
export function sumWords(words: readonly string[], text: string, query: string, said: AmountWords): string[] {
  const out: string[] = [];
  if (shortfall(words, query, said)) out.push(said.shortfallWord);
  if (said.mistyped?.said.test(text)) out.push(said.mistyped.word);
  return out;
}
