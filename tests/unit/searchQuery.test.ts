import { describe, expect, it } from 'vitest';
import { fallbackTokens, queryWords, withoutStopwords } from '../../src/scripts/search/query';
import { searchKeywordText } from '../../src/lib/searchKeywords';

describe('queryWords', () => {
  it('segments Chinese and drops punctuation', () => {
    expect(queryWords('刷不了卡怎么办？', 'zh')).toEqual(['刷', '不了', '卡', '怎么', '办']);
  });

  it('splits mixed Latin and Chinese', () => {
    expect(queryWords('POS机升级', 'zh')).toEqual(['pos', '机', '升级']);
  });

  it('splits English on word boundaries, lower-cased', () => {
    expect(queryWords('Card declined, after UPDATE!', 'en')).toEqual(['card', 'declined', 'after', 'update']);
  });
});

describe('withoutStopwords', () => {
  it.each([
    ['升级以后刷不了卡怎么办', 'zh', '升级 以后 刷 不了 卡'],
    ['换了机器会影响到账吗', 'zh', '换了 机器 影响 到 账'],
    ['how do I apply for the upgrade', 'en', 'apply upgrade'],
    ['吗？', 'zh', ''],
  ])('%s → %j', (query, lang, expected) => {
    expect(withoutStopwords(query, lang)).toBe(expected);
  });
});

describe('fallbackTokens', () => {
  it('returns distinct words, longest first, at most the limit', () => {
    expect(fallbackTokens('my card is declined after the update', 'en')).toEqual(['declined', 'update', 'after', 'card']);
    expect(fallbackTokens('钱 钱 钱没到账', 'zh')).toEqual(['钱', '没', '到', '账']);
    expect(fallbackTokens('a b c d e f g h', 'en', 3)).toHaveLength(3);
  });
});

describe('searchKeywordText', () => {
  it('adds the browser-split form of Chinese keywords that segment into several words', () => {
    expect(searchKeywordText(['刷不出来', '结算'], 'zh')).toBe('刷不出来 刷 不出来 结算');
  });

  it('leaves English keywords as written', () => {
    expect(searchKeywordText(['card declined', 'payout'], 'en')).toBe('card declined payout');
  });
});
