import { hasHan } from './normalise';

/**
 * A query cut into words as Pagefind's browser code cuts it: Latin runs whole (pos, t+1, a0), and
 * Chinese runs by `cutHan` (chinese.ts, the Chinese engine's own chunk), else whole. tokens.ts then
 * glues the pieces back into domain words.
 */
export function segment(text: string, cutHan?: (run: string) => string[]): string[] {
  const words: string[] = [];
  for (const chunk of text.split(' ')) {
    for (const run of chunk.match(/[a-z0-9+/]+|[^a-z0-9+/]+/g) ?? []) {
      if (!cutHan || !hasHan(run)) words.push(run);
      else words.push(...cutHan(run));
    }
  }
  return words.filter((word) => /[\p{L}\p{N}]/u.test(word));
}
