import { describe, expect, it } from 'vitest';
import { isAmount, withoutDecimals } from '../../src/scripts/search/amounts';
import { englishAmounts as en } from '../../src/scripts/search/englishAmounts';
import { joinSums } from '../../src/scripts/search/chinese';
import { chineseAmounts as zh, sumValue } from '../../src/scripts/search/chineseAmounts';

describe('sumValue', () => {
  it('reads digits and Chinese numerals alike', () => {
    expect(sumValue('4970')).toBe(4970);
    expect(sumValue('两千七百')).toBe(2700);
    expect(sumValue('九千九百')).toBe(9900);
    expect(sumValue('一万')).toBe(10000);
    expect(sumValue('三万五千')).toBe(35000);
    expect(sumValue('十五')).toBe(15);
  });

  it('counts a last digit in the place below, as said aloud (两千八 is 2800)', () => {
    expect(sumValue('两千八')).toBe(2800);
    expect(sumValue('一万二')).toBe(12000);
    expect(sumValue('三百五')).toBe(350);
    expect(sumValue('两千零八')).toBe(2008);
    expect(sumValue('三十五')).toBe(35);
  });
});

describe('joinSums', () => {
  it('joins a sum the segmenter cut up, and nothing else', () => {
    expect(joinSums([['刷'], ['两千'], ['八'], ['到账']], zh.inWords)).toEqual([['刷'], ['两千', '八'], ['到账']]);
    expect(joinSums([['等'], ['一下'], ['三天']], zh.inWords)).toEqual([['等'], ['一下'], ['三天']]);
  });
});

describe('isAmount', () => {
  it('takes a number after a word of paying or paying out as a sum (刷5000, 到账才4970)', () => {
    const words = ['刷', '5000', '到账', '才', '4970'];
    expect(isAmount(words, 1, words.join(''), zh)).toBe(true);
    expect(isAmount(words, 4, words.join(''), zh)).toBe(true);
    expect(isAmount(['收', '了', '3000'], 2, '收了3000', zh)).toBe(true);
    expect(isAmount(['显示', '51'], 1, '显示51', zh)).toBe(false);
    // A sum taken or kept back makes the query's other bare numbers sums: 35 here is no code.
    const fee = ['刷', '了', '5800', '到账', '5765', '扣', '了', '35', '是', '啥'];
    expect(isAmount(fee, 7, fee.join(''), zh)).toBe(true);
    expect(isAmount(['5800', '到账', '35'], 2, '5800到账35', zh)).toBe(true);
    expect(isAmount(['提示', '35'], 1, '提示35', zh)).toBe(false);
  });

  it('takes a date\'s units with its numbers (6月18号, 2025年), but not a code\'s 号 (返回码12号)', () => {
    const date = ['6', '月', '18', '号', '刷', '的'];
    for (const position of [0, 1, 2, 3]) expect(isAmount(date, position, '6月18号刷的', zh), date[position]).toBe(true);
    expect(isAmount(['2025', '年', '了'], 1, '2025年了', zh)).toBe(true);
    expect(isAmount(['返回码', '12', '号'], 2, '返回码12号', zh)).toBe(false);
    expect(isAmount(['年费', '多少'], 0, '年费多少', zh)).toBe(false);
  });

  it('keeps a code the screen shows before a question of how long (显示75多久能解开), but not a sum (30多久到账, 退款33多久)', () => {
    expect(isAmount(['显示', '75', '多久', '能', '解开'], 1, '显示75多久能解开', zh)).toBe(false);
    expect(isAmount(['报', '38', '多长', '时间', '能', '再', '刷'], 1, '报38多长时间能再刷', zh)).toBe(false);
    expect(isAmount(['30', '多久', '到账'], 0, '30多久到账', zh)).toBe(true);
    expect(isAmount(['短信', '提示', '60', '多久', '到账'], 2, '短信提示60多久到账', zh)).toBe(true);
    expect(isAmount(['退款', '33', '多久', '能', '退回去'], 1, '退款33多久能退回去', zh)).toBe(true);
    expect(isAmount(['少', '了', '800', '多'], 2, '少了800多', zh)).toBe(true);
  });

  it('takes a number of shops, terminals or cards as a count (10家店, 12 shops), but not one before a card in the singular', () => {
    expect(isAmount(['我们', '10', '家', '店'], 1, '我们10家店', zh)).toBe(true);
    expect(isAmount(['manager', 'for', '12', 'shops'], 2, 'manager for 12 shops', en)).toBe(true);
    expect(isAmount(['3', 'terminals', 'decline'], 0, '3 terminals decline', en)).toBe(true);
    expect(isAmount(['05', 'card', 'declined'], 0, '05 card declined', en)).toBe(false);
  });

  it('takes both sums as sums when one was keyed as the other (38刷成了380), and a day after a month as a date', () => {
    const keyed = ['本来是', '38', '刷成了', '380'];
    expect(isAmount(keyed, 1, keyed.join(''), zh)).toBe(true);
    expect(isAmount(keyed, 3, keyed.join(''), zh)).toBe(true);
    expect(isAmount(['提示', '38'], 1, '提示38', zh)).toBe(false);
    expect(isAmount(['failing', 'since', '12', 'jun'], 2, 'failing since 12 jun', en)).toBe(true);
    expect(isAmount(['down', 'since', 'june', '5'], 3, 'down since june 5', en)).toBe(true);
    expect(isAmount(['error', '12'], 1, 'error 12', en)).toBe(false);
    // dec is also declined: card dec 05 shows code 05.
    expect(isAmount(['card', 'dec', '05'], 2, 'card dec 05', en)).toBe(false);
  });

  it('takes an English number after charged, paid, only … or before short, missing as a sum (60 short on 10000)', () => {
    const short = ['payout', '60', 'short', 'on', '10000'];
    expect(isAmount(short, 1, short.join(' '), en)).toBe(true);
    expect(isAmount(['short', 'by', '60'], 2, 'short by 60', en)).toBe(true);
    expect(isAmount(['terminal', 'shows', '51'], 2, 'terminal shows 51', en)).toBe(false);
    expect(isAmount(['error', '55', 'after', 'charged'], 1, 'error 55 after charged', en)).toBe(false);
    // Got, only: a sum of three digits or more; two are a code. A sum said by a verb makes no other number a sum.
    expect(isAmount(['got', '05', 'again'], 1, 'got 05 again', en)).toBe(false);
    expect(isAmount(['only', '1', 'card', 'gets', '51'], 4, 'only 1 card gets 51', en)).toBe(false);
    const paidThenCode = ['customer', 'paid', '200', 'got', '51'];
    expect(isAmount(paidThenCode, 2, paidThenCode.join(' '), en)).toBe(true);
    expect(isAmount(paidThenCode, 4, paidThenCode.join(' '), en)).toBe(false);
    expect(isAmount(['only', 'got', '9940'], 2, 'only got 9940', en)).toBe(true);
  });

  it('takes a number after 的 as after 了 (少的60, 刷的是 …): a sum, not a code', () => {
    expect(isAmount(['少', '的', '60', '是', '手续费'], 2, '少的60是手续费', zh)).toBe(true);
    expect(isAmount(['显示', '的', '60'], 2, '显示的60', zh)).toBe(false);
  });

  it('takes the unit of money after a sum as part of it (收300元: 元 is no word of the question)', () => {
    const fee = ['要收', '300', '元', '手续费'];
    expect(isAmount(fee, 2, fee.join(''), zh)).toBe(true);
    expect(isAmount(['paid', '30', 'dollars'], 2, 'paid 30 dollars', en)).toBe(true);
    // Not a unit with no sum before it.
    expect(isAmount(['元', '旦'], 0, '元旦', zh)).toBe(false);
    expect(isAmount(['手续费', '几', '块'], 2, '手续费几块', zh)).toBe(false);
  });
});

