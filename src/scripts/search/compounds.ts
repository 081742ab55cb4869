import { stemKey } from './match';
import { unit, type QueryUnit, type Vocabulary } from './tokens';

/*
 * Query words that together make one lexicon word, or one more meaning: read after the words are
 * re-joined and the fillers dropped (tokens.ts).
 */

/**
 * A question that says the two things a `both` group names, however far apart (扣了钱 … 交易失败:
 * charged, yet failed), gets one unit more for that group: its step. Its words still count alone.
 * It does not hold when it is marked
 * - `unlessScene` and either word only sets the scene (a time clause: 升级后…收费);
 * - `ordered` and its second word comes first (有必要升级吗 为什么 asks whether, then why);
 * - with `unless`, beside a word of a group named there (a cause, every card);
 * - with `onlyWith`, beside a word of any group but its own and those named, or a word in no group
 *   that its `plainWords` do not list (为啥升级要交押金: the deposit; 机器能插芯片卡为什么还要升级: 插,
 *   listed nowhere, says more than why the upgrade).
 * A word typed twice is one unit (tokens.ts), so 升级后…升级要收费吗 reads as the scene alone;
 * merchants seldom type a word twice like that.
 */
export function withPairs(units: QueryUnit[], vocab: Vocabulary): QueryUnit[] {
  const out = [...units];
  const last = Math.max(0, ...units.map((u) => u.position));
  for (const [index, [a, b]] of Object.entries(vocab.data.pairs ?? {})) {
    const first = units.find((u) => u.group === a);
    const second = units.find((u) => u.group === b);
    if (!first || !second) continue;
    if ((first.scene === true || second.scene === true) && vocab.data.unlessScene?.includes(Number(index))) continue;
    if (first.position > second.position && vocab.data.ordered?.includes(Number(index))) continue;
    if (vocab.data.unless?.[Number(index)]?.some((group) => units.some((u) => u.group === group))) continue;
    const only = vocab.data.onlyWith?.[Number(index)];
    const plain = vocab.data.plainWords?.[Number(index)] ?? [];
    if (only && units.some((u) => u.group !== a && u.group !== b && !allowedBeside(u, only, plain, vocab.lang))) continue;
    // Not a neighbour of any word (no phrase is searched for it), and found by its target alone.
    out.push({ word: `${first.word} ${second.word}`, position: last + 0.5, terms: [], group: Number(index), code: undefined, pieces: [first.word, second.word] });
  }
  return out;
}

/**
 * Whether an `onlyWith` pair lets a word stand beside it: a word of a group it names, or one in no
 * group that its `plainWords` list (in English by stem, as typed or corrected: worked → work). A
 * code is in no group and no list.
 */
function allowedBeside(u: QueryUnit, only: readonly number[], plain: readonly string[], lang: 'zh' | 'en'): boolean {
  if (u.group !== undefined) return only.includes(u.group);
  if (lang === 'zh') return plain.includes(u.word);
  const key = stemKey(u.fixed ?? u.word);
  return plain.some((word) => stemKey(word) === key);
}

/**
 * The lexicon word two words make, as typed or, in English, said with a synonym of either (tap …
 * stopped working is "contactless declined"). In Chinese the synonyms' compounds swallowed words
 * that still counted (钱 … 还没到账 as 钱没到账): measured, it lost more first places than it won.
 */
function composed(first: QueryUnit, second: QueryUnit, glue: string, vocab: Vocabulary): string | undefined {
  const typed = `${first.word}${glue}${second.word}`;
  if (vocab.groupOf.has(typed)) return typed;
  if (vocab.lang !== 'en') return undefined;
  for (const a of vocab.data.groups[first.group!] ?? []) for (const b of vocab.data.groups[second.group!] ?? []) if (vocab.groupOf.has(`${a}${glue}${b}`)) return `${a}${glue}${b}`;
  return undefined;
}

/** Words apart by at most this many (碰了半天 between 闪付 and 没反应) may still make one lexicon word. */
const maxGap = 5;

/**
 * Two words a few words apart that make one lexicon word together (闪付…没反应 is 闪付没反应, a
 * tap that failed; 插卡…没反应 a card that won't read) are that word: each alone means something
 * else (没反应 alone is a frozen terminal).
 */
export function acrossGaps(units: QueryUnit[], vocab: Vocabulary): QueryUnit[] {
  const glue = vocab.lang === 'zh' ? '' : ' ';
  const out = [...units];
  for (let i = 0; i < out.length; i++) {
    for (let j = i + 1; j < out.length && out[j]!.position - out[i]!.position <= maxGap + 1; j++) {
      if (out[i]!.group === undefined || out[j]!.group === undefined) continue;
      const word = composed(out[i]!, out[j]!, glue, vocab);
      if (word === undefined) continue;
      out[i] = { ...unit(word, out[i]!.position, [...out[i]!.pieces, ...out[j]!.pieces], vocab), scene: out[i]!.scene === true };
      out.splice(j, 1);
      break;
    }
  }
  return out;
}
