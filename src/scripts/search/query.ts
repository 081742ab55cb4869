/**
 * Query rewriting for the zero-result fallback. Pagefind ANDs every term, so one word that the
 * right page lacks ("吗", "how", "my") empties the results; these helpers peel such words off.
 */

const stopwords: Record<string, ReadonlySet<string>> = {
  zh: new Set(['吗', '呢', '吧', '啊', '呀', '了', '的', '得', '地', '么', '怎么办', '怎么', '怎样', '怎么样', '为什么', '为啥', '什么', '如何', '是不是', '能不能', '可不可以', '可以', '请问', '一下', '我', '我的', '我们', '你', '您', '他', '它', '这', '那', '就', '都', '也', '还', '会', '要', '想', '该', '应该', '是', '有', '在', '和', '与', '或', '办']),
  en: new Set(['a', 'an', 'the', 'how', 'do', 'does', 'did', 'i', 'my', 'me', 'we', 'our', 'you', 'your', 'what', 'why', 'when', 'where', 'which', 'who', 'is', 'are', 'was', 'be', 'to', 'of', 'for', 'in', 'on', 'at', 'it', 'its', 'this', 'that', 'and', 'or', 'can', 'should', 'will', 'would', 'please', 'help', 'with', 'from', 'there', 'any', 'some']),
};

const segmenters = {
  zh: new Intl.Segmenter('zh', { granularity: 'word' }),
  en: new Intl.Segmenter('en', { granularity: 'word' }),
};

/**
 * The words of a query: Chinese is segmented the way Pagefind segments it (Intl.Segmenter),
 * other text is split on spaces; punctuation is dropped.
 * @example queryWords('pos机刷不了怎么办?', 'zh') // ['pos', '机', '刷', '不了', '怎么', '办']
 */
export function queryWords(query: string, lang: string): string[] {
  const segmenter = lang === 'zh' ? segmenters.zh : segmenters.en;
  return [...segmenter.segment(query.toLowerCase())].filter((s) => s.isWordLike).map((s) => s.segment);
}

/**
 * The query without filler words, or '' when nothing else is left.
 * @example withoutStopwords('升级以后刷不了卡怎么办', 'zh') // '升级 以后 刷 不了 卡'
 */
export function withoutStopwords(query: string, lang: string): string {
  const ignore = stopwords[lang] ?? new Set<string>();
  return queryWords(query, lang).filter((word) => !ignore.has(word)).join(' ');
}

/**
 * The distinct meaningful words to try one by one, longest first so single characters come last.
 * @example fallbackTokens('my card is declined', 'en') // ['declined', 'card']
 */
export function fallbackTokens(query: string, lang: string, limit = 6): string[] {
  const words = withoutStopwords(query, lang).split(' ').filter(Boolean);
  return [...new Set(words)].sort((a, b) => b.length - a.length).slice(0, limit);
}
