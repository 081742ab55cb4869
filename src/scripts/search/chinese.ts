import { rejoin } from './join';
import { segment } from './segment';
import { unit, type QueryUnit, type Vocabulary } from './tokens';
import type { ChineseReading } from './types';

/*
 * How the Chinese search reads a query, in a chunk of its own: the English engine never loads it,
 * which keeps the English first query under its byte budget (every byte of shared code counts there).
 */

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** The segmenter glues 了 to verbs (换了, 变了), which then match no 换 or 变 in the text: cut it off. */
function withoutParticle(word: string): string[] {
  return word.length > 1 && word.endsWith('了') && !['为了', '除了'].includes(word) ? [word.slice(0, -1), '了'] : [word];
}

/** A run of Chinese cut into words as Pagefind's browser code cuts it: by Intl.Segmenter. */
const hanWords = (run: string): string[] => [...segmenter.segment(run)].filter((s) => s.isWordLike).flatMap((s) => withoutParticle(s.segment));

/**
 * A verb of ours said twice (擦擦, 擦一擦, 改一改) matches nothing on the pages as the segmenter
 * cuts it (擦擦 or 改一改 as one piece, 擦|一|擦, 问|一问): once is the verb. A doubled adjective is
 * an adverb (慢慢插, slowly), and a verb the lexicon has said twice (试一试) is a word of its own.
 */
export function unglue(words: readonly string[], vocab: Vocabulary): string[] {
  const isVerb = (word: string | undefined): word is string =>
    word !== undefined && /^\p{Script=Han}$/u.test(word) && !/[慢快好早轻稍渐常]/.test(word) && vocab.groupOf.has(word) && !vocab.joins.has(`${word}一${word}`);
  const repeats = (i: number) => isVerb(words[i - 1]) && (words[i] === `一${words[i - 1]}` || (words[i] === '一' && words[i + 1] === words[i - 1]));
  const once = words.filter((_, i) => !repeats(i) && !(words[i - 1] === '一' && repeats(i - 1)));
  return once.map((word) => {
    const verb = word[0];
    const twice = word === `${verb}${verb}` || word === `${verb}一${verb}`;
    return twice && !vocab.joins.has(word) && isVerb(verb) ? verb : word;
  });
}

/**
 * The segmenter can take a domain word's last character into the next word (刷卡|机能 for 刷卡机|能,
 * pos|机能用): when a piece and the next one's first character make a lexicon word and that next
 * piece is no word of ours, the character goes back.
 */
export function recut(words: readonly string[], vocab: Vocabulary): string[] {
  const out = [...words];
  for (let i = 0; i + 1 < out.length; i++) {
    const [word, next] = [out[i]!, out[i + 1]!];
    if (next.length < 2 || vocab.joins.has(next) || !vocab.groupOf.has(word + next[0]!)) continue;
    out.splice(i, 2, word + next[0]!, next.slice(1));
  }
  return out;
}

/**
 * The segmenter can also take a domain word's first character into the word before (打发|卡|行 for
 * 打|发卡行, call the card's bank): a piece that is no word of ours and whose last character starts a
 * lexicon word with the pieces after gives that character to them. `words` keeps this cut only
 * when it reads as fewer words besides fillers (所有|的|卡|都|刷不出来 stays: 所|有的卡|都|刷不出来 is as many).
 */
export function recutForward(words: readonly string[], vocab: Vocabulary): string[] {
  const out = [...words];
  const startsWord = (head: string, i: number) => [1, 2, 3].some((n) => i + n < out.length && vocab.groupOf.has(head + out.slice(i + 1, i + 1 + n).join('')));
  for (let i = 0; i + 1 < out.length; i++) {
    const word = out[i]!;
    if (word.length >= 2 && !vocab.joins.has(word) && !vocab.groupOf.has(word) && startsWord(word.slice(-1), i)) out.splice(i, 2, word.slice(0, -1), word.slice(-1) + out[i + 1]!);
  }
  return out;
}

const numeral = /^[零一二两三四五六七八九十百千万]+$/;

/**
 * A sum in Chinese numerals the segmenter cut up (两千|八) is one sum again (两千八): each piece
 * alone would be a word of the question. `isSum` is the number reading's (numbers.ts).
 */
