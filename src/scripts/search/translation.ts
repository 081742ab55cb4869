import { hasHan } from './normalise';

/**
 * Asking for a word in the other language (预授权用英语怎么说, the Chinese word for payout) asks what
 * the glossary says of it, as 什么意思 does: kinds.ts reads both as a definition question, and the
 * frame is searched as a word that leads there (意思, which the Chinese glossary's introduction
 * holds; glossary, its English title's). Left as typed, "Chinese" finds every entry that mentions
 * Chinese cards, and 怎么说 weighs like a word of the question. Only an ask is rewritten:
 * 一堆英文是啥 and 英文提示看不懂 describe a message on the screen.
 */
const chineseFrame = /(?:用|的)?(?:英文|英语|中文)(?:里|中)?(?:怎么说|叫什么|叫啥|咋说|怎么讲|怎么叫)/g;
/** A term of a few characters, then the frame: not a sentence to translate (跟老外用英语怎么说请输密码). */
const chineseAsk = new RegExp(String.raw`^[^\s]{1,8}\s*${chineseFrame.source}$`);
const wordFor = String.raw`\b(?:(?:what(?:'?s| is) )?the )?(?:chinese|english|mandarin) (?:(?:word|term|name) )?for\b`;
const howToSay = String.raw`\bhow (?:do you|do i|to|would you) say\b`;
const howToTell = String.raw`\b(?:how (?:do you|do i|to|would you|can i) (?:tell|write|spell)|what (?:do you|do they|is it) call(?:ed)?)\b`;
const inLanguage = String.raw`\bin (?:chinese|english|mandarin)(?: please| pls)?$`;

/**
 * English asks: the word for X; how to say a short term; how to say, tell or call anything "in
 * Chinese"; and a short term then "in Chinese" (merchant ID in Chinese), not a sentence that says
 * what something came or is shown in (a text in Chinese saying …, the receipt is in English, the
 * hotline in English).
 */
const englishAsk = new RegExp(
  [
    wordFor,
    String.raw`${howToSay}(?: \S+){1,2}$`,
    String.raw`(?:${howToSay}|${howToTell}).* ${inLanguage}`,
    String.raw`^(?:what(?:'?s| is) )?(?:the |a |an )?(?!(?:\S+ ){0,2}(?:is|are|was|were|be|got|get|received|has|have|came|comes|sent|apply|print(?:s|ed)?|shows?|showed|written|displayed|says?|said|speaks?|use|hotline|helpline|support|service|staff|app|website|menus?|receipts?|screens?|displays?|versions?)\b)(?:\S+ ){0,3}${inLanguage}`,
  ].join('|'),
);

/** The words of an English ask that name no term: what the rewrite takes out. */
const englishFrame = new RegExp([wordFor, howToSay, howToTell, inLanguage].join('|'), 'g');

/** Whether the (normalised) query asks for a word in the other language: "a text in Chinese" does not. */
export function asksTranslation(query: string, lang: 'zh' | 'en'): boolean {
  if (lang === 'zh') return chineseAsk.test(query);
  // On the English pages "in English" asks for a Chinese term's English (预授权 in English); said of
  // an English phrase (upgrade scam in English, who to call in English) it asks for help in English.
  return englishAsk.test(query) && !(/\bin english\b/.test(query) && !hasHan(query) && !/\b(?:chinese|mandarin)\b/.test(query));
}

const glossaryWord = { zh: '意思', en: 'glossary' } as const;

/** The (normalised) query with a translation's frame said as a word that leads to the glossary. */
export function translationAsGlossary(query: string, lang: 'zh' | 'en'): string {
  if (!asksTranslation(query, lang)) return query;
  const frame = lang === 'zh' ? chineseFrame : englishFrame;
  return query.replace(frame, ` ${glossaryWord[lang]} `).replace(/\s+/g, ' ').trim();
}
