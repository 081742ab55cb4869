/**
 * One normal form for queries, page text and lexicon words, in the browser and at build time:
 * NFKC (full-width ５５ → 55, Ａ０ → a0), lower case, common variant or miswritten characters
 * (帐 → 账), punctuation and symbols to single spaces. `+` and `/` survive inside words (T+1, S/N).
 * @example normalise(' Ｔ＋１几点到帐？') // 't+1几点到账'
 */
export const variants: [RegExp, string][] = [
  [/帐/g, '账'],
  [/银连/g, '银联'],
  // 没反映 is 没反应 miswritten; 商户反映 (the merchant reports) is a support agent's preamble, left alone.
  [/(?<=[没无不](?:有|啥|什么|任何)?)反映|反映(?=都没|也没)/g, '反应'],
  [/登陆/g, '登录'],
  [/以经/g, '已经'],
  [/从启/g, '重启'],
  [/撤消/g, '撤销'],
  [/免秘/g, '免密'],
  // Pinyin input's homophone slips: 唰 (shuā) for 刷, 倒账 (dǎozhàng, a bad debt) for 到账.
  [/唰/g, '刷'],
  [/倒账/g, '到账'],
  // … and for 费率 (fèilǜ), 押金 (yājīn), 预授权 (yùshòuquán), 刷卡: 费律, 压金, 预受权, 刷咔.
  [/费律/g, '费率'],
  [/压金/g, '押金'],
  [/预受权/g, '预授权'],
  [/刷咔/g, '刷卡'],
  // … and for 升级 (shēngjí): 升及, 深级, 生级; 密吗 for 密码 before what a PIN does (密吗错误), never 免密吗.
  [/(?<![提上])升及|(?<!资)深级|(?<![卫产发学])生级/g, '升级'],
  [/(?<!免)密吗(?=错|输|忘|锁|被|不对|次数)/g, '密码'],
  // Someone's side (银行那边系统升级, 服务商这边): the party is the word; 这边刷不了那边能刷 (two terminals) stays.
  [/(?<=银行|银联|收单机构|收单行|发卡行|服务商|客服)[这那]边/g, ''],
  // IC as voice input writes it down (爱西卡 for IC 卡).
  [/[爱艾]西卡/g, 'ic卡'],
  // 划 for 刷, as many say it (划卡, 划一下, 划磁条).
  [/划卡/g, '刷卡'],
  [/划磁条/g, '刷磁条'],
  [/划一下/g, '刷一下'],
  // Cantonese as typed in the south (刷唔到, 冇到账, 系咪机器问题, 点算): the Mandarin words; 唔该 (please, thanks) is no 不该.
  [/唔该/g, ' '],
  [/唔得/g, '不行'],
  [/唔/g, '不'],
  [/冇/g, '没'],
  [/咗/g, '了'],
  [/嘅/g, '的'],
  [/[系係]咪/g, '是不是'],
  // … and often in traditional characters (仲係入返原来嗰个银行户口): still, is, back into, that, a bank account.
  [/仲[系係]/g, '还是'],
  [/([关關联聯])係/g, '$1系'],
  [/係/g, '是'],
  [/嗰度|嗰边/g, '那里'],
  [/嗰/g, '那'],
  [/边度/g, '哪里'],
  [/银行户口/g, '银行账户'],
  [/入返(?![现还佣利])/g, '回到'],
  [/佢/g, '他'],
  [/嚟/g, '来'],
  [/俾/g, '给'],
  [/喺/g, '在'],
  [/哋/g, '们'],
  [/啲/g, '些'],
  // Shanghainese (阿拉店里, 钞票到账会慢伐): we, money, and the question's 吗.
  [/阿拉/g, '我们'],
  [/钞票/g, '钱'],
  [/(?<![步砍讨征采杀])伐(?=$|[\s?？!！。，,])/g, '吗'],
  [/点解/g, '为什么'],
  [/点算|点搞/g, '怎么办'],
  [/乜嘢|咩/g, '什么'],
  // Sichuan and Chongqing (莫得到账, 啥子原因) and Henan (中不中) as typed.
  [/莫得/g, '没有'],
  [/啥子/g, '什么'],
  [/中不中/g, '行不行'],
  // Learners' English writes cannot apart (the pos can not swipe card): can't, as the lexicon has it ("can not only" is no can't).
  [/\bcan\s+not\b(?! only)/g, 'can\'t'],
  [/[’‘`]/g, "'"],
  // Thousands written with commas (18,600 yuan) are one number, not 18 and 600.
  [/(\d),(?=\d{3}(?!\d))/g, '$1'],
];

/**
 * The longest query read, in characters: the search boxes take no more. An English question in a
 * merchant's words runs past 100 ("Is there anything I should do before the engineer comes …").
 */
export const maxQueryLength = 200;

/**
 * Latin letters without their accents, one character for one (the glossary's dàozhàng is typed
 * daozhang): text keeps its length, so offsets found in the folded text hold in the original.
 */
export function foldAccents(text: string): string {
  return text.replace(/[\u00c0-\u024f\u1e00-\u1eff]/g, (letter) => {
    const bare = letter.normalize('NFD').replace(/\p{M}/gu, '');
    return bare.length === 1 ? bare : letter;
  });
}

/** Whether any variant occurs: most text holds none, and fifty passes over it cost a first query 10 ms. */
const anyVariant = new RegExp(variants.map(([from]) => from.source).join('|'));

export function normalise(text: string): string {
  let out = foldAccents(text.normalize('NFKC').toLowerCase());
  if (anyVariant.test(out)) for (const [from, to] of variants) out = out.replace(from, to);
  return out
    .replace(/[\u200b\u200c\u200d\ufeff]/g, '')
    .replace(/'/g, '')
    .replace(/(?<![\p{L}\p{N}])[+/]|[+/](?![\p{L}\p{N}])/gu, ' ')
    .replace(/[^\p{L}\p{N}+/]+/gu, ' ')
    .trim();
}

const digits = '零一二三四五六七八九';
const spoken = /(?<![零一二两三四五六七八九十百千万])([一二三四五六七八九]?十[一二三四五六七八九]?|零[一二三四五六七八九])(?![零一二两三四五六七八九十百千万])/g;
const screenWords = /显示|提示|出现|报|码|屏幕|弹出|跳出/;

/**
 * A code said aloud (voice input writes 显示五十五, 提示零五) as the digits the terminal shows, when
 * the (normalised) query speaks of the screen; any other number in words is left alone.
 * @example spokenCodes('机器显示五十五') // '机器显示55'
 */
export function spokenCodes(text: string): string {
  if (!screenWords.test(text)) return text;
  return text.replace(spoken, (words: string) => {
    const [tens, ones] = words.includes('十') ? words.split('十') : [words[0], words[1]];
    const tensDigit = words.includes('十') ? (tens ? digits.indexOf(tens) : 1) : 0;
    return `${tensDigit}${ones ? digits.indexOf(ones) : 0}`;
  });
}

const han = /\p{Script=Han}/u;

/** Whether a string contains a Chinese character. */
export function hasHan(text: string): boolean {
  return han.test(text);
}
