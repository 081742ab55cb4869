import { describe, expect, it } from 'vitest';
import { foldAccents, hasHan, normalise, variants } from '../../src/scripts/search/normalise';
import { spokenCodes } from '../../src/scripts/search/chinese';
import { chineseVariants } from '../../src/lib/chineseVariants';
import { findTerm, haystack } from '../../src/scripts/search/match';

describe('spokenCodes', () => {
  it.each([
    ['机器显示五十五', '机器显示55'],
    ['提示零五', '提示05'],
    ['屏幕上跳出九十六', '屏幕上跳出96'],
    ['一直提示五十一余额不足', '一直提示51余额不足'],
  ])('reads a code said aloud on the screen: %s', (query, expected) => {
    expect(spokenCodes(query)).toBe(expected);
  });

  it('leaves numbers in words alone when the query speaks of no screen, and larger numbers always', () => {
    expect(spokenCodes('刷了五十五块')).toBe('刷了五十五块');
    expect(spokenCodes('显示一百二十')).toBe('显示一百二十');
  });
});

describe('normalise', () => {
  it('checks for every variant of a list at once before replacing them one by one', () => {
    // The quick check joins the variants' sources into one pattern: a flag of their own would be lost.
    for (const [from] of [...variants, ...chineseVariants]) expect(from.flags, from.source).toBe('g');
    const literal = (list: readonly (readonly [RegExp, string])[]) => list.filter(([from]) => !/[\\()[\]|?]/.test(from.source));
    expect(literal(variants).length + literal(chineseVariants).length).toBeGreaterThan(30);
    for (const [from] of literal(variants)) expect(normalise(`刷卡${from.source}了`), from.source).not.toContain(from.source);
    for (const [from] of literal(chineseVariants)) expect(normalise(`刷卡${from.source}了`, chineseVariants), from.source).not.toContain(from.source);
  });

  it('leaves dialect words and most slips of Chinese input to the Chinese search data, and reads miswritten characters and a screen\'s slips in either language (Chinese typed on an English page)', () => {
    expect(normalise('点解冇到帐', chineseVariants)).toBe('为什么没到账');
    expect(normalise('点解冇到帐')).toBe('点解冇到账');
    expect(normalise('密吗错误 预受权', chineseVariants)).toBe('密码错误 预授权');
    // A screen's words typed with a slip (密吗错误, 划卡) are read on either page.
    expect(normalise('密吗错误 预受权 爱西卡')).toBe('密码错误 预受权 爱西卡');
    expect(normalise('撤消交易 银连')).toBe('撤销交易 银联');
  });

  it.each([
    ['Ｔ＋１几点到帐？', 't+1几点到账'],
    ['After upgrade the pos can not swipe card', 'after upgrade the pos cant swipe card'],
    ['费律变了 压金能退吗 预受权 刷咔', '费率变了 押金能退吗 预授权 刷卡'],
    ['银行那边系统升级 这边刷不了那边能刷', '银行系统升级 这边刷不了那边能刷'],
    ['the pos can  not swipe, can not only insert', "the pos cant swipe can not only insert"],
    ['POS machine cannot brush card, brushed the card twice, brushing', 'pos machine cant pay by card pay by card twice pay by card'],
    ['返回码９６', '返回码96'],
    ['交易失败 Ａ０', '交易失败 a0'],
    ['  POS机   刷不了！！ ', 'pos机 刷不了'],
    ['银连pos机', '银联pos机'],
    ['以经升级了', '已经升级了'],
    ['从启一下', '重启一下'],
    ['撤消交易', '撤销交易'],
    ['闪付免秘额度', '闪付免密额度'],
    ['以前划卡划一下就行', '以前刷卡刷一下就行'],
    ['还能划磁条吗', '还能刷磁条吗'],
    ['did 18,600 yuan', 'did 18600 yuan'],
    // A Chinese comma parts clauses: 300 and 297 stay two sums (and 2，000 is 2 and 000, the price of it).
    ['刷了300，297到账', '刷了300 297到账'],
    ['顾客刷了2，000块', '顾客刷了2 000块'],
    ['刷了1,200,000元', '刷了1200000元'],
    ['升级后刷唔到 系咪机器问题', '升级后刷不到 是不是机器问题'],
    ['升级咗之后啲钱係咪仲係入返原来嗰个银行户口', '升级了之后些钱是不是还是回到原来那个银行账户'],
    ['边度申请', '哪里申请'],
    ['唔该问下', '问下'],
    // 係 in Mandarin words stays a 系 (没关係, 联係); 入返 before 现 is 返现 (cash back); 嗰度 is 那里.
    ['没关係 联係银行 存入返现 嗰度', '没关系 联系银行 存入返现 那里'],
    ['刷卡唔得', '刷卡不行'],
    ['唰卡 钱没倒帐', '刷卡 钱没到账'],
    ['pos机要深级吗 升及 生级', 'pos机要升级吗 升级 升级'],
    ['显示密吗错误 密吗输错了', '显示密码错误 密码输错了'],
    // 免密吗 asks whether a tap needs no PIN: it stays, even before 输.
    ['闪付免密吗输不输', '闪付免密吗输不输'],
    // Words that only hold the same characters stay: 提升及, 资深级, 卫生级.
    ['提升及维护 资深级 卫生级', '提升及维护 资深级 卫生级'],
    ['插卡没反映 商户反映', '插卡没反应 商户反映'],
    ['插卡没有反映 一点反映都没有', '插卡没有反应 一点反应都没有'],
    ['莫得到账 啥子原因 中不中', '没有到账 什么原因 行不行'],
    ['点解冇到账', '为什么没到账'],
    ['佢嘅卡嚟俾钱', '他的卡来给钱'],
    ['啲客话张卡喺第二间铺用得', '些客话张卡在第二间铺用得'],
    ['阿拉店里钞票到账会慢伐', '我们店里钱到账会慢吗'],
    // A Chinese comma ends the clause a dialect's question word or a refund's words stand in.
    ['钞票到账会慢伐，急死了', '钱到账会慢吗 急死了'],
    ['退款，多输了一个0怎么办', '退款 多输了一个零怎么办'],
    ['步伐', '步伐'],
    ['磁条卡勿好用了伐', '磁条卡不好用了吗'],
    ['请勿拔卡', '请勿拔卡'],
    ['切勿泄露验证码', '切勿泄露验证码'],
    ['钱啥辰光到', '钱什么时候到'],
    ['升级成那个爱西卡', '升级成那个ic卡'],
    // Pinyin and voice slips of the terminal's words: 磁条, 密码, 发卡行, 闪付, POS 机 …
    ['刺条卡 米码 秘码 发卡航 扇付 pos鸡', '磁条卡 密码 密码 发卡行 闪付 pos机'],
    // … but not 小米码, an airline's co-branded card (发卡航空) or 鸡 after another word.
    ['小米码 发卡航空联名卡 发卡航司 收款鸡蛋', '小米码 发卡航空联名卡 发卡航司 收款鸡蛋'],
    // 前到 is 签到 where signing in is asked for, or at a phrase's start before its outcome, punctuation and all …
    ['请前到 重新前到一下', '请签到 重新签到一下'],
    ['前到失败了 然后前到失败 提示前到成功', '签到失败了 然后签到失败 提示签到成功'],
    ['机器提示：前到失败', '机器提示 签到失败'],
    // … not a deadline's 前 before 到, 先前 (earlier), 申请前到底 or 前到 on its way somewhere.
    ['之前到不了账 月底前到成功 升级前到账 先前到的那笔 三点前到一下', '之前到不了账 月底前到成功 升级前到账 先前到的那笔 三点前到一下'],
    ['申请前到底要什么 请前到账 然后前到家 升级申请前到了吗', '申请前到底要什么 请前到账 然后前到家 升级申请前到了吗'],
    // 签倒 and 签道 are 签到, but not a label, price tag, bookmark, toothpick or skewer fallen over, a
    // draw, a countdown, 签倒是 (signing, that is), a prop or an apology.
    ['签倒失败 请签道 签倒了', '签到失败 请签到 签到了'],
    ['标签倒了 价签倒了 书签倒了 牙签倒了 竹签倒了', '标签倒了 价签倒了 书签倒了 牙签倒了 竹签倒了'],
    ['抽签倒了 签倒计时 签倒是能签 签道具 签道歉书', '抽签倒了 签倒计时 签倒是能签 签道具 签道歉书'],
    // A zero keyed too many is one lexicon word however said, dialect included …
    ['金额多打了个0 多按了一个零 收款多打了一个零 结账多打了个0', '金额多输了一个零 多输了一个零 收款多输了一个零 结账多输了一个零'],
    ['多输咗一个0 金额多了个零 多输入了1个0 多加了个0', '多输了一个零 金额多输了一个零 多输了一个零 多输了一个零'],
    // … but not small change, snacks, retail, o'clock, a sum of 0, or a zero too few (mostly a payout).
    ['多打个零钱 多打了个零头 多打了个零食 多录了个零售单 多按了个零点 多打了个0元', '多打个零钱 多打了个零头 多打了个零食 多录了个零售单 多按了个零点 多打了个0元'],
    ['少按了一个0 结算少打了一个零 提现金额少了个零', '少按了一个0 结算少打了一个零 提现金额少了个零'],
    // … nor a refund, a pre-authorisation or its completion, nor a declined sale, whichever comes first.
    ['退货金额多打了个0 预授权完成的时候多输了一个0', '退货金额多打了个0 预授权完成的时候多输了一个0'],
    ['多打了个0 提示余额不足', '多打了个0 提示余额不足'],
    ['余额不足 是不是多打了个0', '余额不足 是不是多打了个0'],
    // 过后 after the event is 以后, the scene; 事情过后 and words that start with 后 stay.
    ['升级过后刷不了 换机过后 事情过后', '升级以后刷不了 换机以后 事情过后'],
    ['更新过后台参数 升级过后面 升级过后悔', '更新过后台参数 升级过后面 升级过后悔'],
    ["won't connect", 'wont connect'],
    ['S/N 在哪', 's/n 在哪'],
    ['"<script>alert(1)</script>"', 'script alert 1 script'],
    ['？！。，、', ''],
    ['😀👍', ''],
  ])('%s → %s', (input, expected) => {
    expect(normalise(input, chineseVariants)).toBe(expected);
  });

  it('tells Chinese from Latin', () => {
    expect(hasHan('pos机')).toBe(true);
    expect(hasHan('wifi')).toBe(false);
  });
});

describe('accents', () => {
  it('folds Latin accents one letter for one, so pinyin typed without tones meets the glossary', () => {
    expect(foldAccents('到账 dàozhàng Payout')).toBe('到账 daozhang Payout');
    expect(normalise('Dàozhàng')).toBe('daozhang');
    const hay = haystack('到账 dàozhàng Payout (money arriving)', 'en');
    const [[start, end]] = findTerm(hay, 'daozhang', 'en') as [[number, number]];
    // Offsets point into the original text, accents and all.
    expect(hay.text.slice(start, end)).toBe('dàozhàng');
  });
});
