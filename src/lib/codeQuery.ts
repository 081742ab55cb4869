/**
 * The response code in what someone typed, if it is one we know: `５５` (full width), ` a0 `,
 * `AO` (letter O for zero), `返回码 55`, `刷卡提示55`, `error code 55 on terminal`, `RC05`.
 * No code contains the letter O, so every O is read as a zero. Returns the code in capitals.
 * @example codeFromQuery('返回码ａｏ', new Set(['A0'])) // 'A0'
 */
export function codeFromQuery(query: string, known: ReadonlySet<string>): string | undefined {
  const words = query.normalize('NFKC').toUpperCase().split(/[^0-9A-Z]+/).filter(Boolean);
  // A word of two characters is a code as typed; in a longer word ("CODE55", "RC05") only a run of
  // exactly two digits is, so "1055" or "ERROR" never turn into a guess.
  const candidates = words.flatMap((word) =>
    word.length === 2 ? [word.replace(/O/g, '0')] : [...word.matchAll(/(?<!\d)\d{2}(?!\d)/g)].map((m) => m[0]),
  );
  return candidates.find((candidate) => known.has(candidate));
}
