import { isAmount, withoutDecimals, type AmountWords } from './amounts';
import { sumWords } from './sums';

/*
 * How a query's numbers are read (sums, dates, counts, one sum keyed for another), in chunks of
 * their own, one a language (numbersZh.ts, numbersEn.ts): most queries have no number, and their
 * first search downloads none of this. The engine fetches its language's once a query has a digit
 * or a Chinese sum (numberLoad.ts).
 */

export interface NumberReading {
  /** Decimals, dates and versions with dots taken out before the dots split them (amounts.ts). */
  withoutDecimals: (query: string) => string;
  /** Whether the word at `position` is the merchant's own figure (amounts.ts), in this language's words. */
  isAmount: (words: readonly string[], position: number, query: string) => boolean;
  /** The lexicon words the query's sums say (sums.ts). */
  sumWords: (words: readonly string[], text: string, query: string) => string[];
  /** How this language says a sum, a time or a count. */
  amounts: AmountWords;
}

export const numberReading = (amounts: AmountWords): NumberReading => ({
  withoutDecimals,
  isAmount: (words, position, query) => isAmount(words, position, query, amounts),
  sumWords: (words, text, query) => sumWords(words, text, query, amounts),
  amounts,
});
