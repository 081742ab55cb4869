import { describe, expect, it } from 'vitest';
import { asksMeaning, messagePages, referenceKind } from '../../src/scripts/search/kinds';

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

describe('a screen message held whole', () => {
  const code = (id: string, lang: string, title: string) => ({ id, url: `/${lang}/codes/${id}/`, title, steps: [] });
  const pages = [code('51', 'zh', '51 余额不足'), code('68', 'zh', '68 交易超时'), code('05', 'en', '05 Cardholder check failed (持卡人认证失败)'), { id: 'a', url: '/zh/settlement/x/', title: '余额不足', steps: [] }];

  it('names its code page, in either language of an English title, and only a code page', () => {
    expect([...messagePages('刷卡显示余额不足怎么办', pages)]).toEqual(['51']);
    expect([...messagePages('screen shows cardholder check failed', pages)]).toEqual(['05']);
    expect([...messagePages('提示持卡人认证失败', pages)]).toEqual(['05']);
  });

  it('does not name it from part of the message', () => {
    expect(messagePages('余额', pages).size).toBe(0);
    expect(messagePages('check failed', pages).size).toBe(0);
  });
});
