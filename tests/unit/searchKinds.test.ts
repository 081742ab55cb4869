import { describe, expect, it } from 'vitest';
import { buildSearchData, codeMessagesOf, screenMessages, type CodeMessages, type IndexedPage } from '../../src/lib/searchData';
import type { LexiconGroup } from '../../src/schemas/lexicon';
import { asksMeaning, messagePages, referenceKind, type Question } from '../../src/scripts/search/kinds';
import { normalise } from '../../src/scripts/search/normalise';
import { pageTexts, rankPages } from '../../src/scripts/search/rank';
import { weighUnits } from '../../src/scripts/search/weigh';
import { queryUnits, vocabulary } from '../../src/scripts/search/tokens';
import { chinese } from '../../src/scripts/search/chinese';

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
    expect(asksMeaning('please translate 余额不足', 'en')).toBe(true);
    expect(asksMeaning('english for 结算', 'en')).toBe(true);
    expect(asksMeaning('can the receipt print in english', 'en')).toBe(false);
    expect(asksMeaning('交易失败', 'zh')).toBe(false);
    // Asking why, or what went wrong, is not asking what a word means.
    expect(asksMeaning('提示请插卡是啥原因', 'zh')).toBe(false);
    expect(asksMeaning('请联系发卡行是什么问题', 'zh')).toBe(false);
    // What a deduction was (扣的是什么钱, 是啥费用) asks about the money taken, not a word.
    expect(asksMeaning('扣掉的60是什么费用', 'zh')).toBe(false);
    expect(asksMeaning('扣的是啥钱', 'zh')).toBe(false);
    expect(asksMeaning('到账少了 是什么费', 'zh')).toBe(false);
    // A fee's name asked about is still a meaning (MDR是什么费用: the glossary's rate entry).
    expect(asksMeaning('MDR是什么费用', 'zh')).toBe(true);
    expect(asksMeaning('费率是啥费用', 'zh')).toBe(true);
    expect(asksMeaning('扣率是什么费', 'zh')).toBe(true);
    expect(asksMeaning('请联系发卡行是什么', 'zh')).toBe(true);
    expect(asksMeaning('闪付是个啥', 'zh')).toBe(true);
    expect(asksMeaning('签到是干嘛的', 'zh')).toBe(true);
    expect(asksMeaning('发卡行指的是哪个银行', 'zh')).toBe(true);
    expect(asksMeaning('who do i call', 'en')).toBe(false);
    // What is the limit, what's wrong: a value or a fault, not a word's meaning.
    expect(asksMeaning('whats the difference between a void and a refund', 'en')).toBe(false);
    expect(asksMeaning('what is wrong with my terminal', 'en')).toBe(false);
    expect(asksMeaning('what is an acquirer', 'en')).toBe(true);
    // "What does a cafe gain", "what does the upgrade cost": a gain or a price, not a word's meaning.
    expect(asksMeaning('what does a small cafe actually gain from switching to a chip terminal', 'en')).toBe(false);
    expect(asksMeaning('what does the upgrade cost', 'en')).toBe(false);
    expect(asksMeaning('whats in it for us', 'en')).toBe(false);
    expect(asksMeaning('bank posted me a letter about upgrading, what does i need to do', 'en')).toBe(false);
    expect(asksMeaning('what does 冲正', 'en')).toBe(true);
    expect(asksMeaning('what does pdq stand for', 'en')).toBe(true);
    expect(asksMeaning('whats a reversal', 'en')).toBe(true);
  });
});

