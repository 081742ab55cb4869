import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { englishAmounts as en, isAmount, withoutDecimals } from '../../src/scripts/search/amounts';
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

  it('reads a bare number of three digits or more beside a sum as a sum too, two digits not', () => {
    const english = (query: string) => shortfall(query.split(' '), query, en);
    // 994 is paid (only got 994): 1000, after "a customer", is then a sum as well.
    expect(english('charged a customer 1000 but only got 994')).toBe(true);
    expect(english('customer paid 1500 and the bank credited 1485')).toBe(true);
    // No sum stated: two bare numbers stay what they are.
    expect(english('terminal 1000 shows 994')).toBe(false);
    // Two digits are a code (paid 60 then 55 on the screen).
    expect(english('paid 60 screen says 55')).toBe(false);
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

describe('withoutDecimals', () => {
  it('leaves out decimals, but keeps the whole part of a sum of money (9940.00元)', () => {
    expect(withoutDecimals('费率0.6还是0.38')).toBe('费率 还是 ');
    expect(withoutDecimals('收入9940.00元')).toBe('收入9940元');
    expect(withoutDecimals('收入9940.00 元')).toBe('收入9940 元');
    expect(withoutDecimals('2.5% 元')).toBe('  元');
  });

  it('keeps the whole part of a decimal of three digits or more: no rate is that large', () => {
    expect(withoutDecimals('only 198.8 showed up')).toBe('only 198 showed up');
    expect(withoutDecimals('到账297.60')).toBe('到账297');
    expect(withoutDecimals('费率12.5还是0.6')).toBe('费率 还是 ');
    expect(withoutDecimals('100.5%')).toBe(' ');
  });
});

describe('sumWords', () => {
  it('says what the sums say: less arrived, or one sum keyed for another', () => {
    expect(sumWords(['刷', '5000', '到账', '4970'], '刷5000到账4970', '刷5000到账4970', zh)).toEqual([zh.shortfallWord]);
    const typed = 'typed 1000 instead of 100 how to cancel';
    expect(sumWords(typed.split(' '), typed, typed, en)).toEqual([en.mistyped?.word]);
    const inserted = 'inserted instead of swiped';
    expect(sumWords(inserted.split(' '), inserted, inserted, en)).toEqual([]);
    const rang = 'rang up 450 instead of 45'.split(' ');
    expect([2, 5].map((i) => isAmount(rang, i, rang.join(' '), en))).toEqual([true, true]);
  });
});
