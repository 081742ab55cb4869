import { chineseAmounts } from './chineseAmounts';
import { numberReading } from './numbers';

/** The Chinese number reading, the chunk a Chinese query with a number fetches (numbers.ts). */
export const reading = numberReading(chineseAmounts);
