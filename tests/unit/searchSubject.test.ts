import { describe, expect, it } from 'vitest';
import type { SearchPage } from '../../src/scripts/search/data';
import { haystack } from '../../src/scripts/search/match';
import type { PageText, Ranked } from '../../src/scripts/search/rank';
import type { WeightedUnit } from '../../src/scripts/search/weigh';
import { namesOnlySubject, subjectFirst } from '../../src/scripts/search/subject';

const page = (id: string, title: string): SearchPage => ({ id, url: `/zh/ic-card-upgrade/${id}/`, title, steps: [] });
// In reading order, as the build ships them.
const pages = [
  page('why', '为什么 POS 机要升级支持 IC 卡？'),
  page('must', 'POS 机必须升级吗？'),
  page('benefits', '升级 IC 卡对商户和顾客有什么好处？'),
  page('apply', 'POS 机怎么申请升级 IC 卡？'),
  page('scams', '接到电话、短信说 POS 机要升级或停机，是真的吗？'),
  page('cant-swipe', 'POS 机升级以后刷不了卡怎么办？'),
];
const texts: PageText[] = pages.map((p) => ({ page: p, lang: 'zh', title: haystack(p.title, 'zh'), headings: [] }));
const byId = new Map(pages.map((p) => [p.id, p]));
const ranked = (...ids: string[]): Ranked[] => ids.map((id, i) => ({ page: byId.get(id)!, score: 10 - i, coverage: 1, step: undefined }));
const order = (list: readonly Ranked[]) => list.map((r) => r.page.id);
const unit = (word: string, terms: string[], group: number | undefined, pieces = [word]): WeightedUnit => ({
  unit: { word, position: 0, terms, group, code: undefined, pieces },
  weight: 1,
  terms: terms.map((term) => ({ term, weight: 1 })),
  target: undefined,
});
const machine = unit('pos', ['pos', '机器', 'pos机'], 0);
const upgrade = unit('升级', ['升级', '改造'], 83);
const data = { pages, topics: [0, 16, 83] };

describe('a query that names only the site subject', () => {
  it('is one whose every word is in a topic group, with nothing else said', () => {
    expect(namesOnlySubject('pos升级', [machine, upgrade], data)).toBe(true);
    expect(namesOnlySubject('pos 升级', [machine, upgrade], data)).toBe(true);
    // Re-joined or corrected words count by the pieces typed: POS 机 is pos|机, "pos machine" is pos|machine.
    expect(namesOnlySubject('pos 机升级', [unit('pos机', ['pos机'], 0, ['pos', '机']), upgrade], data)).toBe(true);
    expect(namesOnlySubject('pos machine upgrade', [unit('pdq machine', ['pdq machine'], 0, ['pos', 'machine']), unit('upgrade', ['upgrade'], 83)], data)).toBe(true);
    const chip = unit('chip', ['chip'], 16);
    expect(namesOnlySubject('chip upgrade chip card', [chip, unit('upgrade', ['upgrade'], 83), unit('chip card', ['chip card'], 16, ['chip', 'card'])], data)).toBe(true);
    expect(namesOnlySubject('do i need to upgrade my card machine', [unit('upgrade', ['upgrade'], 83), unit('card machine', ['card machine'], 0, ['card', 'machine'])], data)).toBe(false);
    // A word search drops still asks something (whether one must).
    expect(namesOnlySubject('非得升级吗', [upgrade], data)).toBe(false);
    expect(namesOnlySubject('pos升级 骗子', [machine, upgrade, unit('骗子', ['骗子'], 7)], data)).toBe(false);
    expect(namesOnlySubject('pos升级', [machine, upgrade], { topics: [83] })).toBe(false);
    expect(namesOnlySubject('', [], data)).toBe(false);
  });

  it('lists the pages whose titles ask about all of it first, in reading order, then the rest as ranked', () => {
    expect(order(subjectFirst('pos升级', ranked('scams', 'cant-swipe', 'apply', 'benefits', 'must', 'why'), [machine, upgrade], texts, data))).toEqual(['why', 'must', 'apply', 'scams', 'cant-swipe', 'benefits']);
  });

  it('leaves a title that only sets the scene with the words (升级以后刷不了卡) among the rest', () => {
    expect(order(subjectFirst('pos升级', ranked('benefits', 'cant-swipe', 'must'), [machine, upgrade], texts, data))).toEqual(['must', 'benefits', 'cant-swipe']);
  });

  it('leaves any other query as ranked', () => {
    expect(order(subjectFirst('非得升级吗', ranked('scams', 'must', 'why'), [upgrade], texts, data))).toEqual(['scams', 'must', 'why']);
  });
});