describe('a code\'s message in a query', () => {
  const codePage = (code: string, lang: 'zh' | 'en', title: string, content = title): IndexedPage => ({ id: `${lang}-${code}`, url: `/${lang}/codes/${code}/`, title, content, anchors: [] });
  const answer = (lang: 'zh' | 'en', title: string): IndexedPage => ({ id: `${lang}-answer`, url: `/${lang}/failed-swipes/x/`, title, content: title, anchors: [] });
  const lexicon: LexiconGroup[] = [
    { zh: ['发卡行', '发卡银行'], en: ['issuer'] },
    { zh: ['请联系发卡行', '联系发卡行'], en: ['contact your bank'], step: 'failed-swipes/x#issuer' },
    { zh: ['顾客', '持卡人'], en: ['customer', 'cardholder'] },
    { zh: ['签到', '签到失败', '重新签到'], en: ['sign in'], step: 'failed-swipes/x#sign-in' },
    { zh: ['余额不足', '卡里没钱'], en: ['insufficient funds', 'not enough funds'] },
    { zh: ['持卡人认证失败'], en: ['cardholder check failed', 'do not honour'] },
    { zh: ['超时', '交易超时'], en: ['timed out'], step: 'failed-swipes/x#network' },
  ];
  const codes: CodeMessages[] = [
    { code: '01', label: '请联系发卡行', screen: ['请持卡人与发卡银行联系', '交易失败，请联系发卡行', '01-交易失败请联系发卡行'] },
    { code: '02', label: '请联系发卡行', screen: ['交易失败，请联系发卡行'] },
    { code: '05', label: '持卡人认证失败', screen: ['交易失败，请联系发卡行'] },
    { code: '51', label: '余额不足', screen: ['可用余额不足', '51-余额不足'] },
    { code: '68', label: '交易超时', screen: ['交易超时，请重试'] },
    { code: 'a0', label: '校验错，请重新签到', screen: ['签到失败，请重新签到'] },
  ];
  const zhPages = [codePage('01', 'zh', '01 请联系发卡行'), codePage('02', 'zh', '02 请联系发卡行'), codePage('05', 'zh', '05 持卡人认证失败'), codePage('51', 'zh', '51 余额不足'), codePage('68', 'zh', '68 交易超时'), codePage('a0', 'zh', 'A0 校验错，请重新签到'), answer('zh', '余额不足怎么办')];
  const enPages = [codePage('05', 'en', '05 Cardholder check failed (持卡人认证失败)'), codePage('51', 'en', '51 Insufficient funds (余额不足)'), answer('en', 'Insufficient funds: what now')];
  const zh = vocabulary('zh', buildSearchData('zh', zhPages, lexicon, codes), chinese);
  const en = vocabulary('en', buildSearchData('en', enPages, lexicon, codes));
  const named = (query: string, vocab = zh) => {
    const plain = normalise(query);
    return Object.fromEntries([...messagePages(plain, queryUnits(plain, vocab), vocab)].map(([page, words]) => [page, [...words].sort()]));
  };

  it('names a code by the line an English terminal shows, in English only, unless its title holds it', () => {
    const limit = { code: '61', screen: ['交易金额超限'], screenEn: ['Exceeds withdrawal amount limit', 'Over the card limit'], zh: { label: '超出金额限制' }, en: { label: 'Over the card limit' } };
    expect(codeMessagesOf(limit, 'zh')).toEqual({ code: '61', label: '超出金额限制', screen: ['交易金额超限'] });
    expect(codeMessagesOf(limit, 'en').screen).toEqual(['交易金额超限', 'Exceeds withdrawal amount limit']);
    const pages = [codePage('61', 'en', '61 Over the card limit (超出金额限制)'), answer('en', 'Card declined: what now')];
    const withLines = vocabulary('en', buildSearchData('en', pages, lexicon, [codeMessagesOf(limit, 'en')]));
    const withoutLines = vocabulary('en', buildSearchData('en', pages, lexicon, [codeMessagesOf(limit, 'zh')]));
    expect(Object.keys(named('screen says exceeds withdrawal amount limit', withLines))).toEqual(['en-61']);
    expect(named('screen says exceeds withdrawal amount limit', withoutLines)).toEqual({});
    // The line's words are known as written, so reading the lines corrects none of them (the first search reads them all).
    expect(withLines.words.has('withdrawal')).toBe(true);
    expect(withoutLines.words.has('withdrawal')).toBe(false);
  });

  it('reads a screen line\'s words as it reads a query\'s, corrections and all', () => {
    // "progress" is one edit from "process", a word of request's group. Read as written in the line but
    // corrected in the query, the one word said both words of "request in progress".
    const busy = { code: '09', screen: [], screenEn: ['Request in progress'], zh: { label: '处理中' }, en: { label: 'Still processing' } };
    const pages = [codePage('09', 'en', '09 Still processing (处理中)'), answer('en', 'How to apply: the process')];
    const vocab = vocabulary('en', buildSearchData('en', pages, [...lexicon, { en: ['request', 'process'] }], [codeMessagesOf(busy, 'en')]));
    expect(named('refund progress', vocab)).toEqual({});
    expect(named('check the progress of my application', vocab)).toEqual({});
    expect(Object.keys(named('terminal says request in progress', vocab))).toEqual(['en-09']);
  });

  it('notes the one code whose screen line the query quotes in part, when it names no code outright', () => {
    const quoted = (query: string) => {
      const plain = normalise(query);
      const found = messagePages(plain, queryUnits(plain, zh), zh);
      return { named: [...found.keys()], quoted: [...found.quoted] };
    };
    // 签到失败 is the first clause of A0's line 签到失败 请重新签到, and of no other code's.
    expect(quoted('交易失败 签到失败')).toEqual({ named: [], quoted: ['zh-a0'] });
    expect(quoted('开机就签到失败')).toEqual({ named: [], quoted: ['zh-a0'] });
    // Part of a clause (重新签到 of 请重新签到) quotes nothing.
    expect(quoted('重新签到怎么弄').quoted).toEqual([]);
  });

  it('takes a clause for one code\'s only when no other code\'s line holds it, even inside a longer line', () => {
    const lines: CodeMessages[] = [
      { code: '36', label: '此卡有误', screen: ['此卡有误 请换卡重试'] },
      { code: '04', label: '没收卡', screen: ['卡片异常请换卡重试'] },
      { code: '77', label: '重新签到', screen: ['批次号不一致 请重新签到'] },
    ];
    const pages = [codePage('36', 'zh', '36 此卡有误'), codePage('04', 'zh', '04 没收卡'), codePage('77', 'zh', '77 重新签到')];
    const vocab = vocabulary('zh', buildSearchData('zh', pages, lexicon, lines), chinese);
    const quotedBy = (query: string) => [...messagePages(normalise(query), queryUnits(normalise(query), vocab), vocab).quoted];
    expect(quotedBy('提示请换卡重试')).toEqual([]);
    expect(quotedBy('显示批次号不一致')).toEqual(['zh-77']);
  });

  it('ships the screen lines that name a code, and none that three or more codes print', () => {
    expect(screenMessages(codes)).toEqual({ '01': ['请持卡人与发卡银行联系'], '51': ['可用余额不足'], '68': ['交易超时 请重试'], a0: ['签到失败 请重新签到'] });
  });

  it('names a code page by its label held whole, in either language of an English title, and only a code page', () => {
    expect(Object.keys(named('刷卡显示余额不足怎么办'))).toEqual(['zh-51']);
    expect(Object.keys(named('screen shows cardholder check failed', en))).toEqual(['en-05']);
    expect(Object.keys(named('提示持卡人认证失败', en))).toEqual(['en-05']);
  });

  it('names it by a screen line inside a question, word by word, a lexicon synonym and fillers aside', () => {
    expect(named('提示请持卡人与发卡行联系是怎么回事')).toEqual({ 'zh-01': ['发卡行', '持卡人', '联系'].sort() });
  });

  it('tells a message said as written (held whole, or its words side by side) from one pieced together', () => {
    const whole = (query: string) => [...messagePages(normalise(query), queryUnits(normalise(query), zh), zh).whole];
    expect(whole('加油站刷卡显示余额不足')).toEqual(['zh-51']);
    expect(whole('提示请持卡人与发卡行联系')).toEqual(['zh-01']);
    expect(whole('持卡人说让我联系一下他的发卡行')).toEqual([]);
    expect(Object.keys(named('持卡人说让我联系一下他的发卡行'))).toEqual(['zh-01']);
  });

  it('names it by a lexicon group that holds its label, with no step of its own', () => {
    expect(named('客人卡里没钱了')).toEqual({ 'zh-51': ['卡里没钱'] });
    expect(Object.keys(named('screen says do not honour', en))).toEqual(['en-05']);
    // 超时 is sent to a step: the group is the symptom's, not code 68's.
    expect(named('刷卡超时')).toEqual({});
  });

  it('does not name it from part of the message, or from one concept said twice', () => {
    expect(named('余额')).toEqual({});
    expect(named('check failed', en)).toEqual({});
    expect(named('持卡人联系')).toEqual({});
    // 签到失败，请重新签到 is one lexicon group: a bare 签到 is the sign-in step's, not code A0's.
    expect(named('签到失败')).toEqual({});
  });
});

