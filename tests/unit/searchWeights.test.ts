import { describe, expect, it } from 'vitest';
import { buildSearchData, type IndexedPage } from '../../src/lib/searchData';
import type { LexiconGroup } from '../../src/schemas/lexicon';
import { dropFillers } from '../../src/scripts/search/fillers';
import { fillerWords } from '../../src/lib/fillerWords';
import { findSubject, haystack, stem } from '../../src/scripts/search/match';
import { byScore, pageTexts, rankPages } from '../../src/scripts/search/rank';
import { weighUnits, weights } from '../../src/scripts/search/weigh';
import { queryUnits, vocabulary } from '../../src/scripts/search/tokens';
import { chinese } from '../../src/scripts/search/chinese';

const page = (id: string, title: string, content = title): IndexedPage => ({ id, url: `/zh/s/${id}/`, title, content, anchors: [] });
const pages = [page('money', '升级后钱没到账怎么办', '升级后钱没到账怎么办 背面'), page('apply', '怎么申请升级', '怎么申请升级'), page('why', '为什么非要升级', '为什么非要升级')];
const lexicon: LexiconGroup[] = [
  { zh: ['为什么', '为啥'], en: ['why'], asks: true },
  { zh: ['在哪', '背面'], en: ['where'], asks: true },
  { zh: ['到账', '入账'] },
];
const data = buildSearchData('zh', pages, lexicon);
const vocab = vocabulary('zh', data, chinese);

/** Ranks the three pages for a query, with each word's pages found by substring, as Pagefind would. */
function rank(query: string): string[] {
  const units = queryUnits(query, vocab);
  const texts = pages.map((p) => ({ id: p.id, hay: haystack(p.content, 'zh') }));
  const termPages = new Map(units.flatMap((u) => u.terms).map((term) => [term, new Set(texts.filter((t) => t.hay.flat.includes(term)).map((t) => t.id))]));
  const retrieval = { termPages, pairPages: units.map(() => new Set<string>()) };
  return rankPages(weighUnits(units, retrieval, data), retrieval, pageTexts(data, 'zh'), data).map((r) => r.page.id);
}

const [zhFillers, enFillers] = [new Set(fillerWords.zh), new Set(fillerWords.en)];

describe('fillers', () => {
  it('never drops a lexicon word, though it is a filler in a sentence', () => {
    expect(dropFillers(['为什么', '要', '升级'], zhFillers)).toEqual(['升级']);
    expect(dropFillers(['为什么', '要', '升级'], zhFillers, vocab.groupOf)).toEqual(['为什么', '升级']);
    expect(queryUnits('为什么要升级', vocab).map((u) => u.word)).toEqual(['为什么', '升级']);
  });

  it('are glued back whole when the segmenter cuts them up (怎么|回|事), so no stray 回 or 事 is left', () => {
    expect(queryUnits('到账慢是怎么回事呢', vocab).map((u) => u.word)).toEqual(['到账', '慢']);
    expect(queryUnits('咋回事', vocab).map((u) => u.word)).toEqual(['咋回事']);
  });

  it('drop 会不会, 有没有 and 要不要: they only ask whether, so a heading that asks the same way (费率会不会变) gains nothing', () => {
    expect(dropFillers(['到账', '会不会', '慢'], zhFillers)).toEqual(['到账', '慢']);
    expect(dropFillers(['有没有', '押金'], zhFillers)).toEqual(['押金']);
    expect(dropFillers(['要不要', '钱'], zhFillers)).toEqual(['钱']);
    // Going and holding frame the subject: 要去银行换卡 is about the card, 拿着老卡 about the old card.
    expect(dropFillers(['去', '银行', '换卡'], zhFillers)).toEqual(['银行', '换卡']);
    expect(dropFillers(['拿', '老卡'], zhFillers)).toEqual(['老卡']);
  });

  it('drop pronouns, and English contractions typed without the apostrophe (whats)', () => {
    expect(dropFillers(['他们', '说', '卡', '没问题'], zhFillers)).toEqual(['说', '卡', '没问题']);
    expect(dropFillers(['whats', 'the', 'benefit'], enFillers)).toEqual(['benefit']);
    expect(dropFillers(['making', 'everyone', 'upgrade'], enFillers)).toEqual(['upgrade']);
  });
});

