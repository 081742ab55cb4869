import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { runSearch } from '../../src/scripts/search/engine';
import { preloadQuery } from '../../src/scripts/search/preload';
import { maxQueryLength } from '../../src/scripts/search/normalise';
import { chinese } from '../../src/scripts/search/chinese';
import { reading as zhNumbers } from '../../src/scripts/search/numbersZh';
import { buildSearchData } from '../../src/lib/searchData';
import { queryUnits, vocabulary, type Vocabulary } from '../../src/scripts/search/tokens';
import { enPages, zhPages } from '../fixtures/search-data';
import { engineFor } from '../fixtures/search-engine';

beforeAll(() => {
  const all = [...zhPages, ...enPages];
  vi.stubGlobal('fetch', async (url: string) => {
    const page = all.find((p) => url === `/pagefind/fragment/${p.id}.pf_fragment`);
    if (!page) return new Response('', { status: 404 });
    return new Response(gzipSync(`pagefind_dcd${JSON.stringify({ url: page.url, content: page.content, anchors: page.anchors })}`));
  });
});

describe('queryUnits', () => {
  const vocab: Vocabulary = { ...engineFor('zh', zhPages).engine.vocab, numbers: zhNumbers };
  const words = (query: string) => queryUnits(query, vocab).map((u) => u.word);

  it('re-joins lexicon words the segmenter splits and drops fillers', () => {
    expect(words('pos机刷不了咋办')).toEqual(['pos机', '刷不了']);
    expect(words('钱到账了吗')).toContain('到账');
  });

  it('reads two lexicon words a few words apart as the lexicon word they make (闪付…没反应 → 闪付没反应)', () => {
    expect(words('闪付碰了半天没反应')).toContain('闪付没反应');
    expect(words('闪付碰了半天没反应')).not.toContain('没反应');
    // Too far apart, or one of them no lexicon word (没 … 升级): two words.
    expect(words('闪付以后过了好几天以后那边一直都没反应')).not.toContain('闪付没反应');
  });

  it('reads words with only fillers between them as the lexicon word they make (钱一直没到账 → 钱没到账)', () => {
    expect(words('钱一直没到账')).toContain('钱没到账');
    expect(words('钱一直没到账')).not.toContain('钱');
    // A space or a stop ends the stretch: two answers, not one word.
    expect(words('钱 一直没到账')).not.toContain('钱没到账');
    expect(words('收了钱，一直没到账')).not.toContain('钱没到账');
  });

  it('reads a verb said twice as the verb (擦擦, 擦一擦, 问一问, 改一改), not an adverb or a lexicon word', () => {
    const own = vocabulary('zh', buildSearchData('zh', zhPages, [{ zh: ['擦', '清洁'] }, { zh: ['改', '修改'] }, { zh: ['问', '咨询'] }, { zh: ['慢', '延迟'] }]), chinese);
    const read = (query: string) => queryUnits(query, own).map((u) => u.word);
    expect(read('卡要擦擦吗')).toEqual(['卡', '擦']);
    expect(read('卡要擦一擦吗')).toEqual(['卡', '擦']);
    expect(read('改一改')).toEqual(['改']);
    expect(read('问一问')).toEqual(['问']);
    // A doubled adjective is an adverb: 慢慢插 is slowly, no delay.
    expect(read('卡要慢慢插吗')).not.toContain('慢');
    // The lexicon's own doubled word stays whole (re-joined from 擦|一|擦).
    const doubled = vocabulary('zh', buildSearchData('zh', zhPages, [{ zh: ['擦', '清洁'] }, { zh: ['擦一擦', '擦拭'] }]), chinese);
    expect(queryUnits('卡要擦一擦吗', doubled).map((u) => u.word)).toEqual(['卡', '擦一擦']);
  });

  it('in English, also reads two words as the lexicon phrase a synonym of either makes (contactless … frozen → tap no response)', () => {
    const en = engineFor('en', enPages).engine.vocab;
    expect(queryUnits('contactless just frozen', en).map((u) => u.word)).toEqual(['tap no response']);
    // Chinese compounds of synonyms swallowed words that still counted: as typed only.
    expect(words('挥卡半天死机')).not.toContain('闪付没反应');
  });

  it('leaves a date out of the question\'s words (6月18号), unless nothing else is left to search for', () => {
    expect(words('6月18号刷不了')).toEqual(['刷不了']);
    expect(words('6月30号以后还能用吗')).toEqual(['月', '号']);
  });

  it('gives back a lexicon word the segmenter cut short (pos|机能 → pos机|能)', () => {
    expect(words('pos机能用吗')).toContain('pos机');
  });

  it('gives a lexicon word back the first character the word before took (打发|卡|行 → 打|发卡行), only when that reads as fewer words', () => {
    const lexiconOf = (...extra: string[]) => {
      const groupOf = new Map(vocab.groupOf);
      for (const word of extra) groupOf.set(word, 0);
      return { ...vocab, groupOf, joins: new Set([...vocab.joins, ...extra]) };
    };
    const withBank = lexiconOf('发卡行', '有的卡', '卡都刷不了');
    expect(queryUnits('让顾客打发卡行问问', withBank).map((u) => u.word)).toContain('发卡行');
    expect(queryUnits('让顾客打发卡行问问', vocab).map((u) => u.word)).not.toContain('发卡行');
    // 所|有的卡 would be as many words as 所有|卡都刷不了: the segmenter's cut stays.
    expect(queryUnits('所有的卡都刷不了', withBank).map((u) => u.word)).not.toContain('有的卡');
  });

  it('reads a machine counted without 一 (换了台新机器) as the new machine, not the segmenter\'s 台新', () => {
    const withNewMachine = { ...vocab, groupOf: new Map([...vocab.groupOf, ['新机器', 0]]), joins: new Set([...vocab.joins, '新机器']) };
    expect(queryUnits('换了台新机器', withNewMachine).map((u) => u.word)).toEqual(['换', '新机器']);
    // Without 台 among the fillers, 台|新机器 is as many words as 台新|机器: the segmenter's cut stays.
    const countedMachines = { ...withNewMachine, fillers: new Set([...vocab.fillers].filter((word) => word !== '台')) };
    expect(queryUnits('换了台新机器', countedMachines).map((u) => u.word)).toContain('台新');
  });

  it('drops the spoken fillers voice input writes down (嗯, 就是说, 的话, 行不行)', () => {
    expect(words('嗯就是说闪付的话行不行')).toEqual(['闪付']);
  });

  it('drops a but joining two clauses (但, 但是, 可是), not 不过', () => {
    expect(words('闪付好了但是刷不了')).toEqual(['闪付', '好', '刷不了']);
    expect(words('闪付好了可是刷不了')).toEqual(['闪付', '好', '刷不了']);
    expect(words('闪付好了，但刷不了')).toEqual(['闪付', '好', '刷不了']);
    expect(words('闪付好了不过刷不了')).toContain('不过');
  });

  it('keeps fillers when nothing else is left, a filler phrase whole (怎么|办 → 怎么办)', () => {
    expect(words('怎么办')).toEqual(['怎么办']);
  });

  it('expands a word with its lexicon group', () => {
    expect(queryUnits('没网', vocab)[0]?.terms).toEqual(['没网', '通讯失败']);
  });

  it('keeps short codes whole, from full-width or lower-case input', () => {
    expect(queryUnits('刷卡提示５５', vocab).find((u) => u.code)?.code).toBe('55');
    expect(words('返回码96是什么意思')).toContain('96');
  });

  it('reads a number with a unit as an amount, a time or a date, not a response code', () => {
    // 密码, 扫码 and 验证码 do not speak of the codes a terminal shows.
    for (const query of ['昨天刷了55块钱没到账', '晚上55点刷的', '刷了５５元', '买了55块钱的东西还让输密码', '扫码付了55元']) {
      expect(queryUnits(query, vocab).filter((u) => u.code), query).toEqual([]);
      expect(words(query), query).not.toContain('55');
    }
    // A query that states a sum: its other bare numbers are sums too, unless the screen shows them.
    expect(queryUnits('收了200元 到账少了55 是什么钱', vocab).filter((u) => u.code)).toEqual([]);
    expect(queryUnits('刷了300元提示55', vocab).find((u) => u.code)?.code).toBe('55');
    // A decimal is a rate or a sum: 0.55 is not 0 and 55.
    expect(queryUnits('费率0.55会不会涨', vocab).filter((u) => u.code)).toEqual([]);
    expect(queryUnits('返回码55号', vocab).find((u) => u.code)?.code).toBe('55');
    expect(queryUnits('Code 55 次', vocab).find((u) => u.code)?.code).toBe('55');
  });

  it('leaves out sums in Chinese numerals and their 多 (三千多, 十几块), but keeps 一下 and 三天', () => {
    const kept = words('刷了三千多，到账两千九百多，少了十几块');
    for (const sum of ['三千', '两千', '九百', '多', '十几块']) expect(kept).not.toContain(sum);
    expect(words('等一下三天了')).toEqual(expect.arrayContaining(['三天']));
    // A sum in Chinese numerals states money: the query's bare numbers are sums too.
    expect(queryUnits('一万块扣了55手续费', vocab).filter((u) => u.code)).toEqual([]);
  });

  it('glues no word across a stop or a space between Chinese characters (九百多，少了 is not 多少)', () => {
    expect(words('钱没，到账再说')).not.toContain('钱没到账');
    expect(words('钱没到账再说')).toContain('钱没到账');
    expect(words('pos 机刷不了')).toContain('pos机');
  });

  it('reads up to three words after "after" or "before" as the scene (after the chip upgrade)', () => {
    const en = engineFor('en', enPages).engine.vocab;
    expect(queryUnits('declined after the chip upgrade', en).map((u) => [u.word, u.scene])).toEqual([['declined', false], ['chip', true], ['upgrade', true]]);
  });

  it('marks the word a question word asks for (要啥资料, what documents), and no other', () => {
    const asked = (query: string, v = vocab) => queryUnits(query, v).filter((u) => u.asked).map((u) => u.word);
    expect(asked('申请要啥资料')).toEqual(['资料']);
    expect(asked('申请要资料')).toEqual([]);
    const en = engineFor('en', enPages).engine.vocab;
    expect(asked('which documents do I need to apply', en)).toEqual(['documents']);
    expect(asked('keep what receipt', en)).toEqual(['receipt']);
  });

  it('searches a translation ask as a glossary question: its frame is not a word of the query (冲正用英语怎么说)', () => {
    const words = queryUnits('冲正用英语怎么说', vocab).map((u) => u.word);
    expect(words).toContain('意思');
    expect(words).not.toContain('怎么说');
    expect(words).not.toContain('英语');
  });

  it.each(['', '？！。', '😀😀', '"', '<>'])('turns %j into no words at all', (query) => {
    expect(queryUnits(query, vocab)).toEqual([]);
  });

  it(`reads at most ${maxQueryLength} characters`, () => {
    expect(queryUnits('刷'.repeat(500), vocab).length).toBeLessThanOrEqual(1);
    // A word that starts past the limit is not read.
    expect(words(`${'x '.repeat(maxQueryLength / 2)}没网`)).not.toContain('没网');
    expect(words(`${'x '.repeat(maxQueryLength / 2 - 1)}没网`)).toContain('没网');
  });
});

