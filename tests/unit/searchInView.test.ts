import { describe, expect, it } from 'vitest';
import type { SearchPage } from '../../src/scripts/search/data';
import { keepInView, namedPages, oneCodePerMessage } from '../../src/scripts/search/inView';
import type { NamedCodes } from '../../src/scripts/search/kinds';
import { haystack } from '../../src/scripts/search/match';
import type { PageText, Ranked } from '../../src/scripts/search/rank';
import type { WeightedUnit } from '../../src/scripts/search/weigh';

const page = (id: string, url = `/zh/${id}/`, steps: [string, string][] = []): SearchPage => ({ id, url, title: id, steps });
const ranked = (...ids: string[]): Ranked[] => ids.map((id, i) => ({ page: page(id), score: 10 - i, coverage: 1, step: undefined }));
const order = (list: readonly Ranked[]) => list.map((r) => r.page.id);

const text = (p: SearchPage, lang: 'zh' | 'en' = 'zh'): PageText => ({ page: p, lang, title: haystack(p.title, lang), headings: p.steps.map(([id, heading]) => ({ id, hay: haystack(heading, lang) })) });
const unit = (word: string, terms: string[] = [word], weight = 1, group?: number): WeightedUnit => ({
  unit: { word, position: 0, terms, group, code: undefined, pieces: [word] },
  weight,
  terms: terms.map((term) => ({ term, weight })),
  target: undefined,
});
const named = (entries: [string, string[]][], whole: string[], quoted: string[] = []): NamedCodes => Object.assign(new Map(entries.map(([id, words]) => [id, new Set(words)])), { whole: new Set(whole), quoted: new Set(quoted) });
const none = named([], []);

const glossary = page('glossary', '/zh/glossary/', [
  ['shanghuhao', '商户号'],
  ['zhongduanhao', '终端号'],
  ['shoudan-jigou', '收单机构'],
]);
const glossaryEn = page('glossary', '/en/glossary/', [
  ['shoudan-jigou', 'Acquirer (收单机构)'],
  ['fakahang', 'Issuing bank (发卡行)'],
]);
const answers = [page('a', '/zh/settlement/a/', [['x', '换机后商户号不变']]), page('b'), page('c')];