describe('time-clause words', () => {
  it('frame when, so they are dropped and the word before them sets the scene', () => {
    const units = (query: string) => queryUnits(query, vocab).map((u) => [u.word, u.scene]);
    expect(units('升级以后到账')).toEqual([['升级', true], ['到账', false]]);
    expect(units('升级完到账')).toEqual([['升级', true], ['到账', false]]);
    expect(units('升级的时候到账')).toEqual([['升级', false], ['到账', false]]);
    expect(units('升级那天到账')).toEqual([['升级', false], ['到账', false]]);
  });

  it('take the upgrade with its object as the scene (升级终端以后), not any word two back', () => {
    const units = (query: string) => queryUnits(query, vocab).map((u) => [u.word, u.scene]);
    expect(units('升级终端以后到账')).toEqual([['升级', true], ['终端', true], ['到账', false]]);
    expect(units('到账终端以后')).toEqual([['到账', false], ['终端', true]]);
  });
});

describe('how-to verbs and counts', () => {
  it('are fillers: 退货怎么操作 asks about 退货, not about 操作; 一次 is a count', () => {
    expect(dropFillers(['退货', '怎么', '操作'], zhFillers)).toEqual(['退货']);
    expect(dropFillers(['旧机器', '怎么', '处理'], zhFillers)).toEqual(['旧机器']);
    expect(dropFillers(['找', '服务商'], zhFillers)).toEqual(['服务商']);
    expect(dropFillers(['升级', '一次', '多久'], zhFillers)).toEqual(['升级', '多久']);
  });

  it('drop 做 and which-words too: 升级前要做哪些准备 asks about 准备', () => {
    expect(queryUnits('升级前要做哪些准备', vocab).map((u) => u.word)).toEqual(['升级', '准备']);
    expect(dropFillers(['哪个', '卡', '刷不了'], zhFillers)).toEqual(['卡', '刷不了']);
  });
});

describe('question words (asks groups)', () => {
  it('weigh at most half of the subject they ask about', () => {
    const units = queryUnits('在哪 升级', vocab);
    const termPages = new Map([['在哪', new Set<string>()], ['背面', new Set(['money'])], ['升级', new Set(['money', 'apply', 'why'])]]);
    const [where, upgrade] = weighUnits(units, { termPages }, data);
    expect(where?.unit.word).toBe('在哪');
    expect(where?.weight).toBeCloseTo((upgrade?.weight ?? 0) / 2);
  });

  it('still tell a why-question from a how-question', () => {
    expect(rank('为什么要升级')[0]).toBe('why');
    expect(rank('为啥升级')[0]).toBe('why');
  });
});

describe('a word that only sets the scene', () => {
  it('is found in a time clause but not as the subject', () => {
    const hay = haystack('升级后钱没到账', 'zh');
    expect(findSubject(hay, '升级', 'zh')).toEqual([]);
    expect(findSubject(haystack('怎么申请升级', 'zh'), '升级', 'zh')).toEqual([[4, 6]]);
    expect(findSubject(haystack('Why is my payout late after the upgrade?', 'en'), 'upgrade', 'en')).toEqual([]);
    expect(findSubject(haystack('How do I apply for the upgrade?', 'en'), 'upgrade', 'en')).toHaveLength(1);
  });

  it('breaks a tie for the shorter, more focused title', () => {
    expect(rank('升级').slice(0, 2)).toEqual(['apply', 'why']);
  });

  it('does not give a title its weight, unless the query sets the same scene', () => {
    expect(rank('升级').indexOf('money')).toBe(2);
    expect(rank('升级后到账')[0]).toBe('money');
  });
});

