import { describe, expect, it } from 'vitest';
import { asksTranslation, translationAsGlossary } from '../../src/scripts/search/translation';
import { questionKind } from '../../src/scripts/search/kinds';

describe('asking for a word in the other language', () => {
  it('hears the ask in either language, and reads it as a definition question', () => {
    for (const query of ['预授权用英语怎么说', '冲正英文叫什么', '签购单的英文怎么说']) {
      expect(asksTranslation(query, 'zh')).toBe(true);
      expect(questionKind(query, 'zh')).toBe('meaning');
    }
    for (const query of ["what's the chinese word for payout", 'chinese term for settlement', 'how do you say reversal in chinese', '预授权 in english', 'merchant id in mandarin']) {
      expect(asksTranslation(query, 'en')).toBe(true);
      expect(questionKind(query, 'en')).toBe('meaning');
    }
  });

  // Its frame is not rewritten. (kinds.ts still reads "in Chinese" anywhere as a definition question:
  // "the slip is in Chinese, which number is the merchant ID" wants the glossary too.)
  it('leaves a message, a letter or a list in Chinese or English as the scene it sets', () => {
    expect(asksTranslation('pos机上有些英文提示看不懂', 'zh')).toBe(false);
    expect(asksTranslation('显示一堆英文是啥', 'zh')).toBe(false);
    expect(asksTranslation('跟老外用英语怎么说请输密码', 'zh')).toBe(false);
    expect(asksTranslation('外国人问能不能刷卡 英文怎么说', 'zh')).toBe(false);
    expect(asksTranslation('the receipt is in english', 'en')).toBe(false);
    expect(asksTranslation('upgrade notice came in english', 'en')).toBe(false);
    expect(asksTranslation("pos provider's hotline in english", 'en')).toBe(false);
    // On the English pages, an English phrase "in English" asks for help in English, not a word.
    expect(asksTranslation('upgrade scam in english', 'en')).toBe(false);
    expect(asksTranslation('insert card in chinese please', 'en')).toBe(true);
    expect(asksTranslation('how do you write refund in chinese', 'en')).toBe(true);
    expect(asksTranslation('what do you call the merchant number in chinese', 'en')).toBe(true);
    expect(asksTranslation('how do you say sorry the machine is being upgraded to a customer', 'en')).toBe(false);
    expect(asksTranslation('got a text in chinese saying my machine will be switched off, is it real', 'en')).toBe(false);
    expect(asksTranslation('got a letter in chinese', 'en')).toBe(false);
    expect(asksTranslation('where can i look up the response codes in english', 'en')).toBe(false);
  });

  it('searches the frame as a word that leads to the glossary, and keeps the term asked about', () => {
    expect(translationAsGlossary('冲正用英语怎么说', 'zh')).toBe('冲正 意思');
    expect(translationAsGlossary("what's the chinese word for payout", 'en')).toBe('glossary payout');
    expect(translationAsGlossary('in chinese', 'en')).toBe('glossary');
    expect(translationAsGlossary('merchant id in chinese', 'en')).toBe('merchant id glossary');
    expect(translationAsGlossary('how do you say insert your card in chinese', 'en')).toBe('glossary insert your card glossary');
    expect(translationAsGlossary('got a text in chinese', 'en')).toBe('got a text in chinese');
    expect(translationAsGlossary('刷不了卡', 'zh')).toBe('刷不了卡');
  });
});