describe('runSearch', () => {
  it('ranks a title match first and links the step the words point at', async () => {
    const { engine } = engineFor('zh', zhPages);
    const { hits } = await runSearch(engine, '钱没到账 节假日', 5);
    expect(hits[0]?.url).toBe('/zh/settlement/settlement-delays/#holidays');
  });

  it('sends a screen message to the step its lexicon group names', async () => {
    const { engine } = engineFor('zh', zhPages);
    const { hits } = await runSearch(engine, '通讯失败', 5);
    expect(hits[0]?.url).toBe('/zh/failed-swipes/cant-swipe/#check-network');
    expect(hits[0]?.excerpt.filter((p) => p.marked).map((p) => p.text)).toContain('通讯失败');
  });

  it('opens a response code’s page first, typed alone or in a sentence', async () => {
    const { engine } = engineFor('zh', zhPages);
    for (const query of ['55', '刷卡提示55', '返回码５５是什么意思']) {
      expect((await runSearch(engine, query, 5)).hits[0]?.url, query).toBe('/zh/codes/55/');
    }
  });

  it('fills a short list from the lexicon pieces of a joined word, after the pages that hold it whole', async () => {
    const { engine, searches } = engineFor('zh', zhPages);
    const { hits } = await runSearch(engine, '钱没到账', 5);
    const [first, ...more] = hits.map((hit) => hit.url);
    expect(first).toBe('/zh/settlement/settlement-delays/');
    expect(more.sort()).toEqual(['/zh/failed-swipes/cant-swipe/', '/zh/failed-swipes/charged-but-failed/']);
    // 没 is no lexicon word: it is not searched, so widening downloads nothing.
    expect(searches).toEqual([]);
  });

  it('asks Pagefind only for words the lexicon does not know', async () => {
    const { engine, searches } = engineFor('zh', zhPages);
    await runSearch(engine, '刷不了', 5);
    expect(searches).toEqual([]);
    await runSearch(engine, 'wifi', 5);
    expect(searches).toEqual(['wifi']);
  });

  it('preloads, while the visitor types, what the search will ask Pagefind', async () => {
    const { engine, preloads, searches } = engineFor('zh', zhPages);
    preloadQuery(engine, '刷不了');
    await new Promise((resolve) => setTimeout(resolve));
    expect(preloads).toEqual([]);
    preloadQuery(engine, '刷不了 wifi');
    await new Promise((resolve) => setTimeout(resolve));
    expect(preloads).toEqual(expect.arrayContaining(['wifi', '"刷不了"']));
    expect(searches).toEqual([]);
  });

  it('corrects English typos and finds synonyms', async () => {
    const { engine } = engineFor('en', enPages);
    const { hits } = await runSearch(engine, 'termnial offline', 5);
    expect(hits[0]?.url).toBe('/en/failed-swipes/cant-swipe/#check-network');
    expect((await runSearch(engine, 'payout on a weekend', 5)).hits[0]?.url).toBe('/en/settlement/settlement-delays/#holidays');
  });

  it('keeps a word the pages hold as typed, though it is one letter from a known word', async () => {
    const { engine } = engineFor('en', enPages);
    expect((await runSearch(engine, 'apple', 5)).hits[0]?.url).toBe('/en/ic-card-upgrade/insert-or-swipe/');
    expect((await runSearch(engine, 'applly', 5)).hits[0]?.url).toBe('/en/ic-card-upgrade/how-to-apply/');
  });

  it('labels results related when the best one holds less than half the words', async () => {
    const { engine } = engineFor('zh', zhPages);
    expect((await runSearch(engine, '刷不了', 5)).related).toBe(false);
    expect((await runSearch(engine, '刷不了 wifi modem router', 5)).related).toBe(true);
  });

  it.each(['？！', '😀', '<script>', '"', 'qwertyuiop'])('answers %j with no results and no error', async (query) => {
    const { engine } = engineFor('zh', zhPages);
    await expect(runSearch(engine, query, 5)).resolves.toMatchObject({ hits: [] });
  });
});
