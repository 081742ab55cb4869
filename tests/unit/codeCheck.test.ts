import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, formatProblems } from '../../src/lib/contentCheck';

const fixture = join(import.meta.dirname, '../fixtures/valid-site');
const pin = 'content/codes/55.yaml';
const stolen = 'content/codes/43.yaml';
let workDir: string | undefined;

/** A copy of the valid fixture with one change applied, checked. */
function checkWith(change: (root: string) => void) {
  workDir = mkdtempSync(join(tmpdir(), 'code-check-'));
  cpSync(fixture, workDir, { recursive: true });
  change(workDir);
  return checkContent(workDir);
}
const edit = (file: string, transform: (text: string) => string) => (root: string) =>
  writeFileSync(join(root, file), transform(readFileSync(join(root, file), 'utf8')));

afterEach(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
  workDir = undefined;
});

describe('checkContent on response codes', () => {
  it('accepts the valid fixture, codes included', () => {
    expect(checkContent(fixture)).toEqual([]);
  });

  it.each([
    ['a missing translation', pin, (t: string) => t.replace(/^en:[\s\S]*$/m, ''), 'en', /expected object/],
    ['a missing text in one language', pin, (t: string) => t.replace(/^ {2}customer: Could.*\n/m, ''), 'en.customer', /expected string/],
    ['an empty "what to do now"', pin, (t: string) => t.replace('doNow: [请顾客再输一次密码。]', 'doNow: []'), 'zh.doNow', /too small/i],
    ['an unknown group', pin, (t: string) => t.replace('group: customer', 'group: customers'), 'group', /expected one of/],
    ['an unknown retry value', pin, (t: string) => t.replace('retry: now', 'retry: soon'), 'retry', /expected one of/],
    ['an unknown "who"', pin, (t: string) => t.replace('who: [cardholder]', 'who: [bank]'), 'who.0', /expected one of/],
    ['a code that is not two characters', pin, (t: string) => t.replace('code: "55"', 'code: "5"'), 'code', /two characters/],
    ['a code in lower case', pin, (t: string) => t.replace('code: "55"', 'code: "a0"'), 'code', /two characters/],
    ['a code that does not match its file name', pin, (t: string) => t.replace('code: "55"', 'code: "56"'), 'code', /"56" does not match the file name \(expected "55"\)/],
    ['an unknown field (typo)', pin, (t: string) => t.replace('otherWay:', 'otherway:'), 'otherWay', /expected one of/],
    ['a related link to a missing answer', pin, (t: string) => t.replace('settlement/money-late', 'settlement/money-lost'), 'related[1]', /no answer "settlement\/money-lost"/],
    ['a related link to a missing step', pin, (t: string) => t.replace('card-fails#restart', 'card-fails#reboot'), 'related[0]', /no step "#reboot" in failed-swipes\/card-fails/],
    ['a malformed related link', pin, (t: string) => t.replace('settlement/money-late', 'money-late'), 'related.1', /<section>\/<answer id>/],
    ['an accusing customer text on a stolen-card code', stolen, (t: string) => t.replace('暂时没法在这里付款', '已经挂失'), 'zh.customer', /must stay neutral; remove: 挂失/],
    ['an accusing English customer text', stolen, (t: string) => t.replace("can't be used here", 'was reported stolen'), 'en.customer', /remove: stolen/],
    ['an upgrade code without an upgrade note', stolen, (t: string) => t.replace('upgrade: low', 'upgrade: high'), 'zh.upgradeNote', /required: upgrade is "high"/],
    ['an upgrade code without a link to the upgrade answers', pin, (t: string) => t.replace('upgrade: low', 'upgrade: medium'), 'related', /link at least one upgrade answer/],
    ['a Chinese line among the English screen texts', pin, (t: string) => t.replace('screen: [密码错]', 'screen: [密码错]\nscreenEn: [Incorrect PIN, 密码错]'), 'screenEn.1', /must be English/],
    ['English screen texts for a code that shows none', pin, (t: string) => t.replace('screen: [密码错]', 'screen: []\nscreenEn: [Incorrect PIN]'), 'screenEn', /no screen text/],
    ['invalid YAML', pin, (t: string) => t.replace('retry: now', 'retry: [now'), '(yaml)', /not valid YAML/],
  ])('rejects %s, naming the code file and the field', (_name, file, transform, field, message) => {
    const problems = checkWith(edit(file, transform));
    expect(problems).toContainEqual({ file, field, message: expect.stringMatching(message) });
  });

  it('rejects a duplicate code and a badly named file', () => {
    const problems = checkWith((root) => {
      cpSync(join(root, pin), join(root, 'content/codes/5x.yaml'));
      renameSync(join(root, stolen), join(root, 'content/codes/43.yml'));
    });
    expect(problems).toContainEqual({ file: 'content/codes/5x.yaml', field: 'code', message: '"55" does not match the file name (expected "5X")' });
    expect(problems).toContainEqual({ file: 'content/codes/43.yml', field: '(file name)', message: expect.stringMatching(/lower case plus \.yaml/) });
  });

  it('rejects a missing codes folder', () => {
    const problems = checkWith((root) => rmSync(join(root, 'content/codes'), { recursive: true }));
    expect(formatProblems(problems)).toBe('  content/codes › (folder): missing: the response-code pages are built from it');
  });
});