describe('re-joining lexicon phrases', () => {
  const en = vocabulary('en', buildSearchData('en', [], [{ en: ['chip', 'chip card'] }, { en: ['card not reading'] }, { en: ['sign in'] }]));
  const words = (query: string) => queryUnits(query, en).map((u) => u.word);

  it('glues the query into the fewest pieces, not the longest first piece', () => {
    expect(words('chip card not reading')).toEqual(['chip', 'card not reading']);
  });

  it('leaves a Chinese word the character it ends with when a word after would take it (磁条卡|都刷不了)', () => {
    const zh = vocabulary('zh', buildSearchData('zh', [], [{ zh: ['磁条', '磁条卡'] }, { zh: ['所有卡', '卡都刷不了'] }, { zh: ['刷不了'] }, { zh: ['被扣', '扣钱'] }, { zh: ['扣了两次'] }]), chinese);
    expect(queryUnits('磁条卡都刷不了', zh).map((u) => u.word)).toEqual(['磁条卡', '刷不了']);
    // A one-character word before (被) keeps no claim: 被|扣了两次 still glues.
    expect(queryUnits('被扣了两次', zh).map((u) => u.word)).toEqual(['扣了两次']);
    // What would be left of the later word is bare characters (插|哪): the later word keeps it.
    const insert = vocabulary('zh', buildSearchData('zh', [], [{ zh: ['储蓄卡', '借记卡'] }, { zh: ['卡插哪'] }]), chinese);
    expect(queryUnits('储蓄卡插哪', insert).map((u) => u.word)).toContain('卡插哪');
  });

  it('prefers a lexicon word to characters glued because headings repeat them', () => {
    const zh = vocabulary('zh', { ...buildSearchData('zh', [], [{ zh: ['收单机构'] }]), joins: ['找收单'] }, chinese);
    expect(queryUnits('找收单机构', zh).map((u) => u.word)).toEqual(['收单机构']);
  });

  it('counts two words of one group once when said as one phrase (技术员上门), twice when set apart (结算 清算)', () => {
    const zh = vocabulary('zh', buildSearchData('zh', [], [{ zh: ['技术员', '上门', '师傅'] }, { zh: ['结算', '清算'] }, { zh: ['收费'] }]), chinese);
    expect(queryUnits('技术员上门收费吗', zh).map((u) => u.word)).toEqual(['技术员', '收费']);
    expect(queryUnits('结算 清算', zh).map((u) => u.word)).toEqual(['结算', '清算']);
    // The phrase sets the scene if either of its words did (上门后: after the visit).
    const visit = vocabulary('zh', buildSearchData('zh', [], [{ zh: ['师傅', '上门'] }, { zh: ['刷不了'] }]), chinese);
    expect(queryUnits('师傅上门后刷不了', visit).map((u) => [u.word, u.scene])).toEqual([['师傅', true], ['刷不了', false]]);
    const en = vocabulary('en', buildSearchData('en', [], [{ en: ['technician', 'visit', 'engineer'] }, { en: ['fee'] }]));
    expect(queryUnits('technician visit fee', en).map((u) => u.word)).toEqual(['technician', 'fee']);
    expect(queryUnits('visit fee technician', en).map((u) => u.word)).toEqual(['visit', 'fee', 'technician']);
  });

  it('glues an English phrase whatever the endings of its words (money arrives ← money arrive)', () => {
    const stems = vocabulary('en', buildSearchData('en', [], [{ en: ['money arrive', 'payout'] }, { en: ['accept cards'] }]));
    const units = queryUnits('money arrives not accepting cards', stems);
    expect(units.map((u) => u.word)).toEqual(['money arrives', 'not', 'accepting cards']);
    expect(units[0]?.terms).toEqual(['money arrives', 'money arrive', 'payout']);
  });

  it('glues a misspelt English word into the lexicon phrase it was meant for, and leaves a lone word as typed', () => {
    const en = vocabulary('en', buildSearchData('en', [], [{ en: ['not received', 'missing'] }, { en: ['payment'] }]));
    const units = queryUnits('paymnet not recieved', en);
    expect(units.map((u) => u.word)).toEqual(['paymnet', 'not received']);
    expect(units[0]?.terms).toEqual(['paymnet', 'payment']);
    expect(units[1]?.terms).toEqual(['not received', 'missing']);
  });

  it('still takes the longer phrase when that costs nothing', () => {
    expect(words('chip card')).toEqual(['chip card']);
    expect(words('chip card sign in')).toEqual(['chip card', 'sign in']);
  });
});

describe('English endings', () => {
  it('meet at one stem, a doubled consonant undone but a word\'s own kept', () => {
    expect(['tap', 'taps', 'tapping', 'tapped'].map(stem)).toEqual(['tap', 'tap', 'tap', 'tap']);
    expect(['call', 'calls', 'called', 'calling'].map(stem)).toEqual(['call', 'call', 'call', 'call']);
    expect(stem('missed')).toBe('miss');
  });

  it('find the lexicon group of a word the lexicon holds in another form', () => {
    const en = vocabulary('en', buildSearchData('en', [], [{ en: ['tap', 'contactless'] }, { en: ['refund'] }]));
    const [tapping, refunds] = queryUnits('tapping refunds', en);
    expect(tapping?.terms).toEqual(['tapping', 'tap', 'contactless']);
    expect(refunds?.terms).toEqual(['refunds', 'refund']);
  });
});

