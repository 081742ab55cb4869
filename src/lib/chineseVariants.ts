import type { Variant } from '../scripts/search/normalise';

/**
 * How Chinese queries say things our pages say otherwise, read as our words by normalise(): the
 * party named for its side (银行那边), and dialect words as typed. The build normalises the
 * Chinese search data with them and ships them in it (help-zh.bin) for the browser to normalise
 * queries: the English first query never downloads them. So are most slips of Chinese input (预受权,
 * 爱西卡), made where Chinese is typed. Miswritten characters (银连, 撤消) and the slips a screen's words
 * meet on an English page too (密吗错误, 划卡) are in both languages' variants (src/scripts/search/normalise.ts).
 */
export const chineseVariants: readonly Variant[] = [
  // Pinyin input's homophone slips: 唰 (shuā) for 刷, 倒账 (dǎozhàng, a bad debt) for 到账.
  [/唰/g, '刷'],
  [/倒账/g, '到账'],
  // … and for 费率 (fèilǜ), 押金 (yājīn), 预授权 (yùshòuquán), 刷卡: 费律, 压金, 预受权, 刷咔.
  [/费律/g, '费率'],
  [/压金/g, '押金'],
  [/预受权/g, '预授权'],
  [/刷咔/g, '刷卡'],
  // … and for 升级 (shēngjí): 升及, 深级, 生级.
  [/(?<![提上])升及|(?<!资)深级|(?<![卫产发学])生级/g, '升级'],
  // … and for 磁条 (cítiáo), 密码 (mìmǎ), 发卡行 (fākǎháng), 闪付 and POS 机 (jī): 刺条, 米码/秘码,
  // 发卡航, 扇付, pos鸡; not 小米码, or 发卡航空 and 发卡航司 (an airline's co-branded card).
  [/刺条/g, '磁条'],
  [/(?<!小)米码|秘码/g, '密码'],
  [/发卡航(?![空司])/g, '发卡行'],
  [/扇付/g, '闪付'],
  [/(?<=pos)鸡/g, '机'],
  // … and 签到 (qiāndào) as 前到 where signing in is meant: asked for (请前到, 重新前到) before the end of
  // a phrase or its outcome, or before its outcome at a phrase's start (前到失败, 提示：前到失败). Not a
  // deadline's 前 before 到 (之前到不了账, 月底前到成功, 升级前到账), 先前 (earlier) or 申请前到底. Punctuation is
  // still there: variants run before it becomes spaces.
  [/(?<=(?<![申邀])请|重新)前到(?=$|[\s，,。！!？?、：:；;]|一下|失败|成功|不了|了|吗|呢)|(?<=^|[\s，,。！!？?、：:；;]|然后|提示|显示|老是|一直|总是|还是|就)前到(?=失败|成功|一下)/g, '签到'],
  // … and as 签倒 or 签道 (qiāndǎo, qiāndào); not a label, a price tag, a bookmark or a skewer fallen over
  // (标签倒了, 价签倒了, 竹签倒了), 抽签倒计时, 签倒是能签 (signing, that works), 签道具 or 签道歉书.
  [/(?<![标价书牙竹抽])签[倒道](?!是|计|具|歉)/g, '签到'],
  // 过后 after an event is its 以后 (升级过后刷不了): the scene, as 升级后 says it; not a word that starts
  // with 后 (过后台 the back office, 过后面, 后期, 后续, 后悔).
  [/(?<=升级|换机|更新|装机|换了机器|升完级)过后(?![台面期续端悔])/g, '以后'],
  // IC as voice input writes it down (爱西卡 for IC 卡).
  [/[爱艾]西卡/g, 'ic卡'],
  // Someone's side (银行那边系统升级, 服务商这边): the party is the word; 这边刷不了那边能刷 (two terminals) stays.
  [/(?<=银行|银联|收单机构|收单行|发卡行|服务商|客服)[这那]边/g, ''],
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
  // … its not and when (勿好用, 勿晓得, 啥辰光到); Mandarin's written don't stays where a screen says it (请勿, 切勿).
  [/(?<![请切])勿/g, '不'],
  [/啥辰光/g, '什么时候'],
  [/(?<![步砍讨征采杀])伐(?=$|[\s?？!！。，,])/g, '吗'],
  [/点解/g, '为什么'],
  [/点算|点搞/g, '怎么办'],
  [/乜嘢|咩/g, '什么'],
  // Sichuan and Chongqing (莫得到账, 啥子原因) and Henan (中不中) as typed.
  [/莫得/g, '没有'],
  [/啥子/g, '什么'],
  [/中不中/g, '行不行'],
  // A zero keyed too many in a sale, however said (多打了个0, 多按了一个零, 多输入了1个0, 金额多了个零):
  // the lexicon's wrong-amount word. Read after the dialect words (多输咗一个0). Not in a refund, a
  // pre-authorisation or its completion, which have steps of their own, nor a sale the card declined
  // (余额不足: nothing to void); not 零钱, 零头, 零食, 零售, 零点 or 0元. A zero too few is left as typed:
  // mostly it is a payout (结算少打了一个零, 提现金额少了个零), whose words are many.
  [/(?<!(?:预授权|退货|退款|完成)[^\s，,。]{0,4})多(?:(?:输入|输|打|按|敲|录|刷|加|写|填)了?|(?<=金额多)了)[一1]?个[0零](?![钱头食售点元块])(?![^]*(?:余额不足|钱不够))(?<!(?:余额不足|钱不够)[^]*)/g, '多输了一个零'],
];