describe('how far a named message lifts its code page', () => {
  const lexicon: LexiconGroup[] = [{ zh: ['余额不足', '卡里没钱'] }, { zh: ['到账', '入账'] }];
  const codes: CodeMessages[] = [{ code: '51', label: '余额不足', screen: ['可用余额不足'] }, { code: '00', label: '交易成功', screen: [] }];
  const indexed: IndexedPage[] = [
    { id: 'c51', url: '/zh/codes/51/', title: '51 余额不足', content: '51 余额不足 可用余额不足', anchors: [] },
    { id: 'c00', url: '/zh/codes/00/', title: '00 交易成功', content: '00 交易成功', anchors: [] },
    { id: 'decline', url: '/zh/failed-swipes/decline/', title: '卡里没钱、余额不足，顾客怎么付', content: '卡里没钱、余额不足，顾客怎么付', anchors: [] },
    { id: 'money', url: '/zh/settlement/money/', title: '到账少了', content: '到账少了 交易成功', anchors: [] },
    { id: 'gloss', url: '/zh/glossary/', title: '中英术语对照', content: '余额不足 卡里的钱不够付这一笔', anchors: [{ element: 'h3', id: 'yue-buzu', text: '余额不足', location: 1 }] },
  ];
  const data = buildSearchData('zh', indexed, lexicon, codes);
  const vocab = vocabulary('zh', data, chinese);
  const rank = (query: string, withMessages = true, question: Question = 'situation') => {
    const plain = normalise(query);
    const units = queryUnits(plain, vocab);
    const hay = indexed.map((p) => ({ id: p.id, flat: p.content }));
    const termPages = new Map(units.flatMap((u) => u.terms).map((term) => [term, new Set(hay.filter((h) => h.flat.includes(term)).map((h) => h.id))]));
    const retrieval = { termPages, pairPages: units.map(() => new Set<string>()) };
    const messages = withMessages ? messagePages(plain, units, vocab) : new Map();
    return rankPages(weighUnits(units, retrieval, data), retrieval, pageTexts(data, 'zh'), data, question, messages).map((r) => r.page.id);
  };

  it('puts the definition before the code when the query asks what the message means', () => {
    expect(rank('显示余额不足', true, 'situation')[0]).toBe('c51');
    const asked = rank('余额不足是什么意思', true, 'meaning');
    expect(asked.indexOf('gloss')).toBeLessThan(asked.indexOf('c51'));
  });

  it('puts the one code a message names first when the message is what the query is about', () => {
    expect(rank('卡里没钱', false)[0]).toBe('decline');
    expect(rank('卡里没钱')[0]).toBe('c51');
    expect(rank('顾客刷卡提示可用余额不足')[0]).toBe('c51');
  });

  it('leaves it behind when the message only sets the scene', () => {
    expect(rank('显示交易成功但到账少了')[0]).toBe('money');
  });
});

