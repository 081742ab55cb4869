import { describe, expect, it } from 'vitest';
import { asksMeaning, referenceKind } from '../../src/scripts/search/kinds';

const page = (url: string) => ({ id: 'x', url, title: '', steps: [] });

describe('reference pages and definition questions', () => {
  it('tells the glossary and code pages from answers', () => {
    expect(referenceKind(page('/zh/glossary/'))).toBe('glossary');
    expect(referenceKind(page('/en/codes/55/'))).toBe('codes');
    expect(referenceKind(page('/zh/failed-swipes/charged-but-failed/'))).toBeUndefined();
  });

  it('hears "what does it mean" in both languages, and not in a situation', () => {
    expect(asksMeaning('签到是什么意思', 'zh')).toBe(true);
    expect(asksMeaning('冲正是啥', 'zh')).toBe(true);
    expect(asksMeaning('what is 冲正', 'en')).toBe(true);
    expect(asksMeaning('what does reversal mean', 'en')).toBe(true);
    expect(asksMeaning('merchant id in chinese', 'en')).toBe(true);
    expect(asksMeaning('交易失败', 'zh')).toBe(false);
    expect(asksMeaning('who do i call', 'en')).toBe(false);
  });
});
