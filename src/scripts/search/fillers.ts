/**
 * The words without fillers; the words themselves when all are fillers ("怎么办" alone still searches).
 * A word of `keep` (the lexicon's) is never a filler: 为什么 is one in a sentence, but the lexicon
 * groups it with 为啥 and why, and a why-question must find the page that says why.
 * @example dropFillers(['pos机', '刷不了', '咋办'], new Set(['咋办'])) // ['pos机', '刷不了']
 */
export function dropFillers(words: readonly string[], fillers: ReadonlySet<string>, keep: ReadonlyMap<string, unknown> = new Map()): string[] {
  const kept = words.filter((word) => keep.has(word) || !fillers.has(word));
  return kept.length > 0 ? kept : [...words];
}
