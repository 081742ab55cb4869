import type { SearchData } from './data';
import { dropFillers } from './fillers';
import { maxQueryLength, normalise, type Variant } from './normalise';
import { segment } from './segment';
import type { ChineseReading } from './types';
import type { NumberReading } from './numbers';
import { acrossGaps, withPairs } from './compounds';
import { fix, rejoinCorrected } from './join';
import { stemKey } from './match';
import { translationAsGlossary } from './translation';

/** One meaningful word of the query and everything it is searched as. */
export interface QueryUnit {
  word: string;
  /** Position in the query before fillers went, to tell which words stand together. */
  position: number;
  /** The word first, then its lexicon group and any spelling correction. */
  terms: string[];
  /** The known word a misspelt English word was meant to be (teminal → terminal): it weighs as that word. */
  fixed?: string;
  group: number | undefined;
  /** Set when the word is a response code with its own page (55, a0). */
  code: string | undefined;
  /** The segmenter's pieces the word was re-joined from, to fall back on when it finds nothing. */
  pieces: string[];
  /** The query uses the word as a time clause (升级后, after the upgrade): titles that do so match it too. */
  scene?: boolean;
  /** The thing a question word asks for (要啥资料, what documents): the step that names it answers. */
  asked?: boolean;
}

export interface Vocabulary {
  lang: 'zh' | 'en';
  data: SearchData;
  groupOf: Map<string, number>;
  /** English only: lexicon words by their stems (tap ← tapping), for a word not in the lexicon as typed. */
  stemGroup: Map<string, number>;
  joins: Set<string>;
  /** English only: lexicon phrases by their stems, so "money arrives" or "accepting cards" glue like "money arrive", "accept cards". */
  stemJoins: Set<string>;
  /** This language's fillers, from its search data. */
  fillers: Set<string>;
  /** Filler phrases the segmenter cuts up (怎么|回|事): glued back whole, then dropped as fillers. */
  fillerPhrases: Set<string>;
  words: Set<string>;
  /** English: each word's spelling correction, worked out once (each lookup scans every known word). */
  fixes: Map<string, string | undefined>;
  /** This language's own variants (Chinese: src/lib/chineseVariants.ts), for normalise(). */
  variants: Variant[];
  /** Chinese only: how its queries are cut into words (chinese.ts, loaded by the Chinese engine alone). */
  chinese?: ChineseReading;
  /** How numbers are read (numbers.ts), set by the engine once a query has one: without it, a number is a word like any other. */
  numbers?: NumberReading;
}

/** A language's vocabulary; Chinese needs its reading (chinese.ts), which the engine loads for it alone. */
export function vocabulary(lang: 'en', data: SearchData): Vocabulary;
export function vocabulary(lang: 'zh' | 'en', data: SearchData, chinese: ChineseReading): Vocabulary;
export function vocabulary(lang: 'zh' | 'en', data: SearchData, chinese?: ChineseReading): Vocabulary {
  const groupOf = new Map<string, number>();
  data.groups.forEach((group, index) => group.forEach((word) => groupOf.set(word, index)));
  // English: a word finds its group by its stems too (tapping, refunds, deposited), the word as written first.
  const stemGroup = new Map<string, number>();
  if (lang === 'en')
    data.groups.forEach((group, index) =>
      group.forEach((word) => {
        const key = stemKey(word);
        if (!stemGroup.has(key)) stemGroup.set(key, index);
      }),
    );
  const lexicon = data.groups.flat();
  // Known English words, to correct one that matches nothing: every word of our headings and lexicon.
  // Normalised as one text: a call per heading cost 20 ms of the cold first query, for the same words.
  // Joined by a stop, which no variant's pattern reads across (can | not is no cant).
  // The code pages' screen lines are ours too: known as written, none of their words is corrected
  // each time the lines are read (kinds.ts reads them as queries on the first search).
  const texts = [...data.pages.flatMap((p) => [p.title, ...p.steps.map(([, text]) => text)]), ...lexicon, ...Object.values(data.messages ?? {}).flat()];
  const words = lang === 'en' ? normalise(texts.join(' | ')).split(' ').filter((w) => w.length >= 4) : [];
  const stemJoins = new Set(lang === 'en' ? lexicon.filter((word) => word.includes(' ')).map(stemKey) : []);
  const fillerPhrases = new Set(data.fillers.filter((word) => (lang === 'zh' ? word.length > 1 : word.includes(' '))));
  return { lang, data, groupOf, stemGroup, joins: new Set([...data.joins, ...lexicon, ...fillerPhrases]), stemJoins, fillers: new Set(data.fillers), fillerPhrases, words: new Set(words), fixes: new Map(), variants: (data.variants ?? []).map(([source, to]) => [new RegExp(source, 'g'), to]), ...(lang === 'zh' && chinese ? { chinese } : {}) };
}

/** Text normalised as this language's search reads a query: with the variants its data ships. */
export const normaliseQuery = (text: string, vocab: Vocabulary): string => normalise(text, vocab.variants);

