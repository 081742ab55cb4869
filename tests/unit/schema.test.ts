import { describe, expect, it } from 'vitest';
import { questionSchema } from '../../src/schemas/question';
import { sectionSchema } from '../../src/schemas/section';

const valid = {
  title: '刷不了卡怎么办？',
  summary: '先换扫码收款，再逐项检查。',
  order: 1,
  updated: '2026-11-25',
  related: ['who-to-call'],
};

const fieldsOf = (input: unknown) => {
  const result = questionSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('questionSchema', () => {
  it('accepts a complete question and turns the date into a Date', () => {
    const result = questionSchema.parse(valid);
    expect(result.updated).toEqual(new Date('2026-11-25'));
  });

  it('accepts a Date from YAML and defaults related to []', () => {
    const { related: _related, ...rest } = valid;
    expect(questionSchema.parse({ ...rest, updated: new Date('2026-01-02') }).related).toEqual([]);
  });

  it.each([
    ['title', { ...valid, title: '' }],
    ['summary', { ...valid, summary: undefined }],
    ['summary', { ...valid, summary: 'x'.repeat(221) }],
    ['order', { ...valid, order: 1.5 }],
    ['order', { ...valid, order: '1' }],
    ['updated', { ...valid, updated: 'last week' }],
    ['related.0', { ...valid, related: ['Who To Call'] }],
    ['', { ...valid, sumary: 'typo' }],
  ])('rejects a bad %s', (field, input) => {
    expect(fieldsOf(input)).toContain(field);
  });
});

describe('sectionSchema', () => {
  const text = { title: '到账', intro: '升级会不会影响到账。' };
  it('needs the text in both languages', () => {
    expect(sectionSchema.safeParse({ order: 1, zh: text, en: text }).success).toBe(true);
    expect(sectionSchema.safeParse({ order: 1, zh: text }).success).toBe(false);
    expect(sectionSchema.safeParse({ order: 1, zh: text, en: { title: 'Payouts' } }).success).toBe(false);
  });
});
