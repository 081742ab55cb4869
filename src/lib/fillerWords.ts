/**
 * Words that carry no meaning for search: dropped from a query unless nothing else is left.
 * Words that do (不, 没有, when, only) are not here; nor are 为什么/为啥/why, which tell a
 * "why" question from a "how" one, and lexicon words never are. Each language's list is shipped in
 * its own search data (help-<lang>.bin), not in the engine's code: a first query downloads only
 * the fillers of its language.
 */
export const fillerWords: Record<'zh' | 'en', readonly string[]> = {
  zh: ('吗 呢 吧 啊 呀 嘛 哦 哈 了 的 得 地 么 着 过 啦 咯 怎么办 怎么 怎样 怎么样 咋 咋办 咋整 咋回事 怎么回事 回事 为什么 为啥 什么 啥 如何 ' +
      // The same questions in dialect (啷个回事, 咋个办).
      '啷个 啷个回事 咋个 咋个办 咋弄 ' +
      '是不是 能不能 会不会 有没有 要不要 可不可以 可以 能 请问 请 一下 我 我的 我们 你 您 他 它 俺 俺们 咱 咱们 你们 他们 她 她们 人家 大家 这 那 这个 那个 就 都 也 还 又 再 会 要 想 该 应该 是 有 ' +
      '在 哪 哪里 哪儿 在哪 在哪里 和 与 或 或者 办 一直 老是 总是 已经 到底 然后 还是 需要 得 让 给 被 把 对 从 用 没事 正常吗 ' +
      // Time-clause words (升级以后, 升级完, 换机的时候, 那天): they frame when, the word before them
      // is the subject (and keeps the clause as its `scene`).
      '后 以后 之后 前 以前 之前 前后 完 完了 时候 那天 ' +
      // How to do, find or look at it at all (退货怎么操作, 怎么处理, 去哪找, 到账怎么看): the subject
      // is the thing done, not the doing.
      '操作 处理 弄 搞 整 找 看 做 去 拿 ' +
      // Insisting (为啥非要升级, 非得换机吗): the emphasis of a why or whether, not a subject.
      '非要 非得 ' +
      // Which one(s): asks to pick among what the subject names (做哪些准备 asks about 准备).
      '哪些 哪个 哪种 ' +
      // How often, how many times (升级一次要多久): a count, not a subject; a little, some (做点啥, 注意些啥).
      '一次 一遍 一趟 每次 几次 点 一点 点儿 些 一些 ' +
      // A machine counted (换了台新机器): the segmenter glues 台 to the word after it.
      '台 ' +
      // Just now (刚升级完): when, not what; 刚才 stays (刚才那笔 is the sale in question).
      '刚 刚刚 ' +
      // The time of day (中午刷的, 半夜): when the sale happened, not what is asked. 今天 and 昨天 stay (same
      // day or not), and so do 上午, 下午 and 晚上: the settlement cut-off and payout times are said with them.
      '中午 早上 凌晨 半夜 傍晚 夜里 ' +
      // Now and usually (到现在还没到, 平时第二天就到): the merchant's comparison, not the subject; so
      // is 早就 that the segmenter cuts from 一早就到了.
      '现在 到现在 平时 平常 往常 早就 ' +
      // Caused by (是不是升级搞的, as the segmenter cuts it; 弄的, 整的, 闹的 in case it glues those too):
      // the cause is the subject.
      '搞的 弄的 整的 闹的 ' +
      // A support agent's preamble and urgency (商户反映…, 请紧急核查, 请协助, 急着给供货商结款); 麻烦 stays (升级麻烦吗).
      '反映 紧急 协助 尽快 急着 着急 急死了 ' +
      // Worry frames what is feared (怕影响到账): the fear is not the subject.
      '怕 担心 害怕 慌 有点慌 ' +
      // But (卡是新的，但是显示过期): the contrast joins two clauses, each of which says what is asked, as "but" in English.
      '但 但是 可是 ' +
      // Spoken fillers and conditionals (就是…的话, 嗯, 行不行): voice input writes them all down.
      '就是 就是说 的话 嗯 呃 额 哎 唉 行不行 好不好 对不对 是吧 对吧 问下 问一下 想问 问问 ' +
      // Being at a loss (整不明白咋插卡, 搞不懂, 分不清插卡还是刷卡): how the merchant feels, not what is asked.
      '不明白 整不明白 搞不明白 弄不明白 不懂 搞不懂 弄不懂 整不懂 明白 懂 搞不清 搞不清楚 弄不清 弄不清楚 分不清 分不清楚 不清楚').split(' '),
  en: ('a an the how do does did i im am my me we our you your what where which who whose is are was were be been being to of for in on at by it its ' +
      'this that these those and but or can could should will would please with from there any some so if about just also still after since ' +
      'need needs get got ok okay hi hello help anything something else now into onto guy ' +
      // Everyone and making (why is UnionPay making everyone upgrade): who and how, not what.
      'everyone everybody anyone anybody make makes making made ' +
      // Insisting (do I really need to, actually): the emphasis, not the subject.
      'really actually ' +
      // Politeness (kindly help, pls): how it is asked, not what.
      'kindly pls plz ' +
      // A negated "be" frames the words after it (my takings aren't delayed): 'not' alone still counts.
      'arent isnt wasnt werent ' +
      // Contractions as typed without the apostrophe (what's → whats).
      'whats hows wheres whens whos thats theres heres ive weve youve theyve youre theyre hes shes').split(' '),
};
