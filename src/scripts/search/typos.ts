/** Three rows of the table, reused: each lookup measures the typed word against every known word. */
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)] as const;

/**
 * Optimal string alignment distance (Levenshtein plus swapped neighbours), stopping past `limit`
 * (any distance beyond it is limit + 1): once a whole row is past it, no later row comes back, and
 * most known words part from the typed one within a few letters.
 */
export function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (rows[0].length <= b.length) rows = [new Int32Array(b.length + 1), new Int32Array(b.length + 1), new Int32Array(b.length + 1)] as const;
  let [before, previous, current] = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      if (value < least) least = value;
    }
    if (least > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[b.length]!, limit + 1);
}

/**
 * The known word a misspelt English word was meant to be (termnial → terminal, recieved →
 * received), or undefined when it is known, too short to judge, or close to nothing.
 */
export function correction(word: string, known: ReadonlySet<string>): string | undefined {
  if (word.length < 5 || known.has(word) || !/^[a-z]+$/.test(word)) return undefined;
  const limit = word.length >= 8 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of known) {
    const d = distance(word, candidate, limit);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}
