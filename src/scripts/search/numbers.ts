import { englishAmounts, isAmount, withoutDecimals, type AmountWords } from './amounts';
import { chineseAmounts } from './chineseAmounts';
import { sumWords } from './sums';

/*
 * How a query's numbers are read (sums, dates, counts, one sum keyed for another), in a chunk of
 * its own: most queries have no number, and their first search then downloads none of this.
 * The engine fetches it once a query has a digit or a Chinese numeral (speaksNumbers, tokens.ts).
 */

export interface NumberReading {
  /** Decimals, dates and versions with dots taken out before the dots split them (amounts.ts). */
  withoutDecimals: (query: string) => string;
  isAmount: typeof isAmount;
  sumWords: typeof sumWords;
  /** How this language says a sum, a time or a count. */
  amounts: AmountWords;
}

const reading = (amounts: AmountWords): NumberReading => ({ withoutDecimals, isAmount, sumWords, amounts });

export const numberReading: Record<'zh' | 'en', NumberReading> = { zh: reading(chineseAmounts), en: reading(englishAmounts) };