describe('several query words in one step heading', () => {
  const step = (id: string, text: string) => ({ element: 'h2', id, text, location: 0 });
  const counter: IndexedPage = { id: 'counter', url: '/zh/s/counter/', title: '刷不了卡怎么办', content: '刷卡 超时 网络', anchors: [step('other', '换张卡试试'), step('network', '刷卡超时：检查网络')] };
  const money: IndexedPage = { id: 'money', url: '/zh/s/money/', title: '钱没到账', content: '刷卡 超时 网络', anchors: [step('when', '刷卡的钱哪天到'), step('late', '网络问题：交易超时')] };
  const both = [counter, money];
  const data2 = buildSearchData('zh', both, [{ zh: ['超时'] }]);
  const units = queryUnits('刷卡超时', vocabulary('zh', data2, chinese));
  const termPages = new Map(units.flatMap((u) => u.terms).map((term) => [term, new Set(both.map((p) => p.id))]));
  const retrieval = { termPages, pairPages: units.map(() => new Set<string>()) };

  it('lift the page whose one heading holds them together above one that holds them in two', () => {
    const weighted = weighUnits(units, retrieval, data2);
    const ranked = rankPages(weighted, retrieval, pageTexts(data2, 'zh'), data2);
    expect(ranked.map((r) => [r.page.id, r.step])).toEqual([['counter', 'network'], ['money', 'when']]);
    // The two pages hold the same words in the same places otherwise: the bonus is the whole gap.
    expect(ranked[0]!.score - ranked[1]!.score).toBeCloseTo(weights.together * weighted.reduce((sum, w) => sum + w.weight, 0));
  });
});

describe('a chunk of grammar the segmenter glues (都不能, 也没)', () => {
  it('weighs no more than a word a quarter of the pages hold, however rare the chunk', () => {
    const eight = buildSearchData('zh', [0, 1, 2, 3, 4, 5, 6, 7].map((i) => page(`p${i}`, `第${i}页`)), lexicon);
    const many = vocabulary('zh', eight, chinese);
    const units = queryUnits('到账 都不能', many);
    expect(units.map((u) => u.word)).toEqual(['到账', '都不能']);
    const termPages = new Map([['到账', new Set(['p0'])], ['入账', new Set<string>()], ['都不能', new Set(['p1'])]]);
    const [card, chunk] = weighUnits(units, { termPages }, eight);
    const [common] = weighUnits(queryUnits('到账', many), { termPages: new Map([['到账', new Set(['p0', 'p1'])], ['入账', new Set<string>()]]) }, eight);
    expect(chunk?.weight).toBeLessThan(card?.weight ?? 0);
    expect(chunk?.weight).toBeCloseTo(common?.weight ?? 0);
  });

  it('and so does a count with its measure word (一天, 三次)', () => {
    const eight = buildSearchData('zh', [0, 1, 2, 3, 4, 5, 6, 7].map((i) => page(`p${i}`, `第${i}页`)), lexicon);
    const many = vocabulary('zh', eight, chinese);
    const units = queryUnits('到账 晚了 一天', many);
    expect(units.map((u) => u.word)).toContain('一天');
    const termPages = new Map([['到账', new Set(['p0'])], ['入账', new Set<string>()], ['晚', new Set(['p0', 'p2'])], ['一天', new Set(['p1'])]]);
    const weighed = weighUnits(units, { termPages }, eight);
    expect(weighed.find((w) => w.unit.word === '一天')?.weight).toBeLessThan(weighed.find((w) => w.unit.word === '到账')?.weight ?? 0);
  });
});

describe('a misspelt English word', () => {
  it('weighs as its correction, not by its own few stray hits', () => {
    const en = buildSearchData('en', [0, 1, 2, 3].map((i) => ({ ...page(`p${i}`, `terminal page ${i}`), url: `/en/s/p${i}/` })), [{ en: ['terminal', 'card machine'] }]);
    const [typo] = queryUnits('teminal', vocabulary('en', en));
    expect(typo?.fixed).toBe('terminal');
    const termPages = new Map([['teminal', new Set(['p0'])], ['terminal', new Set(['p0', 'p1', 'p2', 'p3'])]]);
    const [weighed] = weighUnits(typo ? [typo] : [], { termPages }, en);
    const [right] = weighUnits(queryUnits('terminal', vocabulary('en', en)), { termPages }, en);
    expect(weighed?.weight).toBeCloseTo(right?.weight ?? -1);
    expect(weighed?.terms.find((t) => t.term === 'terminal')?.weight).toBeCloseTo(weighed?.weight ?? -1);
  });
});

