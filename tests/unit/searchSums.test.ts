import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { englishAmounts as en } from '../../src/scripts/search/englishAmounts';
import { chineseAmounts as zh } from '../../src/scripts/search/chineseAmounts';
import { shortfall, sumWords } from '../../src/scripts/search/sums';

describe('shortfall', () => {
  const says = (words: string[]) => shortfall(words, words.join(''), zh);

  it('reads two sums, the later a little smaller, as less arriving than was taken', () => {
    expect(says(['刷', '5000', '到账', '才', '4970'])).toBe(true);
    expect(says(['刷', '了', '一万', '块', '到', '了', '九千九百', '多'])).toBe(true);
    expect(shortfall(['we', 'did', '18600', 'yuan', 'only', '18490', 'landed'], 'we did 18600 yuan only 18490 landed', en)).toBe(true);
    // Digits with the place the segmenter cut off (1|万, 9|千|多): 10000 and 9000.
    expect(says(['入', '账', '1', '万', '银行', '卡里', '只有', '9', '千', '多'])).toBe(true);
    // 9|千 is 9000: 8 arriving is no shortfall of it (read as 9, it would be).
    expect(says(['刷', '了', '9', '千', '到账', '8', '块'])).toBe(false);
    // A word that merely starts with a place (十分钟) is no place: 500 stays 500, 480 arrived.
    expect(says(['刷', '了', '500', '十分钟', '到账', '480'])).toBe(true);
  });

  it('reads the English words around a sum: whom it was charged or paid to, sold, credited, settled, landed, came in', () => {
    const english = (query: string) => shortfall(query.split(' '), query, en);
    expect(english('charged a customer 1000 but only got 994')).toBe(true);
    expect(english('charged him 1000 but only got 994')).toBe(true);
    expect(english('customer paid me 1500 but only 1485 arrived')).toBe(true);
    expect(english('customer paid 1500 and the bank credited 1485')).toBe(true);
    expect(english('settled 3000 but only got 2982')).toBe(true);
    expect(english('sold 800 and 790 landed')).toBe(true);
    expect(english('took 5000 and 4970 came in')).toBe(true);
    expect(english('paid 1500 and 1485 settled')).toBe(true);
    // A room number, an order number, a card's tail or a second sum asked for is no sum that arrived.
    expect(english('charged 2000 deposit for room 1808')).toBe(false);
    expect(english('paid 1500 order 1450 settled')).toBe(false);
    expect(english('paid 1000 to the upgrade guy he now asks for 900 more')).toBe(false);
    // Came up is on the screen, came back declined: not money in.
    expect(english('charged 1500 but 1250 came up on the receipt')).toBe(false);
    // A count is no sum (150 transactions, 140 settled).
    expect(english('paid 150 transactions today only 140 settled')).toBe(false);
  });

  it('leaves a larger later sum, a far smaller one (a part refund) and times alone', () => {
    expect(says(['刷', '了', '4970', '块', '到账', '5000'])).toBe(false);
    expect(says(['刷', '了', '5000', '块', '退', '了', '300'])).toBe(false);
    expect(says(['刷', '了', '300', '块', '12', '点', '到账'])).toBe(false);
  });

  it('reads a far smaller later sum said to be all that came (只到了五千) as less arriving', () => {
    expect(says(['刷', '了', '八千', '多', '银行', 'app', '只', '到', '了', '五千'])).toBe(true);
    expect(says(['刷', '了', '八千', '多', '银行', 'app', '到', '了', '五千'])).toBe(false);
    expect(says(['刷', '了', '一万', '到账', '才', '五千'])).toBe(true);
    // Only so much refunded or deducted is no shortfall.
    expect(says(['顾客', '刷', '了', '3000', '只', '退', '500'])).toBe(false);
    expect(says(['刷', '了', '一万', '手续费', '只', '扣', '了', '60'])).toBe(false);
  });

  it('stands for a word the lexicon sends to the deductions step, in both languages', () => {
    const lexicon = parse(readFileSync(join(import.meta.dirname, '../../content/search/lexicon.yaml'), 'utf8')) as { groups: { zh?: string[]; en?: string[]; step?: string }[] };
    const group = lexicon.groups.find((g) => g.zh?.includes(zh.shortfallWord));
    expect(group?.en).toContain(en.shortfallWord);
    expect(group?.step).toBe('settlement/fees-and-short-payouts#fees-deducted');
  });
});

describe('sumWords', () => {
  it('says what the sums say: less arrived, or one sum keyed for another', () => {
    expect(sumWords(['刷', '5000', '到账', '4970'], '刷5000到账4970', '刷5000到账4970', zh)).toEqual([zh.shortfallWord]);
    const typed = 'typed 1000 instead of 100 how to cancel';
    expect(sumWords(typed.split(' '), typed, typed, en)).toEqual([en.mistyped?.word]);
    const inserted = 'inserted instead of swiped';
    expect(sumWords(inserted.split(' '), inserted, inserted, en)).toEqual([]);
  });
});
