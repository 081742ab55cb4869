import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/contentCheck';

const fixture = join(import.meta.dirname, '../fixtures/valid-site');
const lexicon = 'content/search/lexicon.yaml';
let workDir: string | undefined;

/** The valid fixture with its lexicon rewritten, checked like a build checks it. */
function checkLexiconText(transform: (text: string) => string) {
  workDir = mkdtempSync(join(tmpdir(), 'lexicon-check-'));
  cpSync(fixture, workDir, { recursive: true });
  const path = join(workDir, lexicon);
  writeFileSync(path, transform(readFileSync(path, 'utf8')));
  return checkContent(workDir);
}

afterEach(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
  workDir = undefined;
});

describe('search lexicon check', () => {
  it('accepts the valid fixture', () => {
    expect(checkLexiconText((t) => t)).toEqual([]);
  });

  it('accepts a group marked asks: true', () => {
    expect(checkLexiconText((t) => t.replace('en: [offline]', 'en: [offline]\n    asks: true'))).toEqual([]);
  });

  it('accepts a group with a step marked frames: true', () => {
    expect(checkLexiconText((t) => t.replace('en: [offline]', 'en: [offline]\n    frames: true'))).toEqual([]);
  });

  it('accepts a group with a step and a second page (also)', () => {
    expect(checkLexiconText((t) => t.replace('step: failed-swipes/card-fails#check-network', 'step: failed-swipes/card-fails#check-network\n    also: settlement/money-late'))).toEqual([]);
  });

  const both = (words: string, more = '    step: failed-swipes/card-fails#check-network\n') => (t: string) => `${t}  - both: [${words}]\n${more}`;

  it('accepts a both entry naming two groups, in either language, with a step', () => {
    expect(checkLexiconText(both('刷不了, offline'))).toEqual([]);
    expect(checkLexiconText(both('刷不了, offline', '    step: failed-swipes/card-fails#check-network\n    unlessScene: true\n'))).toEqual([]);
    expect(checkLexiconText(both('刷不了, offline', '    step: failed-swipes/card-fails#check-network\n    ordered: true\n'))).toEqual([]);
    const withFrozen = (t: string) => `${t}  - zh: [死机]\n`;
    expect(checkLexiconText((t) => both('刷不了, offline', '    step: failed-swipes/card-fails#check-network\n    unless: [死机]\n')(withFrozen(t)))).toEqual([]);
    expect(checkLexiconText((t) => both('刷不了, offline', '    step: failed-swipes/card-fails#check-network\n    onlyWith: [死机]\n    plainWords: [好好, fine]\n')(withFrozen(t)))).toEqual([]);
  });

  it.each([
    ['a both word in no group', both('刷不了, 死机'), 'groups[2] (刷不了+死机)', /both: "死机" is in no group/],
    ['a both naming one group twice', both('刷不了, declined'), 'groups[2] (刷不了+declined)', /are one group/],
    ['a both without a step', both('刷不了, 没网', ''), 'groups[2] (刷不了+没网)', /both: needs a step/],
    ['a both with words of its own', both('刷不了, 没网', '    zh: [卡住]\n    step: failed-swipes/card-fails#check-network\n'), 'groups[2] (卡住)', /has no words of its own/],
    ['a group with no words', (t: string) => `${t}  - step: failed-swipes/card-fails#restart\n`, 'groups[2] (empty)', /empty group/],
    ['an empty list', (t: string) => t.replace('en: [offline]', 'en: []'), 'groups[1] (没网).en', /empty list/],
    ['a word in two groups', (t: string) => t.replace('断网', '刷不出来'), 'groups[1] (没网)', /"刷不出来" is also in groups\[0\] \(刷不了\)/],
    ['the same word after normalising (帐/账, case)', (t: string) => t.replace('card fails', 'DECLINED'), 'groups[0] (刷不了)', /"DECLINED" appears twice/],
    ['an English word under zh', (t: string) => t.replace('断网', 'offline'), 'groups[1] (没网)', /"offline" is under zh but has no Chinese character/],
    ['a Chinese word under en', (t: string) => t.replace('card fails', '刷卡失败'), 'groups[0] (刷不了)', /"刷卡失败" is Chinese: put it under zh/],
    ['a Chinese word under any', (t: string) => t.replace('wifi', '无线'), 'groups[1] (没网)', /"无线" is Chinese/],
    ['a step on a missing page', (t: string) => t.replace('card-fails#', 'card-broken#'), 'groups[1] (没网)', /no question "failed-swipes\/card-broken"/],
    ['a step that does not exist', (t: string) => t.replace('#check-network', '#check-wifi'), 'groups[1] (没网)', /has no step "check-wifi"/],
    ['a malformed step', (t: string) => t.replace('failed-swipes/card-fails#check-network', 'check-network'), 'groups[1] (没网).step', /section\/question-id#step-id/],
    ['an unknown key', (t: string) => t.replace('any:', 'all:'), 'groups[1] (没网)', /all/],
    ['asks that is not true', (t: string) => t.replace('en: [offline]', 'en: [offline]\n    asks: yes'), 'groups[1] (没网).asks', /true/],
    ['frames without a step', (t: string) => t.replace('en: [declined', 'frames: true\n    en: [declined'), 'groups[0] (刷不了)', /frames: true needs a step/],
    ['unlessScene without both', (t: string) => t.replace('en: [offline]', 'en: [offline]\n    unlessScene: true'), 'groups[1] (没网)', /unlessScene: true belongs to a both entry/],
    ['ordered without both', (t: string) => t.replace('en: [offline]', 'en: [offline]\n    ordered: true'), 'groups[1] (没网)', /ordered: true belongs to a both entry/],
    ['unless without both', (t: string) => t.replace('en: [offline]', 'en: [offline]\n    unless: [刷不了]'), 'groups[1] (没网)', /unless: belongs to a both entry/],
    ['an unless word in no group', both('刷不了, 没网', '    step: failed-swipes/card-fails#check-network\n    unless: [死机]\n'), 'groups[2] (刷不了+没网)', /unless: "死机" is in no group/],
    ["an unless word of the pair's own", both('刷不了, 没网', '    step: failed-swipes/card-fails#check-network\n    unless: [offline]\n'), 'groups[2] (刷不了+没网)', /unless: "offline" is one of the pair's own groups/],
    ['onlyWith without both', (t: string) => t.replace('en: [offline]', 'en: [offline]\n    onlyWith: [刷不了]'), 'groups[1] (没网)', /onlyWith: belongs to a both entry/],
    ['an onlyWith word in no group', both('刷不了, 没网', '    step: failed-swipes/card-fails#check-network\n    onlyWith: [死机]\n'), 'groups[2] (刷不了+没网)', /onlyWith: "死机" is in no group/],
    ["an onlyWith word of the pair's own", both('刷不了, 没网', '    step: failed-swipes/card-fails#check-network\n    onlyWith: [offline]\n'), 'groups[2] (刷不了+没网)', /onlyWith: "offline" is one of the pair's own groups/],
    ['plainWords without onlyWith', both('刷不了, 没网', '    step: failed-swipes/card-fails#check-network\n    plainWords: [好好]\n'), 'groups[2] (刷不了+没网)', /plainWords: belongs beside onlyWith/],
    ['a plainWords word of a group', (t: string) => both('刷不了, 没网', '    step: failed-swipes/card-fails#check-network\n    onlyWith: [死机]\n    plainWords: [wifi]\n')(`${t}  - zh: [死机]\n`), 'groups[3] (刷不了+没网)', /plainWords: "wifi" is in groups\[1\] \(没网\): name that group in onlyWith instead/],
    ['a group named twice across unless and onlyWith', (t: string) => both('刷不了, 没网', '    step: failed-swipes/card-fails#check-network\n    unless: [死机]\n    onlyWith: [卡死]\n')(`${t}  - zh: [死机, 卡死]\n`), 'groups[3] (刷不了+没网)', /onlyWith: "卡死" names groups\[2\] \(死机\) again \(as unless "死机"\)/],
    ['a plainWords filler', (t: string) => both('刷不了, 没网', '    step: failed-swipes/card-fails#check-network\n    onlyWith: [死机]\n    plainWords: [咋]\n')(`${t}  - zh: [死机]\n`), 'groups[3] (刷不了+没网)', /plainWords: "咋" is a filler/],
    ['a plainWords phrase', (t: string) => both('刷不了, 没网', '    step: failed-swipes/card-fails#check-network\n    onlyWith: [死机]\n    plainWords: [works fine]\n')(`${t}  - zh: [死机]\n`), 'groups[3] (刷不了+没网)', /plainWords: "works fine" must be one word/],
    ['a plainWords word twice', (t: string) => both('刷不了, 没网', '    step: failed-swipes/card-fails#check-network\n    onlyWith: [死机]\n    plainWords: [Fine, fine]\n')(`${t}  - zh: [死机]\n`), 'groups[3] (刷不了+没网)', /plainWords: "fine" appears twice/],
    ['an empty onlyWith', both('刷不了, 没网', '    step: failed-swipes/card-fails#check-network\n    onlyWith: []\n'), 'groups[2] (刷不了+没网).onlyWith', /empty list/],
    ['also without a step', (t: string) => t.replace('en: [declined', 'also: settlement/money-late\n    en: [declined'), 'groups[0] (刷不了)', /also: needs a step/],
    ['also on a missing page', (t: string) => t.replace('#check-network', '#check-network\n    also: ic-card-upgrade/nowhere'), 'groups[1] (没网)', /also: no question "ic-card-upgrade\/nowhere"/],
    ["also on the step's own page", (t: string) => t.replace('#check-network', '#check-network\n    also: failed-swipes/card-fails'), 'groups[1] (没网)', /the step's own page/],
    ['a malformed also', (t: string) => t.replace('#check-network', '#check-network\n    also: failed-swipes/card-fails#restart'), 'groups[1] (没网).also', /section\/question-id/],
    ['invalid YAML', (t: string) => t.replace('[offline]', '[offline'), '(yaml)', /not valid YAML/],
  ])('fails on %s, naming the file and the entry', (_name, transform, field, message) => {
    const problems = checkLexiconText(transform);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ file: lexicon, field });
    expect(problems[0]?.message).toMatch(message);
  });
});
