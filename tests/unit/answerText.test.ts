import { describe, expect, it } from 'vitest';
import { answerAsText } from '../../src/lib/answerText';

describe('answerAsText', () => {
  it('writes question, short answer, numbered steps and the link line', () => {
    expect(answerAsText({ title: '刷不了卡怎么办？', summary: '先换扫码收款。', steps: ['检查网络', '重启'], linkLabel: '详细步骤' }, 'zh')).toBe(
      '刷不了卡怎么办？\n先换扫码收款。\n\n1. 检查网络\n2. 重启\n\n详细步骤：{url}',
    );
  });

  it('leaves out the step block when an answer has no steps', () => {
    expect(answerAsText({ title: 'Q?', summary: 'A.', steps: [], linkLabel: 'Full answer' }, 'en')).toBe('Q?\nA.\n\nFull answer: {url}');
  });
});
