import type { SearchPage } from './data';
import { hasHan } from './normalise';
import { asksTranslation } from './translation';
import { normaliseQuery, queryUnits, type QueryUnit, type Vocabulary } from './tokens';

/**
 * Reference pages (the glossary, the response-code pages) define words; answers say what to do.
 * A reference page's title and term headings are short and hold the very words merchants type
 * (交易失败, 签到, T+1), so by the same weights they would outrank the answer that explains the
 * situation. They count for a share of their score unless the query asks what something means
 * (the glossary, and then the answers take the share) or names a response code (the code pages;
 * the code's own is sent first, see rank.ts).
 */
export const referenceShare = 0.6;

const referenceUrl = /^\/[a-z]+\/(glossary|codes)\//;

/** `glossary` or `codes` for a reference page, undefined for an answer. */
export function referenceKind(page: SearchPage): 'glossary' | 'codes' | undefined {
  return referenceUrl.exec(page.url)?.[1] as 'glossary' | 'codes' | undefined;
}

/** "What does it mean" in either language: 什么意思, 是啥, 含义, what is, meaning, in Chinese … */
const meaning = {
  // 是什么原因 / 是啥问题 ask why or what went wrong, not what a word means.
  zh: /什么意思|啥意思|意思|含义|是(?:个)?(?:什么|啥)(?!原因|问题|情况|回事|故障|毛病|缘故)|指什么|指啥|指的是|代表什么|干(?:嘛|什么)的|什么叫|啥叫|英文|英语/,
  // What is the limit, what's wrong, what's in it for me, what does a cafe gain (or, in learners' English, what does I need): not a word's meaning.
  en: /\bwhat(?:'?s| is| are)\b(?! (?:the|my|our|your|this|that|wrong|happening|going|in it)\b)|\bwhat does\b(?! (?:a|an|the|my|our|your|it|this|that|i|we|they)\b)|\bmeans?\b|\bmeaning\b|\bdefin(?:e|ition)\b|\bstand for\b|\bin chinese\b|\bchinese for\b|\benglish for\b|\btranslat|\bglossary\b/,
} as const;

/** Money taken or missing, then 是什么钱 / 是啥费: what a deduction was, not what a fee's name means (MDR是什么费用, 扣率是什么费). */
const deduction = /(?:扣(?!率)|少).{0,12}是(?:个)?(?:什么|啥)(?:钱|费|款)/;

/** Whether the (normalised) query asks what a word or a message means. */
export function asksMeaning(query: string, lang: 'zh' | 'en'): boolean {
  if (lang === 'zh' && deduction.test(query)) return false;
  return meaning[lang].test(query) || (lang === 'en' && meaning.zh.test(query)) || asksTranslation(query, lang);
}

/** "What is the difference", X vs Y, 有啥区别, 不一样 … */
const difference = {
  zh: /区别|不一样|不同|差别|两样/,
  en: /\bvs\b|\bversus\b|\bdifferen|\bdiffer\b|\bcompared?\b/,
} as const;

/**
 * Asking outright how two things differ, a narrower `difference`: 不一样 alone also says two things
 * do not match (账户名和执照名字不一样), and "compared to before" compares nothing: situations.
 */
const outright = { zh: /区别|差别|有(?:什么|啥)不(?:一样|同)|哪里不(?:一样|同)/, en: /\bvs\b|\bversus\b|\bdifferen|\bdiffer\b/ } as const;

export function asksDifference(query: string, lang: 'zh' | 'en'): boolean {
  return outright[lang].test(query);
}

/**
 * What kind of answer the (normalised) query wants: a definition (`meaning`), two things told
 * apart (`difference`: the glossary defines each, an answer may set them side by side, so both
 * count in full), or what to do (`situation`).
 */
export type Question = 'meaning' | 'difference' | 'situation';

export function questionKind(query: string, lang: 'zh' | 'en'): Question {
  if (difference[lang].test(query) || (lang === 'en' && difference.zh.test(query))) return 'difference';
  return asksMeaning(query, lang) ? 'meaning' : 'situation';
}

/** A code page's messages, each as the words (or lexicon groups) a query must hold to name it. */
interface Message {
  page: string;
  text: string;
  needs: { word: string; group: number | undefined }[];
}

interface CodeMessages {
  messages: Message[];
  groups: Map<number, Set<string>>;
  /** Clause of a screen line (签到失败 of 签到失败 请重新签到) → the one code page whose lines hold it. */
  clauses: Map<string, string>;
}

const compiled = new WeakMap<Vocabulary, CodeMessages>();

/**
 * Every code page's messages, read once per engine: its label (in English, the label and the
 * Chinese in brackets) and the screen lines the build lists for it (`data.messages`, only lines
 * at most two codes print). A lexicon group with no step of its own that holds a label (余额不足
 * with 钱不够, wrong PIN with forgot PIN) names that code too: the group is the message's synonyms.
 */
function codeMessages(vocab: Vocabulary): CodeMessages {
  let found = compiled.get(vocab);
  if (found) return found;
  found = { messages: [], groups: new Map(), clauses: new Map() };
  const clausePages = new Map<string, Set<string>>();
  const { data } = vocab;
  // The lines are read without the number reading, whether or not a query has fetched it yet: the
  // same whichever query comes first (the cache is per vocabulary, which the reading joins later).
  const { numbers: _, ...asWords } = vocab;
  const slugOf = new Map(Object.entries(data.codes).map(([slug, id]) => [id, slug]));
  for (const page of data.pages) {
    if (referenceKind(page) !== 'codes') continue;
    const title = page.title.toLowerCase().replace(/^\S+\s+/, '');
    const parts = [title.replace(/\s*\(.*\)\s*$/, ''), /\(([^)]*)\)\s*$/.exec(title)?.[1] ?? '', ...(data.messages?.[slugOf.get(page.id) ?? ''] ?? [])];
    for (const text of new Set(parts.map((part) => normaliseQuery(part, vocab)).filter((part) => part.length > 0))) {
      // One need per concept: 签到失败 and 重新签到 are one group, so 签到失败，请重新签到 is one word's worth.
      const needs = new Map(queryUnits(text, asWords).map((u) => [u.group ?? u.word, { word: u.word, group: u.group }]));
      found.messages.push({ page: page.id, text, needs: [...needs.values()] });
      const group = vocab.groupOf.get(text);
      if (group !== undefined && !(group in data.targets)) found.groups.set(group, (found.groups.get(group) ?? new Set()).add(page.id));
      for (const clause of text.includes(' ') ? text.split(' ') : []) if (clause.length >= 3 && hasHan(clause)) clausePages.set(clause, new Set());
    }
  }
  // A clause is one code's when no other code's label or line holds it, whole or inside a longer one.
  for (const message of found.messages) for (const [clause, pages] of clausePages) if (message.text.includes(clause)) pages.add(message.page);
  for (const [clause, pages] of clausePages) if (pages.size === 1) found.clauses.set(clause, [...pages][0]!);
  compiled.set(vocab, found);
  return found;
}