describe('a code page a query does not name', () => {
  const lexicon: LexiconGroup[] = [{ zh: ['收单机构', '收单行'] }];
  const codes: CodeMessages[] = [{ code: '37', label: '没收卡，请联系收单行', screen: [] }];
  const indexed: IndexedPage[] = [
    { id: 'c37', url: '/zh/codes/37/', title: '37 没收卡，请联系收单行', content: '37 没收卡，请联系收单行', anchors: [] },
    { id: 'who', url: '/zh/failed-swipes/who-to-call/', title: '刷卡出问题，该打哪个电话', content: '收单机构：服务商解决不了', anchors: [{ element: 'h2', id: 'acquirer', text: '收单机构：服务商解决不了', location: 1 }] },
  ];
  const data = buildSearchData('zh', indexed, lexicon, codes);
  const vocab = vocabulary('zh', data, chinese);

  it('weighs its title, the code\'s label, as a step heading: a bare 收单行 opens the answer that says who the acquirer is', () => {
    const units = queryUnits('收单行', vocab);
    const termPages = new Map(units.flatMap((u) => u.terms).map((term) => [term, new Set(indexed.filter((p) => p.content.includes(term)).map((p) => p.id))]));
    const retrieval = { termPages, pairPages: units.map(() => new Set<string>()) };
    const ranked = rankPages(weighUnits(units, retrieval, data), retrieval, pageTexts(data, 'zh'), data);
    expect(ranked.map((r) => [r.page.id, r.step])).toEqual([['who', 'acquirer'], ['c37', undefined]]);
  });
});
