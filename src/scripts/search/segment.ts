import { hasHan } from './normalise';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** The segmenter glues 了 to verbs (换了, 变了), which then match no 换 or 变 in the text: cut it off. */
function withoutParticle(word: string): string[] {
  return word.length > 1 && word.endsWith('了') && !['为了', '除了'].includes(word) ? [word.slice(0, -1), '了'] : [word];
}

/**
 * A query cut into words as Pagefind's browser code cuts it: Chinese by Intl.Segmenter, Latin runs
 * whole (pos, t+1, a0). tokens.ts then glues the pieces back into domain words.
 */
export function segment(text: string, lang: 'zh' | 'en'): string[] {
  const words: string[] = [];
  for (const chunk of text.split(' ')) {
    for (const run of chunk.match(/[a-z0-9+/]+|[^a-z0-9+/]+/g) ?? []) {
      if (lang === 'en' || !hasHan(run)) words.push(run);
      else words.push(...[...segmenter.segment(run)].filter((s) => s.isWordLike).flatMap((s) => withoutParticle(s.segment)));
    }
  }
  return words.filter((word) => /[\p{L}\p{N}]/u.test(word));
}
