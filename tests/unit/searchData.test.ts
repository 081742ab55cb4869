import { describe, expect, it } from 'vitest';
import { buildSearchData, recurringWords } from '../../src/lib/searchData';
import { fromShipped, packPostings, toShipped, unpackPostings } from '../../src/scripts/search/data';
import { normaliseQuery, vocabulary, queryUnits } from '../../src/scripts/search/tokens';
import { chinese } from '../../src/scripts/search/chinese';
import { enPages, lexicon, zhPages } from '../fixtures/search-data';

describe('buildSearchData (what the browser gets per language)', () => {
  const zh = buildSearchData('zh', zhPages, lexicon);
  const en = buildSearchData('en', enPages, lexicon);

  it('lists each page with its title and step headings, keyed by its Pagefind id', () => {
    expect(zh.pages[0]).toEqual({ id: 'zh-cn_aaa', url: '/zh/failed-swipes/cant-swipe/', title: 'POS 机升级以后刷不了卡怎么办？', steps: [['check-network', '检查网络'], ['check-the-card', '检查这张卡']] });
  });

  it('gives each language its own words of each group, normalised, plus the shared ones', () => {
    expect(zh.groups[4]).toEqual(['终端', '机器', 'pos机', 'pos']);
    expect(en.groups[0]).toEqual(['declined', 'wont go through']);
  });

  it('records which pages hold each lexicon word, matched in the indexed text', () => {
    expect(zh.postings[2]).toEqual([[1], []]);
    expect(zh.postings[3]).toEqual([[1], []]);
    expect(en.postings[3]).toEqual([[1], []]);
  });

  it('resolves a group’s step to the page id and anchor', () => {
    expect(zh.targets[1]).toEqual(['zh-cn_aaa', 'check-network']);
    expect(en.targets[1]).toEqual(['en_aaa', 'check-network']);
  });

  it('finds the response-code pages from their URLs, so a typed code can open its page', () => {
    expect(zh.codes).toEqual({ '55': 'zh-cn_ccc' });
    expect(en.codes).toEqual({});
  });

  it('resolves a group’s second page (also) to its id, and ships it by index', () => {
    expect(zh.also).toEqual({ 11: 'zh-cn_bbb' });
    expect(en.also).toEqual({ 11: 'en_bbb' });
    expect(toShipped(zh, 'zh').also).toEqual({ 11: 1 });
    expect(fromShipped(toShipped(zh, 'zh'), 'zh').also).toEqual(zh.also);
  });

  it('ships each language its own fillers only, once each, as one string', () => {
    expect(zh.fillers).toEqual(expect.arrayContaining(['咋', '怎么办', '的话']));
    expect(zh.fillers).not.toContain('the');
    expect(en.fillers).toEqual(expect.arrayContaining(['the', 'whats']));
    expect(en.fillers).not.toContain('咋');
    expect(new Set(zh.fillers).size).toBe(zh.fillers.length);
    expect(toShipped(en, 'en').fillers).toMatch(/^a,an,the,/);
    expect(fromShipped(JSON.parse(JSON.stringify(toShipped(en, 'en'))), 'en').fillers).toEqual(en.fillers);
    // A help file the browser cached before fillers were shipped: search works on, without them.
    const { fillers: _shipped, ...cached } = toShipped(en, 'en');
    expect(fromShipped(cached, 'en').fillers).toEqual([]);
  });

  it('ships the Chinese variants to Chinese only, and the browser reads a query by them', () => {
    expect(en.variants).toBeUndefined();
    const shipped = fromShipped(JSON.parse(JSON.stringify(toShipped(zh, 'zh'))), 'zh');
    expect(shipped.variants).toContainEqual(['冇', '没']);
    expect(queryUnits('点解唰唔到', vocabulary('zh', shipped, chinese)).map((u) => u.word)).toEqual(queryUnits('为什么刷不到', vocabulary('zh', shipped, chinese)).map((u) => u.word));
    // The build reads our own Chinese words by them too, so both sides meet.
    expect(buildSearchData('zh', zhPages, [{ zh: ['冇到账', '刷唔到'] }]).groups[0]).toEqual(['没到账', '刷不到']);
    // Every occurrence, not the first: the browser compiles them as global patterns.
    expect(normaliseQuery('冇冇 唔唔', vocabulary('zh', shipped, chinese))).toBe('没没 不不');
    expect(vocabulary('en', fromShipped(JSON.parse(JSON.stringify(toShipped(en, 'en'))), 'en')).variants).toEqual([]);
  });

  it('ships no code map: the browser reads it back from the URLs, the same as the build', () => {
    expect(toShipped(zh, 'zh')).not.toHaveProperty('codes');
    expect(fromShipped(JSON.parse(JSON.stringify(toShipped(zh, 'zh'))), 'zh')).toEqual(zh);
    expect(fromShipped(toShipped(en, 'en'), 'en').codes).toEqual({});
  });

  it('ships a code page as its id and title: its URL follows from the title', () => {
    const code = zh.pages.find((page) => page.url === '/zh/codes/55/')!;
    expect(toShipped(zh, 'zh').pages).toContainEqual([code.id, code.title]);
    expect(toShipped(zh, 'zh').pages).toContainEqual(zh.pages[0]);
    expect(fromShipped(toShipped(zh, 'zh'), 'zh').pages).toEqual(zh.pages);
  });
});

