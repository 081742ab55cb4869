/**
 * Asking for a word in the other language (预授权用英语怎么说, the Chinese word for payout) asks what
 * the glossary says of it, as 什么意思 does: kinds.ts reads both as a definition question, and the
 * frame is searched as a word that leads there (意思, which the Chinese glossary's introduction
 * holds; glossary, its English title's). Left as typed, "Chinese" finds every entry that mentions
 * Chinese cards, and 怎么说 weighs like a word of the question. 英文 alone stays: 英文提示 is a
 * message on the screen.
 */
const asks = {
  zh: /(?:用|的)?(?:英文|英语|中文)(?:里|中)?(?:怎么说|叫什么|叫啥|咋说|怎么讲|怎么叫|是什么|是啥)/g,
  en: /\b(?:(?:what(?:'?s| is) )?the )?(?:chinese|english) (?:(?:word|term|name) )?for\b|(?<!\b(?:notices?|texts?|messages?|sms|letters?|screens?|prompts?|menus?|receipts?|calls?|words?|codes?|errors?|manuals?|instructions?|guides?|versions?|print(?:s|ed)?|shows?|showed|displays?|displayed|written|writes?|set|switch|change|speaks?|talks?|use) )\bin (?:chinese|english)\s*\??$|\bhow (?:do you|do i|to|would you) say\b/g,
} as const;

/** Whether the (normalised) query asks for a word in the other language: "a text in Chinese" does not. */
export function asksTranslation(query: string, lang: 'zh' | 'en'): boolean {
  return query.search(asks[lang]) >= 0;
}

const glossaryWord = { zh: '意思', en: 'glossary' } as const;

/** The (normalised) query with a translation's frame said as a word that leads to the glossary. */
export function translationAsGlossary(query: string, lang: 'zh' | 'en'): string {
  return query.replace(asks[lang], ` ${glossaryWord[lang]} `).trim();
}