describe('pages a query names, kept among the first three', () => {
  it('moves a page named from below the first three to third, and the rest down one', () => {
    expect(order(keepInView(ranked('a', 'b', 'c', 'd', 'code51', 'e'), ['code51']))).toEqual(['a', 'b', 'code51', 'c', 'd', 'e']);
  });

  it('leaves the order alone when the page named is already in view, or nothing is named', () => {
    expect(order(keepInView(ranked('a', 'code51', 'b', 'c'), ['code51']))).toEqual(['a', 'code51', 'b', 'c']);
    expect(order(keepInView(ranked('a', 'b', 'c', 'd'), []))).toEqual(['a', 'b', 'c', 'd']);
    expect(order(keepInView(ranked('a', 'b', 'c', 'd'), ['missing']))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('brings two pages named into view together, in the order they ranked, never above the best answer', () => {
    expect(order(keepInView(ranked('a', 'b', 'c', 'd', 'code55', 'glossary'), ['glossary', 'code55']))).toEqual(['a', 'code55', 'glossary', 'b', 'c', 'd']);
    // Three named below the first three: the two that rank higher come up, the best answer stays first.
    expect(order(keepInView(ranked('a', 'b', 'c', 'd', 'x', 'y', 'z'), ['z', 'x', 'y']))).toEqual(['a', 'x', 'y', 'b', 'c', 'd', 'z']);
  });

  it('never moves a named page out of view to bring another in', () => {
    expect(order(keepInView(ranked('a', 'code51', 'b', 'c', 'also', 'glossary'), ['code51', 'also', 'glossary']))).toEqual(['a', 'code51', 'also', 'b', 'c', 'glossary']);
    // The first result is named: the two places after it are open.
    expect(order(keepInView(ranked('code51', 'a', 'b', 'also'), ['code51', 'also']))).toEqual(['code51', 'a', 'also', 'b']);
  });

  it('names the code page of the one screen message the query holds as written', () => {
    const texts = [text(glossary), ...answers.map((p) => text(p))];
    expect(namedPages('加油站客人刷卡显示余额不足', [unit('余额不足')], texts, named([['code51', ['余额不足']]], ['code51']))).toEqual(['code51']);
    // Two codes print the message: the query does not say which, so neither is pushed.
    expect(namedPages('交易失败请联系发卡行', [unit('请联系发卡行')], texts, named([['code01', ['请联系发卡行']], ['code02', ['请联系发卡行']]], ['code01', 'code02']))).toEqual([]);
    // Two codes print lines the query says, one of them more fully (卡已过期: 54's 该卡已过期 over 33's 过期卡): that one.
    const expired = [unit('卡'), unit('已'), unit('过期')];
    expect(namedPages('显示卡已过期 客人说卡是新的', expired, texts, named([['code54', ['卡', '已', '过期']], ['code33', ['卡', '过期']]], ['code54', 'code33']))).toEqual(['code54']);
    // The fuller is only pieced together from loose words (卡 … 已 … 过期), or two say the same words: neither is pushed.
    expect(namedPages('卡片 已 激活 显示过期卡', expired, texts, named([['code54', ['卡', '已', '过期']], ['code33', ['卡', '过期']]], ['code33']))).toEqual([]);
    expect(namedPages('显示卡已过期', expired, texts, named([['code54', ['卡', '已', '过期']], ['code33', ['卡', '已', '过期']]], ['code54', 'code33']))).toEqual([]);
    // More words, but not the other's (余额不足 请重试: 30's 请重试 is cut 重|试): they share none, neither is pushed.
    const twoLines = [unit('余额不足'), unit('重'), unit('试')];
    expect(namedPages('余额不足 请重试', twoLines, texts, named([['code51', ['余额不足']], ['code30', ['重', '试']]], ['code51', 'code30']))).toEqual([]);
    // A code named with no words of the query's is held by any other.
    expect(namedPages('显示卡已过期', expired, texts, named([['code54', ['卡', '已', '过期']], ['code14', []]], ['code54', 'code14']))).toEqual(['code54']);
    // Pieced together word by word from a question, the message is not named outright.
    expect(namedPages('联系 收单机构', [unit('联系')], texts, named([['code03', ['联系', '收单机构']]], []))).toEqual([]);
    // Nothing named, one code's line quoted in part (签到失败 of A0's line): that code; two such codes, neither.
    expect(namedPages('交易失败 签到失败', [unit('签到失败')], texts, named([], [], ['codea0']))).toEqual(['codea0']);
    expect(namedPages('签到失败 批次号不一致', [unit('签到失败')], texts, named([], [], ['codea0', 'code77']))).toEqual([]);
    expect(namedPages('签到失败 余额不足', [unit('签到失败')], texts, named([['code51', ['余额不足']]], ['code51'], ['codea0']))).toEqual(['code51']);
  });

  it("names the second page the lexicon gives the query's weightiest word that has one (also)", () => {
    const texts = [text(glossary), ...answers.map((p) => text(p))];
    const also = { 7: 'insert-or-swipe', 9: 'who-to-call' };
    expect(namedPages('请插卡', [unit('请插卡', ['请插卡'], 2, 7)], texts, none, also)).toEqual(['insert-or-swipe']);
    expect(namedPages('请插卡 请联系发卡行', [unit('请插卡', ['请插卡'], 2, 7), unit('请联系发卡行', ['请联系发卡行'], 3, 9)], texts, none, also)).toEqual(['who-to-call']);
    // A group with no second page, or none at all, names nothing.
    expect(namedPages('没网', [unit('没网', ['没网'], 2, 3)], texts, none, also)).toEqual([]);
    expect(namedPages('请插卡', [unit('请插卡', ['请插卡'], 2, 7)], texts, none)).toEqual([]);
  });

  it('names the glossary when two things are told apart and its entries define both', () => {
    const texts = [text(glossary), ...answers.map((p) => text(p))];
    const both = [unit('商户号'), unit('终端号')];
    expect(namedPages('商户号和终端号有啥区别', both, texts, none)).toEqual(['glossary']);
    expect(namedPages('acquirer vs issuing bank', [unit('acquirer'), unit('issuing bank')], [text(glossaryEn, 'en')], none)).toEqual(['glossary']);
    // One of the two is no entry of the glossary: it cannot set them side by side.
    expect(namedPages('商户号和押金有啥区别', [unit('商户号'), unit('押金')], texts, none)).toEqual([]);
    // 不一样 alone says two things do not match: a situation, not a question of what each is.
    expect(namedPages('商户号和终端号不一样能到账吗', both, texts, none)).toEqual([]);
    expect(namedPages('商户号 终端号', both, texts, none)).toEqual([]);
  });

  it('keeps one code page in view for a message several codes print, the best placed', () => {
    const shared = named([['code02', ['请联系发卡行']], ['code01', ['请联系发卡行']]], ['code02', 'code01']);
    expect(order(oneCodePerMessage(ranked('answer', 'code02', 'code01', 'who', 'e'), shared))).toEqual(['answer', 'code02', 'who', 'code01', 'e']);
    // A code page below the first three stays where it is: it is only kept out of view, never brought up.
    expect(order(oneCodePerMessage(ranked('answer', 'code02', 'b', 'c', 'd', 'code01'), shared))).toEqual(['answer', 'code02', 'b', 'c', 'd', 'code01']);
    // A message one code prints, or none, changes nothing.
    const one = named([['code51', ['余额不足']]], ['code51']);
    expect(order(oneCodePerMessage(ranked('code51', 'a', 'b', 'c'), one))).toEqual(['code51', 'a', 'b', 'c']);
    expect(order(oneCodePerMessage(ranked('a', 'b', 'c', 'd'), none))).toEqual(['a', 'b', 'c', 'd']);
  });
});
