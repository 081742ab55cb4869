import { describe, expect, it } from 'vitest';
import { followPointer } from '../e2e/support/pointers';
import type { SearchCase } from '../fixtures/search-queries';

describe('followPointer: a query mapped to a pointer step is judged where the step points', () => {
  it('follows a pointer step to the full answer, in each language', () => {
    for (const lang of ['zh', 'en']) {
      expect(followPointer(lang, { query: 'q', answer: 'ic-card-upgrade/insert-or-swipe', step: 'chip-keeps-failing' })).toEqual({
        query: 'q',
        answer: 'failed-swipes/cant-swipe-after-upgrade',
        step: 'check-the-card',
      });
    }
  });

  it('leaves a case alone when its step is a full answer, or when it names no step', () => {
    const full: SearchCase = { query: 'q', answer: 'ic-card-upgrade/insert-or-swipe', step: 'tap-contactless', first: true };
    expect(followPointer('zh', full)).toBe(full);
    const page = { query: 'q', answer: 'ic-card-upgrade/insert-or-swipe' };
    expect(followPointer('en', page)).toBe(page);
  });
});
