import { describe, expect, it } from 'vitest';
import { chinese } from '../../src/scripts/search/chinese';
import { excerpt } from '../../src/scripts/search/excerpt';
import { pageParts } from '../../src/scripts/search/sections';
import { pickPart } from '../../src/scripts/search/steps';
import type { WeightedUnit } from '../../src/scripts/search/weigh';
import { zhPages } from '../fixtures/search-data';

const page = zhPages[0]!;
/** The page's steps as the search data lists them. */
const steps = page.anchors.filter((a) => a.id && a.element !== 'h1').map((a) => [a.id!, a.text] as const);
const unit = (word: string, terms = [word], target?: string): WeightedUnit => ({
  unit: { word, position: 0, terms, group: undefined, code: undefined, pieces: [word] },
  weight: 1,
  terms: terms.map((term) => ({ term, weight: 1 })),
  target,
});

describe('pageParts', () => {
  it('cuts the stored text into the introduction and one part per step, headings left out', () => {
    const parts = pageParts(page.content, steps, page.title);
    expect(parts.map((p) => p.id)).toEqual([undefined, 'check-network', 'check-the-card']);
    expect(parts[0]?.text).toBe('先请顾客扫码付款。');
    expect(parts[1]?.text).toBe('看信号图标，通讯失败时重启路由器。');
  });

  it('cuts at the heading itself, not at an earlier step that links to it by its words', () => {
    const content = '找谁？ 先看这里。 收单机构. 找它的情况，见打电话前准备好这些信息。 95516 不管机器。 打电话前准备好这些信息. 机身序列号。';
    const parts = pageParts(content, [['acquiring-bank', '收单机构'], ['what-to-prepare', '打电话前准备好这些信息']], '找谁？');
    expect(parts[1]?.text).toBe('找它的情况，见打电话前准备好这些信息。 95516 不管机器。');
    expect(parts[2]?.text).toBe('机身序列号。');
    const english = 'Who to call? Acquirer. For payouts, see Have this ready before you call. Not 95516. Have this ready before you call. Serial number.';
    const enParts = pageParts(english, [['a', 'Acquirer'], ['b', 'Have this ready before you call']], 'Who to call?');
    expect(enParts[1]?.text).toBe('For payouts, see Have this ready before you call. Not 95516.');
  });

  it('reads the browser’s form of the text too (no zero-width spaces)', () => {
    const plain = pageParts(page.content.replace(/\u200b/g, ''), steps, page.title);
    expect(plain).toEqual(pageParts(page.content, steps, page.title));
  });
});

