import { describe, expect, it } from 'vitest';
import { buildSearchData, type IndexedPage } from '../../src/lib/searchData';
import { questionKind, referenceShare, type Question } from '../../src/scripts/search/kinds';
import { pageTexts, rankPages } from '../../src/scripts/search/rank';
import { weighUnits } from '../../src/scripts/search/weigh';
import { queryUnits, vocabulary } from '../../src/scripts/search/tokens';
import { chinese } from '../../src/scripts/search/chinese';

describe('what kind of answer a query wants', () => {
  it('hears two things told apart, a definition, or a situation', () => {
    expect(questionKind('终端号和商户号有什么不同', 'zh')).toBe('difference');
    expect(questionKind('撤销跟退货的区别', 'zh')).toBe('difference');
    expect(questionKind('terminal id vs merchant id', 'en')).toBe('difference');
    expect(questionKind('whats the difference between a void and a refund', 'en')).toBe('difference');
    expect(questionKind('冲正是什么意思', 'zh')).toBe('meaning');
    expect(questionKind('what is an acquirer', 'en')).toBe('meaning');
    expect(questionKind('刷不了卡', 'zh')).toBe('situation');
    expect(questionKind('card declined', 'en')).toBe('situation');
  });
});

describe('two things told apart', () => {
  const indexed: IndexedPage[] = [
    { id: 'gloss', url: '/zh/glossary/', title: '中英术语对照', content: '消费撤销 Void 退货 Refund', anchors: [{ element: 'h3', id: 'chexiao', text: '消费撤销 Void', location: 0 }, { element: 'h3', id: 'tuihuo', text: '退货 Refund', location: 2 }] },
    { id: 'charged', url: '/zh/failed-swipes/charged/', title: '金额刷错了怎么办', content: '当天做消费撤销 过了当天做退货', anchors: [{ element: 'h2', id: 'void', text: '当天：做消费撤销', location: 0 }, { element: 'h2', id: 'refund', text: '过了当天：做退货', location: 1 }] },
    { id: 'network', url: '/zh/failed-swipes/network/', title: '网络不好', content: '网络不好', anchors: [] },
  ];
  const data = buildSearchData('zh', indexed, []);
  const vocab = vocabulary('zh', data, chinese);
  const scores = (query: string, question: Question) => {
    const units = queryUnits(query, vocab);
    const termPages = new Map(units.flatMap((u) => u.terms).map((term) => [term, new Set(indexed.filter((p) => p.content.includes(term)).map((p) => p.id))]));
    const retrieval = { termPages, pairPages: units.map(() => new Set<string>()) };
    return Object.fromEntries(rankPages(weighUnits(units, retrieval, data), retrieval, pageTexts(data, 'zh'), data, question).map((r) => [r.page.id, r.score]));
  };

  it('counts the glossary in full beside the answer that sets them side by side', () => {
    const situation = scores('撤销 退货', 'situation');
    const difference = scores('撤销 退货', questionKind('撤销和退货有啥区别', 'zh'));
    expect(difference['charged']).toBe(situation['charged']);
    expect(difference['gloss']).toBeCloseTo(situation['gloss']! / referenceShare);
    expect(difference['charged']).toBeGreaterThan(difference['gloss']!);
  });
});