describe('isAmount in English', () => {
  const amountAt = (query: string, i: number) => isAmount(query.split(' '), i, query, en);
  it('reads a sum past the one charged, at three digits or more only: two are a code', () => {
    expect(amountAt('charged the customer 300', 3)).toBe(true);
    expect(amountAt('charged the customer 55 came up', 3)).toBe(false);
    expect(amountAt('charged a customer 05 on the screen', 3)).toBe(false);
    expect(amountAt('paid them 500', 2)).toBe(true);
    expect(amountAt('998 credited', 0)).toBe(true);
    expect(amountAt('98 credited', 0)).toBe(false);
    expect(amountAt('card ending 4321 came back declined', 2)).toBe(false);
  });

  it('never reads a number named as something else as a sum, even where the query names money', () => {
    expect(amountAt('order 1450 came in', 1)).toBe(false);
    expect(amountAt('charged 2000 yuan deposit for room 1808', 6)).toBe(false);
    expect(amountAt('charged 2000 yuan deposit for 1808', 5)).toBe(true);
  });

  it('reads a sum keyed for another (rang up 450 instead of 45) as two sums', () => {
    const rang = 'rang up 450 instead of 45'.split(' ');
    expect([2, 5].map((i) => isAmount(rang, i, rang.join(' '), en))).toEqual([true, true]);
  });
});

describe('withoutDecimals', () => {
  it('leaves out decimals, but keeps the whole part of a sum of money (9940.00元)', () => {
    expect(withoutDecimals('费率0.6还是0.38')).toBe('费率 还是 ');
    expect(withoutDecimals('收入9940.00元')).toBe('收入9940元');
    expect(withoutDecimals('收入9940.00 元')).toBe('收入9940 元');
    expect(withoutDecimals('2.5% 元')).toBe('  元');
    // Left out, a decimal leaves the words around it to meet (charged 128.50 twice: charged twice).
    expect(withoutDecimals('only 198.8 showed up')).toBe('only   showed up');
    expect(withoutDecimals('到账２９７．６０元')).toBe('到账２９７元');
  });

  it('leaves out a date or a version written with dots whole: no part of it is a sum or a code', () => {
    expect(withoutDecimals('2026.11.28刷了2000没到账')).toBe(' 刷了2000没到账');
    expect(withoutDecimals('２０２６．１１．０５刷卡失败')).toBe(' 刷卡失败');
    expect(withoutDecimals('version 3.0.12')).toBe('version  ');
  });
});
