const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * The hidden search text for a list of keywords. Pagefind segments Chinese with ICU4X when it
 * indexes and the browser segments queries with Intl.Segmenter; where the two disagree
 * ("刷不出来": 刷不|出来 in the index, 刷|不出来 in the browser), a query finds nothing. So each
 * Chinese keyword is also written pre-split the browser's way, with spaces the indexer keeps.
 * @example searchKeywordText(['刷不出来'], 'zh') // '刷不出来 刷 不出来'
 */
export function searchKeywordText(keywords: readonly string[], lang: string): string {
  if (lang !== 'zh') return keywords.join(' ');
  return keywords
    .map((keyword) => {
      const split = [...segmenter.segment(keyword)].filter((s) => s.isWordLike).map((s) => s.segment).join(' ');
      return split === keyword ? keyword : `${keyword} ${split}`;
    })
    .join(' ');
}
