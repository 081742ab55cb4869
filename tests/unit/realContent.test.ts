import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/contentCheck';
import { readContent } from '../../src/lib/contentFiles';
import { sectionIds } from '../../src/lib/sections';
import { operator, glossary } from '../../src/lib/siteSettings';

const root = join(import.meta.dirname, '../..');

describe('the published content', () => {
  it('passes every content check', () => {
    expect(checkContent(root)).toEqual([]);
  });

  it('has the same questions and the same anchors, in the same order, in zh and en', () => {
    const { questions } = readContent(root);
    const outline = (lang: string) =>
      questions.filter((q) => q.lang === lang).map((q) => `${q.section}/${q.id}#${q.steps.map((s) => s.id).join(',')}`);
    expect(outline('zh').length).toBeGreaterThan(0);
    expect(outline('en')).toEqual(outline('zh'));
  });

  it('gives every section at least one question with steps', () => {
    const { questions } = readContent(root);
    for (const section of sectionIds) {
      expect(questions.some((q) => q.section === section && q.steps.length > 0), section).toBe(true);
    }
  });

  it('ships without an operator: no one is named until a deployer fills in content/operator.yaml', () => {
    expect(operator).toBeNull();
  });

  it('has a glossary of about 30 terms covering the words on the screen and slip', () => {
    const terms = glossary.flatMap((group) => group.terms);
    expect(terms.length).toBeGreaterThanOrEqual(28);
    const words = new Set(terms.flatMap((term) => [term.zh, ...term.aka]));
    const expected = ['签到', '结算', '撤销', '消费撤销', '退货', '冲正', '请插卡', '通讯失败', '商户号', '终端号', '参考号', '批次号', '凭证号', '授权码', '闪付', '降级交易', '收单机构', '发卡行', '到账', 'T+1', '小票', '签购单', '参数下载', '公钥'];
    expect(expected.filter((word) => !words.has(word))).toEqual([]);
  });
});
