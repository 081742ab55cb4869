import { englishAmounts } from './englishAmounts';
import { numberReading } from './numbers';

/** The English number reading, the chunk an English query with a number fetches (numbers.ts). */
export const reading = numberReading(englishAmounts);