describe('packPostings', () => {
  it('packs each list as the gaps between its page indexes, one character each, and unpacks it', () => {
    expect(packPostings([[2, 6, 8], [], [6]])).toBe('242,,6');
    expect(unpackPostings('242,,6')).toEqual([[2, 6, 8], [], [6]]);
    const wide = [[0, 44, 300, 1000], [5]];
    expect(unpackPostings(JSON.parse(JSON.stringify(packPostings(wide))) as string)).toEqual(wide);
  });

  it('lists the pages in reading order, the rest after them as indexed, and every index follows the pages', () => {
    const order = ['/zh/settlement/settlement-delays/', '/zh/failed-swipes/charged-but-failed/'];
    const read = buildSearchData('zh', zhPages, lexicon, [], order);
    expect(read.pages.map((p) => p.url)).toEqual([...order, '/zh/failed-swipes/cant-swipe/', '/zh/codes/55/']);
    // The group found on the settlement page (second as indexed, first now) is found there still.
    expect(read.postings[2]).toEqual([[0], []]);
    expect(read.targets[1]).toEqual(['zh-cn_aaa', 'check-network']);
    // Shipped by index, a target still points at its page once the pages are reordered.
    const shipped = toShipped(read, 'zh');
    const [at, step] = shipped.targets[1] ?? [];
    expect(at === undefined ? undefined : read.pages[at]?.url).toBe('/zh/failed-swipes/cant-swipe/');
    // The step goes by its place among the page's steps, and comes back as its id.
    expect(at === undefined || typeof step !== 'number' ? undefined : read.pages[at]?.steps[step]?.[0]).toBe('check-network');
    expect(fromShipped(JSON.parse(JSON.stringify(shipped)) as typeof shipped, 'zh').targets).toEqual(read.targets);
    // A file cached from before steps went by place still names them.
    expect(fromShipped({ ...shipped, targets: { 1: [at ?? 0, 'check-network'] } }, 'zh').targets[1]).toEqual(read.targets[1]);
  });

  it('fails the build, naming the group and the page, when a target step has no heading there', () => {
    const data = buildSearchData('zh', zhPages, lexicon);
    expect(() => toShipped({ ...data, targets: { 1: [data.targets[1]![0], 'no-such-step'] } }, 'zh')).toThrow(/group 1 targets step "no-such-step".*\/zh\/failed-swipes\/cant-swipe\//);
  });

  it('ships the groups that name the site subject (topic) by index, and none when no group does', () => {
    expect(buildSearchData('zh', zhPages, [...lexicon, { zh: ['升级'], topic: true }]).topics).toEqual([lexicon.length]);
    expect(buildSearchData('zh', zhPages, lexicon).topics).toBeUndefined();
  });

  it('ships the postings packed, and the browser reads back what the build found', () => {
    const zh = buildSearchData('zh', zhPages, lexicon);
    expect(toShipped(zh, 'zh').postings).toEqual(zh.postings.map(packPostings));
    expect(fromShipped(toShipped(zh, 'zh'), 'zh').postings).toEqual(zh.postings);
  });
});

describe('recurringWords', () => {
  it('keeps repeated runs the segmenter cuts into single characters, never across grammar words', () => {
    const words = recurringWords(['新机器绑的还是原商户号', '新机器换成了新商户号', '跟收单机构确认商户号变不变']);
    expect(words).toContain('商户号');
    expect(words).not.toContain('户号');
    expect(recurringWords(['所有卡都刷不了', '有卡都刷'])).toEqual([]);
  });
});
