import { stem, stemKey } from './match';
import { correction } from './typos';
import type { Vocabulary } from './tokens';

/** The known word a misspelt English word was meant to be (see typos.ts), remembered per engine. */
export const fix = (word: string, vocab: Vocabulary): string | undefined => (vocab.fixes.has(word) ? vocab.fixes.get(word) : vocab.fixes.set(word, correction(word, vocab.words)).get(word));

const maxJoin = 6;

/**
 * Glues back words of the vocabulary the segmenter cut up (刷|不了 → 刷不了, sign|in → sign in),
 * in as few pieces as possible, the longer word first when that ties. Taking the longest word at
 * each position in turn can spoil a longer one after it: "chip card not reading" must become
 * chip | card not reading, not chip card | not | reading.
 */
export function rejoin(words: readonly string[], vocab: Vocabulary): string[][] {
  const glue = vocab.lang === 'zh' ? '' : ' ';
  const joined = (i: number, n: number) => words.slice(i, i + n).join(glue);
  // A piece costs 1; one glued from a heading's repeated characters (找收单) a little more than a
  // lexicon word, so 找|收单机构 beats 找收单|机构.
  const known = (word: string) => vocab.joins.has(word) || vocab.stemJoins.has(stemKey(word));
  const whole = (word: string) => vocab.groupOf.has(word) || vocab.stemGroup.has(stemKey(word)) || vocab.fillerPhrases.has(word);
  // Chinese: a word that takes its first character from a lexicon word before it (磁条|卡都刷不了 out of
  // 磁条卡都刷不了) costs a piece more, so that the word before keeps it when that ties, but only when
  // what is left of the word is words of ours or fillers (都|刷不了), not bare characters (ic卡|插|哪).
  const ours = (pieces: string[]) => pieces.join('').length > 1 || vocab.fillers.has(pieces.join('')) || vocab.groupOf.has(pieces.join(''));
  const steals = (i: number, n: number) => glue === '' && i > 0 && words[i]!.length === 1 && words[i - 1]!.length > 1 && vocab.groupOf.has(`${words[i - 1]}${words[i]}`) && rejoin(words.slice(i + 1, i + n), vocab).every(ours);
  const cost = (i: number, n: number) => (n === 1 ? 1 : !known(joined(i, n)) ? Infinity : (whole(joined(i, n)) ? 1 : 1.25) + (steals(i, n) ? 1 : 0));
  // fewest[i]: the cheapest way to glue words[i..].
  const fewest: number[] = new Array<number>(words.length + 1).fill(0);
  for (let i = words.length - 1; i >= 0; i--) {
    fewest[i] = Infinity;
    for (let n = 1; n <= Math.min(maxJoin, words.length - i); n++) fewest[i] = Math.min(fewest[i]!, cost(i, n) + fewest[i + n]!);
  }
  const out: string[][] = [];
  for (let i = 0; i < words.length; ) {
    let taken = 1;
    for (let n = Math.min(maxJoin, words.length - i); n > 1; n--) {
      if (cost(i, n) + fewest[i + n]! === fewest[i]) {
        taken = n;
        break;
      }
    }
    out.push(words.slice(i, i + taken));
    i += taken;
  }
  return out;
}

/**
 * English: a misspelt word inside a lexicon phrase (not recieved) is glued as the phrase it was
 * meant to be (not received). A word left on its own stays as typed: `unit` adds its correction.
 */
export function rejoinCorrected(words: readonly string[], vocab: Vocabulary): string[][] {
  // An ending is not a typo (arrives, arrive): such a word is only corrected to meet its phrase's stems.
  const fixed = words.map((word) => {
    const meant = fix(word, vocab);
    return meant === undefined || stem(meant) === stem(word) ? word : meant;
  });
  if (fixed.every((word, i) => word === words[i])) return rejoin(words, vocab);
  let at = 0;
  return rejoin(fixed, vocab).map((pieces) => {
    const out = pieces.length > 1 ? pieces : [words[at]!];
    at += pieces.length;
    return out;
  });
}
