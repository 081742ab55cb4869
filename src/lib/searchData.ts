import type { LexiconGroup } from '../schemas/lexicon';
import type { CodeData } from '../schemas/code';
import { codePages, type SearchData, type SearchPage } from '../scripts/search/data';
import type { Anchor } from '../scripts/search/sections';
import { findTerm, haystack, termStems } from '../scripts/search/match';
import { hasHan, normalise as normaliseAny } from '../scripts/search/normalise';
import { chineseVariants } from './chineseVariants';

/** Our words as the browser normalises a query in `lang`: Chinese with the variants its search data ships. */
const normaliseIn = (lang: 'zh' | 'en') => (text: string) => normaliseAny(text, lang === 'zh' ? chineseVariants : []);
const normalise = normaliseIn('zh');
import { fillerWords } from './fillerWords';
import { groupOfWord, groupWords } from './lexicon';

/** A page as Pagefind stored it (one fragment). */
export interface IndexedPage {
  id: string;
  url: string;
  title: string;
  /** The text Pagefind indexed for the page. */
  content: string;
  anchors: Anchor[];
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
/** Grammar characters: a stretch holding one is two words side by side, not one word (卡|都|刷). */
const grammar = /[的了吗呢吧啊是在和就都也还把被让给要会能不没很太一]/;

/**
 * Chinese words our own headings use again and again but the segmenter does not know, so it
 * falls back to single characters (商|户|号, 到|账): every 2–4 character stretch of such
 * single-character pieces found in two or more titles or step headings, longest kept.
 */
export function recurringWords(headings: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const heading of headings) {
    const seen = new Set<string>();
    const runs: string[] = [''];
    for (const piece of segmenter.segment(normalise(heading))) {
      if (piece.segment.length === 1 && /\p{Script=Han}/u.test(piece.segment)) runs[runs.length - 1] += piece.segment;
      else runs.push('');
    }
    for (const run of runs) for (let n = 2; n <= 4; n++) for (let i = 0; i + n <= run.length; i++) seen.add(run.slice(i, i + n));
    for (const word of seen) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const kept = [...counts].filter(([word, count]) => count >= 2 && !grammar.test(word));
  return kept.filter(([word, count]) => !kept.some(([longer, c]) => longer !== word && longer.includes(word) && c === count)).map(([word]) => word);
}

/** What a response code's page needs for search beside its title: the lines terminals print for it. */
export interface CodeMessages {
  code: string;
  label: string;
  screen: readonly string[];
}

/**
 * What a terminal may show for a code, for one language's search: its Chinese lines, and in
 * English its English lines too, unless the English title holds them (54 Expired card). The
 * specification's name (some terminals print 查发卡方) is left out: as messages, the names would
 * cost Chinese first queries 0.6 KB.
 */
export function codeMessagesOf(data: Pick<CodeData, 'code' | 'screen' | 'screenEn'> & Record<'zh' | 'en', { label: string }>, lang: 'zh' | 'en'): CodeMessages {
  const english = lang === 'en' ? data.screenEn.filter((line) => normalise(line) !== normalise(data.en.label)) : [];
  return { code: data.code, label: data.zh.label, screen: [...data.screen, ...english] };
}

/**
 * The screen lines that name a code (请持卡人与发卡银行联系 → 01), normalised, without the code
 * some terminals print before them (55-密码错误请重试) and without its label (the title holds it).
 * A line three or more codes print (交易失败，请联系发卡行: twenty of them) names none. Normalised as
 * a query in `lang` is.
 */
export function screenMessages(codes: readonly CodeMessages[], lang: 'zh' | 'en' = 'zh'): Record<string, string[]> {
  const line = (text: string) => normaliseIn(lang)(text.replace(/^[0-9a-z]{2}-/i, ''));
  // Told apart without spaces: 交易失败请联系发卡行 is the line 交易失败，请联系发卡行 printed without its comma.
  const key = (text: string) => line(text).replace(/ /g, '');
  const printedBy = new Map<string, Set<string>>();
  for (const { code, screen } of codes) for (const text of screen) printedBy.set(key(text), (printedBy.get(key(text)) ?? new Set()).add(code));
  const messages: Record<string, string[]> = {};
  for (const { code, label, screen } of codes) {
    const own = [...new Set(screen.filter((text) => key(text) !== key(label) && (printedBy.get(key(text))?.size ?? 0) <= 2).map(line))];
    if (own.length > 0) messages[code.toLowerCase()] = own;
  }
  return messages;
}

/**
 * The browser's search data for one language, from its indexed pages and the lexicon. The pages
 * named in `readingOrder` (site-relative URLs) come first, in that order: a query that names only
 * the site's subject lists them so.
 */
export function buildSearchData(lang: 'zh' | 'en', pagesIndexed: readonly IndexedPage[], lexicon: readonly LexiconGroup[], codeTexts: readonly CodeMessages[] = [], readingOrder: readonly string[] = []): SearchData {
  const places = new Map(readingOrder.map((url, index) => [url, index]));
  const place = (page: IndexedPage) => places.get(page.url) ?? readingOrder.length;
  const indexed = [...pagesIndexed].sort((a, b) => place(a) - place(b));
  const pages: SearchPage[] = indexed.map((page) => ({
    id: page.id,
    url: page.url,
    title: page.title,
    steps: page.anchors.filter((a) => a.id && a.element !== 'h1').map((a) => [a.id!, a.text] as [string, string]),
  }));
  const groups = lexicon.map((group) => [...new Set(groupWords(group, lang).map(normaliseIn(lang)))]);
  // Which pages hold each lexicon word, matched in the text Pagefind indexed the way the browser
  // matches headings: a query's synonyms then cost no Pagefind search (see src/scripts/search/retrieve.ts).
  const texts = indexed.map((page) => haystack(page.content.replace(/\u200b/g, ''), lang));
  // An English page can hold a word only if it has every stem of it: checking that first skips
  // the word-by-word scan of almost every page (it made this step grow as pages × words × text).
  const stems = lang === 'en' ? texts.map((text) => new Set(text.words.map((w) => w.stem))) : [];
  const mayHold = (i: number, word: string) => lang !== 'en' || termStems(word).every((s) => stems[i]!.has(s));
  const postings = groups.map((words) => words.map((word) => texts.flatMap((text, i) => (mayHold(i, word) && findTerm(text, word, lang).length > 0 ? [i] : []))));
  const asks = lexicon.flatMap((group, index) => (group.asks ? [index] : []));
  const frames = lexicon.flatMap((group, index) => (group.frames && group.step ? [index] : []));
  const topics = lexicon.flatMap((group, index) => (group.topic ? [index] : []));
  const unlessScene = lexicon.flatMap((group, index) => (group.both && group.unlessScene ? [index] : []));
  const ordered = lexicon.flatMap((group, index) => (group.both && group.ordered ? [index] : []));
  const pairs: NonNullable<SearchData['pairs']> = {};
  const unless: NonNullable<SearchData['unless']> = {};
  const onlyWith: NonNullable<SearchData['onlyWith']> = {};
  const plainWords: NonNullable<SearchData['plainWords']> = {};
  lexicon.forEach((group, index) => {
    if (group.both) pairs[index] = [groupOfWord(lexicon, group.both[0]), groupOfWord(lexicon, group.both[1])];
    if (group.both && group.unless) unless[index] = group.unless.map((word) => groupOfWord(lexicon, word));
    if (group.both && group.onlyWith) onlyWith[index] = group.onlyWith.map((word) => groupOfWord(lexicon, word));
    const plain = (group.plainWords ?? []).filter((word) => hasHan(word) === (lang === 'zh')).map(normaliseIn(lang));
    if (group.both && plain.length > 0) plainWords[index] = plain;
  });
  const targets: SearchData['targets'] = {};
  const also: NonNullable<SearchData['also']> = {};
  lexicon.forEach((group, index) => {
    const [path, step] = group.step?.split('#') ?? [];
    const page = pages.find((p) => p.url === `/${lang}/${path}/`);
    if (page && step) targets[index] = [page.id, step];
    const other = group.also && pages.find((p) => p.url === `/${lang}/${group.also}/`);
    if (other) also[index] = other.id;
  });
  // Lexicon words are re-joined and known words are taken from titles in the browser; only what it
  // cannot derive is shipped: the Chinese words our headings repeat.
  const headings = pages.flatMap((p) => [p.title, ...p.steps.map(([, text]) => text)]);
  const lexiconWords = new Set(groups.flat());
  const joins = lang === 'zh' ? recurringWords(headings).filter((word) => !lexiconWords.has(word)) : [];
  const codes = codePages(pages);
  // Only codes with a page in this index (a test site may have none).
  const messages = Object.fromEntries(Object.entries(screenMessages(codeTexts, lang)).filter(([slug]) => slug in codes));
  return { pages, groups, postings, asks, targets, joins: joins.sort(), fillers: [...new Set(fillerWords[lang])], codes, ...(Object.keys(messages).length > 0 ? { messages } : {}), ...(frames.length > 0 ? { frames } : {}), ...(topics.length > 0 ? { topics } : {}), ...(Object.keys(pairs).length > 0 ? { pairs } : {}), ...(unlessScene.length > 0 ? { unlessScene } : {}), ...(ordered.length > 0 ? { ordered } : {}), ...(Object.keys(unless).length > 0 ? { unless } : {}), ...(Object.keys(onlyWith).length > 0 ? { onlyWith } : {}), ...(Object.keys(plainWords).length > 0 ? { plainWords } : {}), ...(Object.keys(also).length > 0 ? { also } : {}), ...(lang === 'zh' ? { variants: chineseVariants.map(([from, to]) => [from.source, to] as [string, string]) } : {}) };
}
