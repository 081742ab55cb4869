import { describe, expect, it } from 'vitest';
import { buildSearchData } from '../../src/lib/searchData';
import { queryUnits, type Vocabulary } from '../../src/scripts/search/tokens';
import type { SearchData } from '../../src/scripts/search/data';
import { enPages, lexicon, zhPages } from '../fixtures/search-data';
import { engineFor } from '../fixtures/search-engine';

/*
 * The fixture lexicon's both group 10 pairs 钱 (group 9, money) with 刷不了 (group 0, declined);
 * group 4 is the terminal (机器), 3 the weekend (周末), 6 a frozen terminal (死机).
 */
const zh = engineFor('zh', zhPages).engine.vocab;
const en = engineFor('en', enPages).engine.vocab;
const withData = (vocab: Vocabulary, data: Partial<SearchData>): Vocabulary => ({ ...vocab, data: { ...vocab.data, ...data } });
/** The unit of the pair that a query gets, if it holds. */
const said = (query: string, vocab = zh) => queryUnits(query, vocab).filter((u) => u.group === 10);

describe('both groups (pairs)', () => {
  it('adds the unit of a both group when the query says both its groups, however far apart', () => {
    expect(said('钱好像是扣了可是机器一直刷不了')).toHaveLength(1);
    expect(said('钱好像是扣了可是机器一直刷不了')[0]!.terms).toEqual([]);
    // Each word still counts alone.
    expect(queryUnits('钱好像是扣了可是机器一直刷不了', zh).map((u) => u.word)).toEqual(expect.arrayContaining(['钱', '刷不了']));
    expect(said('钱没到账')).toEqual([]);
    // The groups hold both languages: English says it with their English words.
    expect(said('money gone but card declined', en)).toHaveLength(1);
  });

  it('holds a pair marked unlessScene only when neither word just sets the scene (升级后…收费 is not the upgrade’s cost)', () => {
    const marked = withData(zh, { unlessScene: [10] });
    expect(queryUnits('刷不了以后钱扣了', zh).find((u) => u.word === '刷不了')?.scene).toBe(true);
    expect(said('刷不了以后钱扣了')).toHaveLength(1);
    expect(said('刷不了以后钱扣了', marked)).toEqual([]);
    expect(said('钱好像是扣了可是机器一直刷不了', marked)).toHaveLength(1);
  });

  it('holds a pair marked ordered only when its first word comes first (为什么要升级, not 有必要升级吗 为什么)', () => {
    const ordered = withData(zh, { ordered: [10] });
    expect(said('钱扣了机器刷不了', ordered)).toHaveLength(1);
    expect(said('机器刷不了 钱扣了', ordered)).toEqual([]);
    expect(said('机器刷不了 钱扣了')).toHaveLength(1);
  });

  it('does not hold a pair beside a word of a group it names unless (钱…刷不了 with 死机: the terminal)', () => {
    const guarded = withData(zh, { unless: { 10: [6] } });
    expect(said('钱好像是扣了可是机器一直刷不了', guarded)).toHaveLength(1);
    expect(said('钱好像是扣了可是机器死机了一直刷不了', guarded)).toEqual([]);
    expect(said('钱好像是扣了可是机器死机了一直刷不了')).toHaveLength(1);
  });

  it('holds an onlyWith pair only beside words of the groups it names or plain words (为啥…升级 with ic卡 or 好好, not 押金 or 插)', () => {
    const alone = withData(zh, { onlyWith: { 10: [4] }, plainWords: { 10: ['扣'] } });
    // 机器 is of a named group, 扣 is plain.
    expect(said('钱扣了机器刷不了', alone)).toHaveLength(1);
    // 周末 is of another group; 偏偏 is in no group and not plain: each says something of its own.
    expect(said('周末钱扣了机器刷不了', alone)).toEqual([]);
    expect(said('钱扣了偏偏机器刷不了', alone)).toEqual([]);
    expect(said('钱扣了机器刷不了', withData(zh, { onlyWith: { 10: [4] } }))).toEqual([]);
    // Without onlyWith the pair holds beside anything.
    expect(said('周末钱扣了可是机器刷不了')).toHaveLength(1);
  });

  it('lets a second word of the pair’s own groups stand beside an onlyWith pair (为啥要升级 为什么)', () => {
    const alone = withData(zh, { onlyWith: { 10: [4] }, plainWords: { 10: ['扣'] } });
    expect(queryUnits('钱和款 机器刷不了', zh).filter((u) => u.group === 9)).toHaveLength(2);
    expect(said('钱和款 机器刷不了', alone)).toHaveLength(1);
  });

  it('reads English plain words by their stem (work lets worked stand beside the pair)', () => {
    const alone = withData(en, { onlyWith: { 10: [4] }, plainWords: { 10: ['work'] } });
    expect(said('money worked but terminal declined', alone)).toHaveLength(1);
    expect(said('money taken, terminal declined it', alone)).toEqual([]);
  });
});

describe('both groups in the search data', () => {
  const zhData = buildSearchData('zh', zhPages, lexicon);
  /** The fixture lexicon with its both group (10) given more keys. */
  const pairWith = (more: object) => lexicon.map((group, i) => (i === 10 ? { ...group, ...more } : group));

  it('ships each both group as the two groups it names, and its flags by index', () => {
    expect(zhData.pairs).toEqual({ 10: [9, 0] });
    expect(buildSearchData('en', enPages, lexicon).pairs).toEqual({ 10: [9, 0] });
    expect(zhData.groups[10]).toEqual([]);
    expect(zhData.unlessScene).toBeUndefined();
    expect(buildSearchData('zh', zhPages, pairWith({ unlessScene: true })).unlessScene).toEqual([10]);
    expect(zhData.ordered).toBeUndefined();
    expect(buildSearchData('en', enPages, pairWith({ ordered: true })).ordered).toEqual([10]);
  });

  it('ships unless and onlyWith as the groups named by a word of each, in each language', () => {
    expect(zhData.unless).toBeUndefined();
    expect(buildSearchData('zh', zhPages, pairWith({ unless: ['没反应'] })).unless).toEqual({ 10: [6] });
    expect(buildSearchData('en', enPages, pairWith({ unless: ['没反应'] })).unless).toEqual({ 10: [6] });
    expect(zhData.onlyWith).toBeUndefined();
    expect(buildSearchData('zh', zhPages, pairWith({ onlyWith: ['机器', '周末'] })).onlyWith).toEqual({ 10: [4, 3] });
  });

  it('ships each language its own plain words, normalised as queries are (帐 → 账, case), and no empty list', () => {
    expect(zhData.plainWords).toBeUndefined();
    const plain = pairWith({ onlyWith: ['机器'], plainWords: ['记帐', 'Fine'] });
    expect(buildSearchData('zh', zhPages, plain).plainWords).toEqual({ 10: ['记账'] });
    expect(buildSearchData('en', enPages, plain).plainWords).toEqual({ 10: ['fine'] });
    expect(buildSearchData('en', enPages, pairWith({ onlyWith: ['机器'], plainWords: ['记帐'] })).plainWords).toBeUndefined();
  });
});
