import { describe, expect, it } from 'vitest';
import { templateParts } from '../../src/lib/dictionaryTemplate';

describe('templateParts', () => {
  it('cuts a sentence at its slots, keeping the text between them in order', () => {
    expect(templateParts('请拨打{name}的客服{hotline}{hours}。')).toEqual([{ text: '请拨打' }, { slot: 'name' }, { text: '的客服' }, { slot: 'hotline' }, { slot: 'hours' }, { text: '。' }]);
  });

  it('leaves braces that are not a slot name as text', () => {
    expect(templateParts('{a b} and {}')).toEqual([{ text: '{a b} and {}' }]);
  });
});