/**
 * Code page → the query's words that say its message; `whole`: the pages whose message is said as
 * written (or by a word that stands for it), not pieced together word by word; `quoted`: the pages
 * one of whose lines the query quotes in part, a clause no other code prints (签到失败 of A0's
 * 签到失败 请重新签到), which names no code but may keep that one in view (inView.ts).
 */
export type NamedCodes = Map<string, Set<string>> & { whole: Set<string>; quoted: Set<string> };

/**
 * The code pages whose message the query holds (余额不足, "insufficient funds", 请持卡人与发卡行联系),
 * each with the query's words that say it: a merchant who types what the screen says names the
 * code as surely as one who types its number. A message is held whole (three characters at
 * least), or, inside a longer question, word by word: each of its two or more words, or a word of
 * the same lexicon group (发卡银行 for 发卡行), fillers left out; or by a word of a lexicon group
 * that stands for the message (see above).
 */
export function messagePages(query: string, units: readonly QueryUnit[], vocab: Vocabulary): NamedCodes {
  const flat = query.replace(/\s+/g, ' ');
  const { messages, groups, clauses } = codeMessages(vocab);
  const named: NamedCodes = Object.assign(new Map<string, Set<string>>(), { whole: new Set<string>(), quoted: new Set<string>() });
  const add = (page: string, words: readonly string[], whole = true) => {
    named.set(page, new Set([...(named.get(page) ?? []), ...words]));
    if (whole) named.whole.add(page);
  };
  const holders = (need: Message['needs'][number]) => units.filter((u) => u.word === need.word || (need.group !== undefined && u.group === need.group));
  for (const { page, text, needs } of messages) {
    if (text.length >= 3 && flat.includes(text)) add(page, units.filter((u) => text.includes(u.word)).map((u) => u.word));
    else if (needs.length >= 2 && needs.every((need) => holders(need).length > 0)) {
      const saying = needs.flatMap((need) => holders(need));
      // Side by side (请持卡人与发卡行联系 for 请持卡人与发卡银行联系), the message is said as written with a synonym.
      const positions = saying.map((u) => u.position).sort((a, b) => a - b);
      add(page, saying.map((u) => u.word), positions.every((at, i) => i === 0 || at - positions[i - 1]! <= 2));
    }
  }
  for (const unit of units) for (const page of unit.group === undefined ? [] : (groups.get(unit.group) ?? [])) add(page, [unit.word]);
  for (const [clause, page] of clauses) if (flat.includes(clause)) named.quoted.add(page);
  return named;
}
