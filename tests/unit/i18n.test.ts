import { describe, expect, it } from 'vitest';
import { isLocale, localeCodes, locales, otherLocale } from '../../src/i18n/locales';
import { useTranslations } from '../../src/i18n/ui';
import { pickLanguage } from '../../src/scripts/languagePreference';
import { documentTitle } from '../../src/lib/documentTitle';

describe('locales', () => {
  it('offers Chinese first, then English, with their html lang tags', () => {
    expect(localeCodes).toEqual(['zh', 'en']);
    expect(locales.zh.htmlLang).toBe('zh-CN');
    expect(locales.en.htmlLang).toBe('en');
  });

  it.each([['zh', true], ['en', true], ['fr', false], ['zh-CN', false], [undefined, false], ['constructor', false]])(
    'isLocale(%j) is %j',
    (value, expected) => expect(isLocale(value)).toBe(expected),
  );

  it('switches between the two languages', () => {
    expect(otherLocale('zh')).toBe('en');
    expect(otherLocale('en')).toBe('zh');
  });
});

describe('UI dictionaries', () => {
  it('have the same keys and no empty string in either language', () => {
    const zh = useTranslations('zh');
    const en = useTranslations('en');
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const value of [...Object.values(zh), ...Object.values(en)]) expect(value.trim()).not.toBe('');
  });
});

describe('pickLanguage', () => {
  it.each([
    [null, ['zh-CN'], 'zh'],
    [null, ['en-US', 'zh-CN'], 'en'],
    [null, ['fr-FR', 'en-GB'], 'en'],
    [null, ['zh-Hant-TW'], 'zh'],
    [null, ['fr-FR'], 'zh'],
    [null, [], 'zh'],
    ['en', ['zh-CN'], 'en'],
    ['zh', ['en-US'], 'zh'],
    ['klingon', ['en-US'], 'en'],
  ] as const)('stored %j, browser %j → %s', (stored, browser, expected) => {
    expect(pickLanguage(stored, browser)).toBe(expected);
  });
});

describe('documentTitle', () => {
  it.each([
    ['Who do I call?', 'Who do I call? · UnionPay IC Card Upgrade Help'],
    ['Cards won’t go through after the POS upgrade. What should I do?', 'Cards won’t go through after the POS upgrade. What should I do?'],
    ['Will a software update affect my payouts?', 'Will a software update affect my payouts? · IC Upgrade Help'],
    ['UnionPay IC Card Upgrade Help', 'UnionPay IC Card Upgrade Help'],
  ])('%s', (title, expected) => {
    expect(documentTitle(title, 'UnionPay IC Card Upgrade Help', 'IC Upgrade Help')).toBe(expected);
  });
});