describe('pickPart', () => {
  const parts = pageParts(page.content, steps, page.title);

  it('opens the step whose heading or text holds the words', () => {
    expect(pickPart(parts, [unit('信号')], 'zh').id).toBe('check-network');
    expect(pickPart(parts, [unit('请插卡')], 'zh').id).toBe('check-the-card');
  });

  it('opens the step a lexicon group points at even when the words are elsewhere', () => {
    expect(pickPart(parts, [unit('没网', ['没网'], 'zh-cn_aaa#check-network')], 'zh').id).toBe('check-network');
  });

  it('opens the step a framing group points at, whatever the other words match (frames: true)', () => {
    const heavy = (word: string) => ({ ...unit(word), weight: 1.5, terms: [{ term: word, weight: 1.5 }] });
    const words = [heavy('信号'), heavy('路由器'), { ...unit('卡都不行', ['卡都不行'], 'zh-cn_aaa#check-the-card') }];
    expect(pickPart(parts, words, 'zh').id).toBe('check-network');
    expect(pickPart(parts, [...words.slice(0, 2), { ...words[2]!, frames: true as const }], 'zh').id).toBe('check-the-card');
  });

  it('weighs the steps as usual when another word points at a different step of the page', () => {
    const framing = { ...unit('卡都不行', ['卡都不行'], 'zh-cn_aaa#check-the-card'), frames: true as const };
    const other = unit('没网', ['没网'], 'zh-cn_aaa#check-network');
    expect(pickPart(parts, [framing, unit('信号'), unit('路由器')], 'zh').id).toBe('check-the-card');
    expect(pickPart(parts, [framing, other, unit('信号'), unit('路由器')], 'zh').id).toBe('check-network');
  });

  it('counts the word a question asks for twice (要啥资料: the step that names the 资料)', () => {
    const network = { ...unit('信号'), weight: 1.2, terms: [{ term: '信号', weight: 1.2 }] };
    expect(pickPart(parts, [network, unit('请插卡')], 'zh').id).toBe('check-network');
    expect(pickPart(parts, [network, { ...unit('请插卡'), unit: { ...unit('请插卡').unit, asked: true } }], 'zh').id).toBe('check-the-card');
  });

  it('puts a lexicon group\'s own step a little above a heading that merely holds another word', () => {
    const network = { ...unit('网络'), weight: 1.1, terms: [{ term: '网络', weight: 1.1 }] };
    expect(pickPart(parts, [network, unit('执照', ['执照'], 'zh-cn_aaa#check-the-card')], 'zh').id).toBe('check-the-card');
  });

  it('on a tie, opens the part under a heading that has no text of its own (a glossary group)', () => {
    const grouped = [
      { id: undefined, heading: '词汇表', text: '每个词的意思。' },
      { id: 'money', heading: '各方与到账', text: '' },
      { id: 'daozhang', heading: '到账', text: '钱进了你的结算账户。' },
      { id: 'feilv', heading: '费率', text: '每笔扣的手续费比例。' },
    ];
    expect(pickPart(grouped, [unit('到账')], 'zh').id).toBe('daozhang');
    expect(pickPart(grouped, [unit('各方')], 'zh').id).toBe('money');
    // Only a part under that heading: one in the next group does not take the tie from it.
    const twoGroups = [grouped[0]!, { id: 'terminal', heading: '终端操作', text: '' }, { id: 'qiandao', heading: '签到', text: '开机先签到。' }, { id: 'slip', heading: '签购单上', text: '' }, { id: 'zhongduanhao', heading: '终端号', text: '机器的编号。' }];
    expect(pickPart(twoGroups, [unit('终端')], 'zh').id).toBe('terminal');
  });

  it('opens the page itself when no step matches', () => {
    expect(pickPart(parts, [unit('扫码')], 'zh').id).toBeUndefined();
  });
});

describe('excerpt', () => {
  it('marks the matched words in about two lines of visible text', () => {
    const parts = excerpt('看信号图标，通讯失败时重启路由器。', [{ terms: ['通讯失败'], weight: 1 }], 'zh');
    expect(parts).toEqual([
      { text: '看信号图标，', marked: false },
      { text: '通讯失败', marked: true },
      { text: '时重启路由器。', marked: false },
    ]);
  });

  it('cuts long text around the weightiest match, with ellipses, on word boundaries in English', () => {
    const long = `${'word '.repeat(40)}the payout arrives late ${'tail '.repeat(40)}`;
    const parts = excerpt(long, [{ terms: ['payout'], weight: 2 }, { terms: ['word'], weight: 0.1 }], 'en');
    const text = parts.map((p) => p.text).join('');
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(112);
    expect(parts.some((p) => p.marked && p.text === 'payout')).toBe(true);
  });

  it('shows where the query\'s words stand together, not the first match of the heaviest one', () => {
    const text = `技术人员上门给机器升级、调试。${'最好约在店里不忙的时候。'.repeat(4)}升级要多久：远程更新一般几分钟到半小时。`;
    const parts = excerpt(text, [{ terms: ['升级'], weight: 2 }, { terms: ['多久', '分钟'], weight: 1 }], 'zh');
    expect(parts.filter((p) => p.marked).map((p) => p.text)).toEqual(['升级', '多久', '分钟']);
  });

  it('marks a one-character Chinese term only where the segmenter leaves it a word of its own', () => {
    const text = '师傅上门装机。小票上通常有提示。';
    const parts = (oneCharWords?: (text: string) => Set<number>) => excerpt(text, [{ terms: ['上'], weight: 1 }], 'zh', oneCharWords);
    expect(parts().filter((p) => p.marked)).toHaveLength(2);
    // 上门 is one word; 小|票|上 leaves 上 alone: only that one is marked.
    const alone = parts(chinese.oneCharWords);
    expect(alone.filter((p) => p.marked)).toEqual([{ text: '上', marked: true }]);
    expect(alone[0]?.text.endsWith('小票')).toBe(true);
  });

  it('returns text only: markup in a page stays text', () => {
    const parts = excerpt('<img src=x onerror=alert(1)> 刷不了', [{ terms: ['刷不了'], weight: 1 }], 'zh');
    expect(parts.map((p) => p.text).join('')).toBe('<img src=x onerror=alert(1)> 刷不了');
  });
});