/** Ranks Chinese pages built with a lexicon, each word's pages found by substring as Pagefind would. */
function rankIndexed(list: readonly IndexedPage[], lexicon: LexiconGroup[], query: string, question: 'situation' | 'difference' = 'situation') {
  const built = buildSearchData('zh', list, lexicon);
  const units = queryUnits(query, vocabulary('zh', built, chinese));
  const texts = list.map((p) => ({ id: p.id, hay: haystack(p.content, 'zh') }));
  const termPages = new Map(units.flatMap((u) => u.terms).map((term) => [term, new Set(texts.filter((t) => t.hay.flat.includes(term)).map((t) => t.id))]));
  const retrieval = { termPages, pairPages: units.map(() => new Set<string>()) };
  return rankPages(weighUnits(units, retrieval, built), retrieval, pageTexts(built, 'zh'), built, question);
}

describe('a word that frames the whole question (frames: true)', () => {
  const step = (id: string, text: string) => ({ element: 'h2', id, text, location: 0 });
  const cost: IndexedPage = { id: 'cost', url: '/zh/s/cost/', title: '升级要花钱吗', content: '换新机 押金', anchors: [step('deposit', '押金怎么交')] };
  const scams: IndexedPage = { id: 'scams', url: '/zh/s/scams/', title: '电话说要升级，是真的吗', content: '骗子', anchors: [step('signs', '骗局的迹象')] };
  const both = [cost, scams];
  const groups = (frames: boolean): LexiconGroup[] => [{ zh: ['骗子', '诈骗'], step: 's/scams#signs', ...(frames ? { frames: true as const } : {}) }, { zh: ['押金'] }, { zh: ['换新机'] }];
  const ranks = (frames: boolean) => rankIndexed(both, groups(frames), '换新机要交押金 是不是骗子').map((r) => r.page.id);

  it('sends the query to its step page, whatever else the question mentions', () => {
    expect(ranks(false)[0]).toBe('cost');
    expect(ranks(true)[0]).toBe('scams');
  });
});

describe('equal scores', () => {
  const ranks = (list: IndexedPage[], query: string, question: 'situation' | 'difference' = 'situation') => {
    const ranked = rankIndexed(list, [], query, question);
    return { ids: ranked.map((r) => r.page.id), scores: ranked.map((r) => r.score) };
  };

  it('put the answer before a reference page, though the reference has the shorter title', () => {
    const answer: IndexedPage = { id: 'answer', url: '/zh/s/answer/', title: '押金退不回来怎么办', content: '预授权 冻结', anchors: [] };
    const glossary: IndexedPage = { id: 'glossary', url: '/zh/glossary/', title: '术语', content: '预授权 冻结', anchors: [] };
    const { ids, scores } = ranks([glossary, answer], '预授权和冻结有什么区别', 'difference');
    expect(scores[0]).toBeCloseTo(scores[1] ?? -1);
    expect(ids).toEqual(['answer', 'glossary']);
  });

  it('then put the title first in order: code 01 before 02, which print the same line', () => {
    const code = (n: string): IndexedPage => ({ id: `c${n}`, url: `/zh/codes/${n}/`, title: `${n} 请联系发卡行`, content: '发卡银行 拒绝', anchors: [] });
    const { ids, scores } = ranks([code('02'), code('01')], '发卡银行拒绝');
    expect(scores[0]).toBeCloseTo(scores[1] ?? -1);
    expect(ids).toEqual(['c01', 'c02']);
  });

  it('are equal when they differ only by rounding (the same sums added in another order)', () => {
    const ranked = (id: string, url: string, score: number) => ({ page: { id, url, title: id, steps: [] }, score, coverage: 1, step: undefined });
    const code = ranked('01 请联系发卡行', '/zh/codes/01/', 0.1 + 0.2);
    const answer = ranked('刷不了卡怎么办', '/zh/s/answer/', 0.3);
    expect(code.score).not.toBe(answer.score);
    expect([code, answer].sort(byScore).map((r) => r.page.url)).toEqual(['/zh/s/answer/', '/zh/codes/01/']);
  });

  it('leave two answers in reading order, whatever their titles', () => {
    const answer = (id: string, title: string): IndexedPage => ({ id, url: `/zh/s/${id}/`, title, content: '发卡银行 拒绝', anchors: [] });
    expect(ranks([answer('b', '甲甲甲'), answer('a', '乙乙乙')], '发卡银行拒绝').ids).toEqual(['b', 'a']);
  });
});
