import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGlossary } from '../../src/lib/siteData';
import { glossaryKeywords } from '../../src/lib/glossary';

const valid = readFileSync(join(import.meta.dirname, '../fixtures/valid-site/content/glossary.yaml'), 'utf8');

/** The valid fixture with one change; the change must apply. */
const changed = (from: string | RegExp, to: string) => {
  const source = valid.replace(from, to);
  expect(source).not.toBe(valid);
  return source;
};

describe('content/glossary.yaml', () => {
  it('accepts the fixture, in order, with aka defaulting to []', () => {
    const read = parseGlossary(valid);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.data.map((g) => [g.group, g.terms.map((t) => t.id)])).toEqual([['terminal', ['qiandao', 'jiesuan']], ['slip', ['shanghuhao']]]);
    expect(read.data[0]?.terms[1]?.aka).toEqual([]);
  });

  it.each([
    ['a term without its English meaning', changed("        en: The terminal's end-of-day close.\n", ''), 'term "jiesuan" › meaning.en', /missing or empty/],
    ['a term without its English name', changed('      en: Merchant ID\n', ''), 'term "shanghuhao" › en', /missing or empty/],
    ['an empty Chinese meaning', changed('        zh: 机器上的结账。', '        zh: ""'), 'term "jiesuan" › meaning.zh', /missing or empty/],
    ['a term without an id', changed('    - id: jiesuan\n      zh', '    - zh'), 'group "terminal" › term 2 › id', /missing or empty/],
    ['a non-ASCII id', changed('id: qiandao', 'id: 签到'), 'term "签到" › id', /lower-case ASCII/],
    ['a group title in one language', changed('{ zh: 签购单上的名目, en: What the sales slip shows }', '{ zh: 签购单上的名目 }'), 'group "slip" › title › en', /missing or empty/],
    ['pinyin with Chinese in it', changed('pinyin: qiāndào', 'pinyin: 签到'), 'term "qiandao" › pinyin', /tone marks/],
    ['a misspelt field', changed('      aka: [请先签到]', '      also: [请先签到]'), 'term "qiandao" › also', /Unrecognized key/],
  ])('rejects %s, naming the entry and field', (_name, source, field, message) => {
    const read = parseGlossary(source);
    expect(read.ok ? [] : read.problems).toContainEqual({ file: 'content/glossary.yaml', field, message: expect.stringMatching(message) });
  });

  it('rejects a duplicate id, naming both entries', () => {
    const read = parseGlossary(changed('id: shanghuhao', 'id: qiandao'));
    expect(read.ok ? [] : read.problems).toEqual([{ file: 'content/glossary.yaml', field: 'term "qiandao"', message: 'id "qiandao" is also used by term "qiandao"' }]);
  });

  it('rejects a term id equal to a group id or to an id the page uses', () => {
    const read = parseGlossary(changed('id: jiesuan', 'id: slip').replace('id: shanghuhao', 'id: main'));
    expect(read.ok ? [] : read.problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'group "slip": id "slip" is also used by term "slip"',
      'term "main": id "main" is used by the page itself',
    ]);
  });

  it('rejects an empty file', () => {
    expect(parseGlossary('# nothing yet\n')).toMatchObject({ ok: false, problems: [{ field: '(file)', message: expect.stringMatching(/expected array/) }] });
  });
});

describe('glossaryKeywords', () => {
  it('writes the questions people type, as whole phrases', () => {
    expect(glossaryKeywords({ zh: '签到', en: 'Sign in', aka: ['请先签到'] }, 'zh')).toEqual(['签到是什么意思', '请先签到是什么意思']);
    expect(glossaryKeywords({ zh: '商户号', en: 'Merchant ID (MID)', aka: [] }, 'en')).toEqual(['what is 商户号', '商户号 meaning', 'Merchant ID in Chinese']);
  });
});
