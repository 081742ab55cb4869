import { describe, expect, it } from 'vitest';
import { findTerm, haystack, stem } from '../../src/scripts/search/match';

describe('match', () => {
  it('stems English lightly so forms of a word meet', () => {
    expect(stem('reading')).toBe(stem('read'));
    expect(stem('arrives')).toBe(stem('arrive'));
    expect(stem('declined')).toBe(stem('decline'));
  });

  it('lets copied, copies and applied meet copy and apply, but keeps a y after a vowel', () => {
    expect(stem('copied')).toBe(stem('copy'));
    expect(stem('copies')).toBe(stem('copy'));
    expect(stem('applied')).toBe(stem('apply'));
    expect(stem('tried')).toBe(stem('try'));
    expect(stem('days')).toBe(stem('day'));
    expect(stem('pay')).toBe('pay');
    expect(findTerm(haystack('The stripe data is easy to copy.', 'en'), 'copied', 'en')).toHaveLength(1);
  });

  it('finds Chinese across spaces, mapping back to the original text', () => {
    const hay = haystack('POS 机升级', 'zh');
    expect(findTerm(hay, 'pos机', 'zh')).toEqual([[0, 5]]);
  });

  it('finds English phrases word by word, and T+1 as one word', () => {
    const hay = haystack('The payout arrives T+1, the next business day.', 'en');
    expect(findTerm(hay, 'next business day', 'en')).toHaveLength(1);
    expect(findTerm(hay, 'payouts', 'en')).toHaveLength(1);
    expect(findTerm(hay, 't+1', 'en')).toHaveLength(1);
    expect(findTerm(hay, 'pay', 'en')).toHaveLength(0);
  });
});
