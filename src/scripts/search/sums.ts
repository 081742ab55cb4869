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
    .map((_, i) => {
      const before = words.slice(Math.max(0, i - 3), i);
      // The word right before the sum (退了1200, 撤销480, refunded 900), past a 了: its own verb. A
      // refund said earlier (退货200，到账4780) is not what the arriving sum says.
      const verb = /^[了的]$/.test(words[i - 1] ?? '') ? words[i - 2] : words[i - 1];
      return { value: isAmount(words, i, query, said) && !said.notMoney.test(words[i + 1] ?? '') ? said.value(words, i) : 0, allArrived: said.allArrived?.(before) === true, goingBack: said.goingBack.test(verb ?? '') };
    })
    .filter(({ value }) => value > 0);
  // A later sum refunded or voided (刷了1280，退了1200) went back to the customer: it never arrived,
  // but it comes off what should (刷了3000，退了2500，到账500: the payout is the takings less the refund).
  return sums.some(({ value: earlier }, i) =>
    sums.slice(i + 1).some(({ value: later, allArrived, goingBack }, j) => {
      const refunded = sums.slice(i + 1, i + 1 + j).reduce((total, sum) => total + (sum.goingBack ? sum.value : 0), 0);
      return !goingBack && later < earlier && (allArrived || later >= earlier * 0.8 || (refunded > 0 && later >= (earlier - refunded) * 0.8));
    }),
  );
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
