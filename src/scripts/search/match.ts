/**
 * Where a term occurs in a text, the way the index would find it: Chinese as a substring,
 * English word by word on light stems (reads/reading/read), so headings and step text can be
 * matched in the browser without asking Pagefind.
 */
import { foldAccents, normalise } from './normalise';

/** A light English stem: enough to let reads, reading and read meet, tapping or tapped meet tap, and copied or copies meet copy. */
export function stem(word: string): string {
  const cut = (suffix: string) => word.length - suffix.length >= 3 && word.endsWith(suffix);
  let out = word;
  if (cut('ing')) out = word.slice(0, -3);
  else if (cut('ed')) out = word.slice(0, -2);
  else if (cut('es')) out = word.slice(0, -2);
  else if (cut('s') && !word.endsWith('ss')) out = word.slice(0, -1);
  // tapp(ing) → tap, stopp(ed) → stop; a doubled l, s or z is the word's own (call, miss, buzz).
  if (out !== word && /([b-df-hj-km-np-rtv-y])\1$/.test(out)) out = out.slice(0, -1);
  // A final y after a consonant is the i of copied, copies, applied: copy → copi.
  if (out.length >= 3 && /[^aeiou]y$/.test(out)) out = `${out.slice(0, -1)}i`;
  return out.length > 3 && out.endsWith('e') ? out.slice(0, -1) : out;
}

/** An English word or phrase by its stems (tapping → tap), to find its lexicon group whatever its ending. */
export function stemKey(phrase: string): string {
  return phrase.split(' ').map(stem).join(' ');
}

/** A text prepared for matching: its normal form, and for English its stemmed words with offsets. */
export interface Haystack {
  text: string;
  /** Chinese: the text lower-cased without spaces ("POS 机" → "pos机"); `at` maps back to `text`. */
  flat: string;
  at: number[];
  words: { stem: string; start: number; end: number }[];
}

/** English text is matched word by word; a run of Chinese in it (冲正 in "冲正chōngzhèng") is a word of its own. */
export function haystack(text: string, lang: 'zh' | 'en'): Haystack {
  const lower = foldAccents(text.toLowerCase()).replace(/帐/g, '账');
  if (lang === 'zh') {
    let flat = '';
    const at: number[] = [];
    for (let i = 0; i < lower.length; i++) {
      if (/\s/.test(lower[i]!)) continue;
      flat += lower[i];
      at.push(i);
    }
    return { text, flat, at, words: [] };
  }
  const words = [...lower.matchAll(/\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}'’])+(?:[+/][\p{L}\p{N}]+)*/gu)].map((m) => ({ stem: stem(m[0].replace(/['’]/g, '')), start: m.index, end: m.index + m[0].length }));
  return { text, flat: lower, at: [], words };
}

const stemmed = new Map<string, string[]>();

/** A term's word stems, worked out once: ranking matches each term against every heading. */
export function termStems(term: string): string[] {
  let stems = stemmed.get(term);
  if (!stems) {
    stems = normalise(term).split(' ').filter(Boolean).map(stem);
    stemmed.set(term, stems);
  }
  return stems;
}

/** Character ranges of a (normalised) term in the text. */
export function findTerm(hay: Haystack, term: string, lang: 'zh' | 'en'): [number, number][] {
  const ranges: [number, number][] = [];
  if (lang === 'zh') {
    const needle = term.replace(/ /g, '');
    for (let at = hay.flat.indexOf(needle); at >= 0 && needle; at = hay.flat.indexOf(needle, at + needle.length)) ranges.push([hay.at[at]!, hay.at[at + needle.length - 1]! + 1]);
    return ranges;
  }
  const stems = termStems(term);
  if (stems.length === 0) return ranges;
  for (let i = 0; i + stems.length <= hay.words.length; i++) {
    if (stems.every((s, k) => hay.words[i + k]?.stem === s)) ranges.push([hay.words[i]!.start, hay.words[i + stems.length - 1]!.end]);
  }
  return ranges;
}

const sceneAfter = /^\s*(?:后|以后|之后|前|之前|前后)/;
const sceneBefore = /\b(?:after|before|during|since)(?: the| an| a| my| your)?\s*$/;

/**
 * Whether the text uses the word at `range` only to set the scene, as a time clause: 升级后,
 * 升级以前, after the upgrade. 升级后钱没到账 is about money; its 升级 is not what it is about.
 */
export function setsScene(hay: Haystack, [from, to]: [number, number], lang: 'zh' | 'en'): boolean {
  return lang === 'zh' ? sceneAfter.test(hay.text.slice(to)) : sceneBefore.test(hay.text.slice(0, from).toLowerCase());
}

/** Ranges of the term in the text where it is what the text is about, not a time clause around it. */
export function findSubject(hay: Haystack, term: string, lang: 'zh' | 'en'): [number, number][] {
  return findTerm(hay, term, lang).filter((range) => !setsScene(hay, range, lang));
}

/** Whether any of the terms occurs in the text. */
export function hasAny(hay: Haystack, terms: readonly string[], lang: 'zh' | 'en'): boolean {
  return terms.some((term) => findTerm(hay, term, lang).length > 0);
}
