import type { Locale } from '../i18n/locales';
import type { GlossaryTerm } from '../schemas/glossary';

/**
 * Hidden search text for one term, so the questions people type land on it: "签到是什么意思",
 * "what is 冲正". Written as whole phrases, so the term's own section holds the longest run of
 * the query's words and the search opens `#<id>` rather than the top of the page.
 * @example glossaryKeywords({ zh: '冲正', en: 'Reversal', aka: [] }, 'en') // ['what is 冲正', '冲正 meaning', 'Reversal in Chinese']
 */
export function glossaryKeywords(term: Pick<GlossaryTerm, 'zh' | 'en' | 'aka'>, lang: Locale): string[] {
  const words = [term.zh, ...term.aka];
  if (lang === 'zh') return words.map((word) => `${word}是什么意思`);
  // "Merchant ID (MID)" → "Merchant ID": a bracket between the words would break the phrase.
  const english = term.en.replace(/\s*\([^)]*\)/g, '');
  return [...words.flatMap((word) => [`what is ${word}`, `${word} meaning`]), `${english} in Chinese`];
}
