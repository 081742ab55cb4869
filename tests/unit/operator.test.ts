import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOperator } from '../../src/lib/siteData';
import { fill, operatorContact, telHref, websiteLabel } from '../../src/lib/operatorContact';

const fixtures = join(import.meta.dirname, '../fixtures');
const empty = readFileSync(join(fixtures, 'valid-site/content/operator.yaml'), 'utf8');
const filled = readFileSync(join(fixtures, 'operator/filled.yaml'), 'utf8');

/** The filled fixture with one line replaced. */
const filledWith = (from: RegExp, to: string) => {
  const changed = filled.replace(from, to);
  expect(changed).not.toBe(filled);
  return changed;
};

describe('content/operator.yaml', () => {
  it('left empty (the shipped template), means no operator', () => {
    expect(parseOperator(empty)).toEqual({ ok: true, data: null });
    expect(parseOperator('')).toEqual({ ok: true, data: null });
  });

  it('filled in, gives the operator in both languages', () => {
    expect(parseOperator(filled)).toEqual({
      ok: true,
      data: {
        name: { zh: '示例银行 POS 服务中心', en: 'Example Bank POS Service Centre' },
        hotline: '400-000-0000',
        hours: { zh: '每天 8:00–22:00', en: '8 am to 10 pm daily' },
        website: 'https://www.example.cn/pos/',
      },
    });
  });

  it('needs only the name and the hotline', () => {
    const minimal = 'name:\n  zh: 示例协会\n  en: Example Association\nhotline: "95000"\n';
    expect(parseOperator(minimal)).toEqual({ ok: true, data: { name: { zh: '示例协会', en: 'Example Association' }, hotline: '95000' } });
  });

  it.each([
    ['a website that is not a web address', filledWith(/^website: .*$/m, 'website: www.example.cn'), 'website', /https:\/\//],
    ['a website on another scheme', filledWith(/^website: .*$/m, 'website: ftp://example.cn'), 'website', /https:\/\//],
    ['a hotline with letters', filledWith(/^hotline: .*$/m, 'hotline: "400-POS-HELP"'), 'hotline', /only digits/],
    ['a hotline too short to dial', filledWith(/^hotline: .*$/m, 'hotline: "110"'), 'hotline', /5 to 20 digits/],
    ['a hotline YAML reads as a number', filledWith(/^hotline: .*$/m, 'hotline: 01012345678'), 'hotline', /in quotes/],
    ['a name in one language only', filledWith(/^ {2}en: Example Bank.*$/m, '  en:'), 'name.en', /both languages \(en is empty\)/],
    ['service hours in one language only', filledWith(/^ {2}zh: 每天.*$/m, '  zh:'), 'hours.zh', /both languages/],
    ['an operator without a hotline', filledWith(/^hotline: .*$/m, 'hotline:'), 'hotline', /hotline is needed/],
    ['a misspelt field', filledWith(/^hotline:/m, 'hotine:'), 'hotine', /Unrecognized key: "hotine"/],
  ])('rejects %s, naming the field', (_name, source, field, message) => {
    const read = parseOperator(source);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toContainEqual({ file: 'content/operator.yaml', field, message: expect.stringMatching(message) });
  });

  it('rejects YAML that does not parse', () => {
    expect(parseOperator('name: [zh')).toMatchObject({ ok: false, problems: [{ file: 'content/operator.yaml', field: '(yaml)' }] });
  });
});

describe('operatorContact', () => {
  it('is null when the settings are empty, so callers show the sticker fallback', () => {
    expect(operatorContact(null, 'zh')).toBeNull();
  });

  it('gives the operator in the page language, with a dialable link and a readable address', () => {
    const read = parseOperator(filled);
    const operator = read.ok ? read.data : null;
    expect(operatorContact(operator, 'en')).toEqual({
      name: 'Example Bank POS Service Centre',
      hotline: '400-000-0000',
      tel: 'tel:4000000000',
      hours: '8 am to 10 pm daily',
      website: { href: 'https://www.example.cn/pos/', label: 'www.example.cn/pos/' },
    });
    expect(operatorContact(operator, 'zh')).toMatchObject({ name: '示例银行 POS 服务中心', hours: '每天 8:00–22:00' });
  });

  it.each([
    ['95516', 'tel:95516'],
    ['400-820-0000', 'tel:4008200000'],
    ['+86 (10) 1234 5678', 'tel:+861012345678'],
  ])('telHref(%j) is %j', (hotline, expected) => expect(telHref(hotline)).toBe(expected));

  it.each([
    ['https://www.example.cn/', 'www.example.cn'],
    ['https://example.cn/pos/?from=footer', 'example.cn/pos/?from=footer'],
  ])('websiteLabel(%j) is %j', (url, expected) => expect(websiteLabel(url)).toBe(expected));

  it('fills the slots of a dictionary sentence and leaves unknown ones visible', () => {
    expect(fill('本站由{name}提供', { name: '示例银行' })).toBe('本站由示例银行提供');
    expect(fill('Call {name} on {hotline}', { name: 'X' })).toBe('Call X on {hotline}');
  });
});

describe('one wrong hotline', () => {
  it('gets one message, not one per rule', () => {
    const read = parseOperator(filledWith(/^hotline: .*$/m, 'hotline: "400-POS-HELP"'));
    expect(read.ok ? [] : read.problems.map((p) => p.field)).toEqual(['hotline']);
  });
});