export function unit(word: string, position: number, pieces: string[], vocab: Vocabulary): QueryUnit {
  const group = vocab.groupOf.get(word) ?? vocab.stemGroup.get(stemKey(word));
  const fixed = group === undefined && vocab.lang === 'en' ? fix(word, vocab) : undefined;
  const fixedGroup = fixed === undefined ? undefined : vocab.groupOf.get(fixed);
  const terms = new Set([word, ...(fixed ? [fixed] : []), ...(vocab.data.groups[group ?? fixedGroup ?? -1] ?? [])]);
  const code = vocab.data.codes[word] ? word : undefined;
  return { word, position, terms: [...terms], group: group ?? fixedGroup, code, pieces, ...(fixed ? { fixed } : {}) };
}

/** A re-joined word that found nothing, back as its pieces (读不了卡 → 读, 不了, 卡), fillers left out. */
export function splitUnit(joined: QueryUnit, vocab: Vocabulary): QueryUnit[] {
  const kept = dropFillers(joined.pieces, vocab.fillers, vocab.groupOf);
  return kept.map((piece, i) => unit(piece, joined.position + i / 10, [piece], vocab));
}

/** Words that ask which thing (啥资料, what documents): the word after them is what is asked for. */
const questionWords = { zh: /^(?:啥|什么|哪些|哪个|哪种|哪样|些啥|些什么|点啥|点什么)$/, en: /^(?:what|which)$/ };

/**
 * A query as weighted units: normalised, segmented like the index, domain words re-joined,
 * fillers dropped, each word expanded with its lexicon group.
 * @example queryUnits('POS机刷不了咋办', vocab).map((u) => u.word) // ['pos机', '刷不了']
 */
export function queryUnits(query: string, vocab: Vocabulary): QueryUnit[] {
  const glue = vocab.lang === 'zh' ? '' : ' ';
  const { chinese } = vocab;
  if (vocab.lang === 'zh' && !chinese) throw new Error('Chinese search needs its reading: pass chinese.ts to vocabulary()');
  const { numbers } = vocab;
  const normalised = translationAsGlossary(normaliseQuery(numbers ? numbers.withoutDecimals(query) : query, vocab).slice(0, maxQueryLength), vocab.lang);
  const text = chinese ? chinese.spokenCodes(normalised) : normalised;
  const joined = chinese ? chinese.words(text, vocab) : rejoinCorrected(segment(text), vocab);
  const words = joined.map((pieces) => pieces.join(glue));
  const kept = new Set(dropFillers(words, vocab.fillers, vocab.groupOf));
  const units: QueryUnit[] = [];
  // The clause before a time word sets the scene, the verb with its object (升级ic卡以后: 升级 and ic卡).
  const sceneWord = /^(?:后|以后|之后|前|之前|前后|完)/;
  const scene = (position: number) =>
    vocab.lang === 'zh' ? sceneWord.test(words[position + 1] ?? '') || (sceneWord.test(words[position + 2] ?? '') && /^(?:升级|更新|换机|换)$/.test(words[position] ?? '')) : [1, 2, 3].some((back) => /^(?:after|before|during|since)$/.test(words[position - back] ?? ''));
  const asked = (position: number) => questionWords[vocab.lang].test(words[position - 1] ?? '') || (vocab.lang === 'en' && questionWords.en.test(words[position - 2] ?? ''));
  // A query of nothing but a date and fillers (6月30号以后还能用吗) keeps the date's units: something to search for.
  const amount = words.map((_, position) => numbers?.isAmount(words, position, query) === true);
  const onlyFigures = words.every((word, position) => !kept.has(word) || amount[position]);
  words.forEach((word, position) => {
    const counts = !amount[position] || (onlyFigures && numbers?.amounts.dateUnit?.test(word) === true);
    if (kept.has(word) && counts && !units.some((u) => u.word === word)) units.push({ ...unit(word, position, joined[position] ?? [word], vocab), scene: scene(position), ...(asked(position) ? { asked: true } : {}) });
  });
  // What the sums say (less arrived than was taken, one typed for another) joins the query's words.
  for (const said of numbers?.sumWords(words, text, query) ?? []) if (vocab.groupOf.has(said) && !units.some((u) => u.word === said)) units.push(unit(said, words.length + 1, [said], vocab));
  // Only in one stretch of Chinese: a space or a stop ends what the words between can join.
  const joinable = (from: number, to: number) => words.slice(from + 1, to).every((w) => !kept.has(w)) && text.includes(words.slice(from, to + 1).join(''));
  const said = withPairs(acrossGaps(chinese ? chinese.acrossFillers(units, joinable, vocab) : units, vocab), vocab);
  // Two words of one group said as one phrase (技术员上门, technician visit) name one thing: it
  // counts once, and sets the scene if either word did (师傅上门后).
  const counted: QueryUnit[] = [];
  for (const u of said) {
    const last = counted.at(-1);
    if (last && u.group !== undefined && last.group === u.group && text.includes(`${last.word}${glue}${u.word}`)) counted[counted.length - 1] = { ...last, scene: last.scene === true || u.scene === true };
    else counted.push(u);
  }
  return counted;
}