export function joinSums(words: readonly string[][], isSum: (word: string) => boolean): string[][] {
  const out: string[][] = [];
  for (const pieces of words) {
    const last = out.at(-1);
    const sum = last && `${last.join('')}${pieces.join('')}`;
    if (last && sum && numeral.test(last.join('')) && numeral.test(pieces.join('')) && isSum(sum)) out[out.length - 1] = [...last, ...pieces];
    else out.push([...pieces]);
  }
  return out;
}

const digits = '零一二三四五六七八九';
const spoken = /(?<![零一二两三四五六七八九十百千万])([一二三四五六七八九]?十[一二三四五六七八九]?|零[一二三四五六七八九])(?![零一二两三四五六七八九十百千万])/g;
const screenWords = /显示|提示|出现|报|码|屏幕|弹出|跳出/;

/**
 * A code said aloud (voice input writes 显示五十五, 提示零五) as the digits the terminal shows, when
 * the (normalised) query speaks of the screen; any other number in words is left alone.
 * @example spokenCodes('机器显示五十五') // '机器显示55'
 */
export function spokenCodes(text: string): string {
  if (!screenWords.test(text)) return text;
  return text.replace(spoken, (words: string) => {
    const [tens, ones] = words.includes('十') ? words.split('十') : [words[0], words[1]];
    const tensDigit = words.includes('十') ? (tens ? digits.indexOf(tens) : 1) : 0;
    return `${tensDigit}${ones ? digits.indexOf(ones) : 0}`;
  });
}

/**
 * The query's words, each as the segmenter's pieces it was re-joined from. A space or a stop
 * between two Chinese characters ends a clause: no word is glued across it (两千九百多，少了 is not
 * 多少). Between Latin and Chinese it is only spacing (pos 机).
 */
function words(text: string, vocab: Vocabulary): string[][] {
  const { numbers } = vocab;
  const withSums = (cut: string[][]) => (numbers ? joinSums(cut, numbers.amounts.inWords) : cut);
  return text.split(/(?<=\p{Script=Han}) (?=\p{Script=Han})/u).flatMap((clause) => {
    const pieces = recut(unglue(segment(clause, hanWords), vocab), vocab);
    const joined = rejoin(pieces, vocab);
    const forward = recutForward(pieces, vocab);
    if (forward.length === pieces.length && forward.every((piece, i) => piece === pieces[i])) return withSums(joined);
    const moved = rejoin(forward, vocab);
    const meaningful = (words: string[][]) => words.filter((word) => !vocab.fillers.has(word.join(''))).length;
    return withSums(meaningful(moved) < meaningful(joined) ? moved : joined);
  });
}

/**
 * Words with only fillers between them that make one lexicon word are that word: 钱一直没到 is
 * 钱没到 said with 一直 inside it, which the segmenter's pieces (钱|一直|没|到) cannot re-join.
 */
export function acrossFillers(units: QueryUnit[], joinable: (from: number, to: number) => boolean, vocab: Vocabulary): QueryUnit[] {
  const out: QueryUnit[] = [];
  for (let i = 0; i < units.length; ) {
    let taken = 1;
    for (let n = Math.min(4, units.length - i); n > 1 && taken === 1; n--) {
      const run = units.slice(i, i + n);
      const apart = run.at(-1)!.position - run[0]!.position >= n;
      if (apart && run.slice(1).every((u, k) => joinable(run[k]!.position, u.position)) && vocab.groupOf.has(run.map((u) => u.word).join(''))) taken = n;
    }
    const run = units.slice(i, i + taken);
    out.push(taken === 1 ? run[0]! : { ...unit(run.map((u) => u.word).join(''), run[0]!.position, run.flatMap((u) => u.pieces), vocab), scene: run.at(-1)!.scene === true });
    i += taken;
  }
  return out;
}

/** Where the segmenter leaves one character as a word of its own: 上 in 小票上 and 朝上, not in 上门. */
const oneCharWords = (text: string): Set<number> => new Set([...segmenter.segment(text)].filter((s) => s.isWordLike && s.segment.length === 1).map((s) => s.index));

export const chinese: ChineseReading = { spokenCodes, words, acrossFillers, oneCharWords };
