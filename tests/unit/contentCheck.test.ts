import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, formatProblems } from '../../src/lib/contentCheck';

const fixture = join(import.meta.dirname, '../fixtures/valid-site');
const zhCard = 'content/failed-swipes/zh/card-fails.mdx';
const enCard = 'content/failed-swipes/en/card-fails.mdx';
let workDir: string | undefined;

/** A copy of the valid fixture with one change applied, checked. */
function checkWith(change: (edit: (file: string, transform: (text: string) => string) => void, root: string) => void) {
  workDir = mkdtempSync(join(tmpdir(), 'content-check-'));
  cpSync(fixture, workDir, { recursive: true });
  const root = workDir;
  change((file, transform) => writeFileSync(join(root, file), transform(readFileSync(join(root, file), 'utf8'))), root);
  return checkContent(root);
}

afterEach(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
  workDir = undefined;
});

describe('checkContent', () => {
  it('accepts the valid fixture', () => {
    expect(checkContent(fixture)).toEqual([]);
  });

  it.each([
    ['a missing field', zhCard, (t: string) => t.replace(/^summary:.*\n/m, ''), zhCard, 'summary', /expected string/],
    ['a mistyped field', zhCard, (t: string) => t.replace('order: 1', 'order: first'), zhCard, 'order', /expected number/],
    ['a retired field (keywords: synonyms live in the lexicon)', enCard, (t: string) => t.replace('order: 1', 'order: 1\nkeywords: [card declined]'), enCard, '(frontmatter)', /Unrecognized key: "keywords"/],
    ['a bad date', zhCard, (t: string) => t.replace('2026-11-25', '25/11/2026'), zhCard, 'updated', /date such as 2026-11-25/],
    ['missing frontmatter', zhCard, (t: string) => t.replace(/^---[\s\S]*?---\n/, ''), zhCard, '(frontmatter)', /no frontmatter/],
    ['invalid YAML', zhCard, (t: string) => t.replace('order: 1', 'order: [1'), zhCard, '(frontmatter)', /not valid YAML/],
    ['a related id that does not exist', enCard, (t: string) => t.replace('[money-late]', '[money-lost]'), enCard, 'related[0]', /no question with id "money-lost"/],
    ['an anchor in one language only', enCard, (t: string) => t.replace('id="restart"', 'id="reboot"'), enCard, '<Step id="reboot">', /in en only/],
    ['an anchor twice on a page', zhCard, (t: string) => t.replace('id="restart"', 'id="check-network"'), zhCard, '<Step id="check-network"> (line 17)', /appears twice/],
    ['a non-ASCII anchor', zhCard, (t: string) => t.replace('id="restart"', 'id="重启"'), zhCard, '<Step id="重启"> (line 17)', /lower-case ASCII/],
    ['a step with the retired keywords attribute', zhCard, (t: string) => t.replace('id="restart" ', 'id="restart" keywords={["死机"]} '), zhCard, '<Step> (line 17)', /unknown attribute keywords: search words go in content\/search\/lexicon.yaml/],
    ['a step without a literal id', zhCard, (t: string) => t.replace('id="restart" ', ''), zhCard, '<Step> (line 17)', /no literal id/],
    ['a link to a step that does not exist', zhCard, (t: string) => t.replace('](#check-network)', '](#no-such-step)'), zhCard, 'link "#no-such-step" (line 9)', /no <Step id="no-such-step"> in content\/failed-swipes\/zh\/card-fails.mdx/],
    ['a link to an answer that does not exist', enCard, (t: string) => t.replace('../../settlement/money-late/', '../money-late/'), enCard, 'link "../money-late/" (line 9)', /no en answer failed-swipes\/money-late/],
    ['a link from the site root (breaks under a sub-path)', zhCard, (t: string) => t.replace('](#check-network)', '](/zh/failed-swipes/card-fails/#check-network)'), zhCard, 'link "/zh/failed-swipes/card-fails/#check-network" (line 9)', /relative/],
    ['a link without its trailing slash', enCard, (t: string) => t.replace('settlement/money-late/', 'settlement/money-late'), enCard, 'link "../../settlement/money-late" (line 9)', /trailing slash/],
    ['a link to a response code that does not exist', zhCard, (t: string) => t.replace('](#check-network)', '](../../codes/99/)'), zhCard, 'link "../../codes/99/" (line 9)', /no response code 99/],
    ['a link into the codes that is not a code page', zhCard, (t: string) => t.replace('](#check-network)', '](../../codes/43)'), zhCard, 'link "../../codes/43" (line 9)', /trailing slash/],
    ['a link to another site', enCard, (t: string) => t.replace('](#check-network)', '](https://example.com/)'), enCard, 'link "https://example.com/" (line 9)', /only to pages of this site/],
    ['a pointer step (see) to a step that does not exist', zhCard, (t: string) => t.replace('id="restart" ', 'id="restart" see="../../settlement/money-late/#no-such-step" '), zhCard, 'link "../../settlement/money-late/#no-such-step" (line 17)', /no <Step id="no-such-step">/],
    ['a step without a literal title', enCard, (t: string) => t.replace(' title="Restart"', ''), enCard, '<Step> (line 17)', /no literal title/],
    // The answer body itself: rendered to HTML at content sync (src/lib/answerMdx), so what it cannot render is named here first.
    ['an unknown component', zhCard, (t: string) => t.replace('<Step id="restart" title="重启">', '<Tip title="重启">').replace('关机再开机。\n\n</Step>', '关机再开机。\n\n</Tip>'), zhCard, 'body (line 17)', /unknown component <Tip>: an answer may use <Step>, <Callout>, <OperatorContact>/],
    ['an unclosed component (malformed MDX)', zhCard, (t: string) => t.replace(/<\/Step>\s*$/, ''), zhCard, 'body (line 17)', /malformed MDX: Expected a closing tag for `<Step>`/],
    ['a callout without a title', enCard, (t: string) => t.replace('<Step id="restart"', '<Callout>\n\nFirst.\n\n</Callout>\n\n<Step id="restart"'), enCard, 'body (line 17)', /<Callout> needs title="…"/],
    ['a callout title that is not a quoted string', enCard, (t: string) => t.replace('<Step id="restart"', '<Callout title={"First"}>\n\nFirst.\n\n</Callout>\n\n<Step id="restart"'), enCard, 'body (line 17)', /<Callout title> must be a quoted string/],
    ['an operator contact with attributes', zhCard, (t: string) => t.replace('看看信号。', '看看信号。\n\n<OperatorContact lang="en" />'), zhCard, 'body (line 15)', /<OperatorContact> does not take "lang"/],
    ['a JavaScript expression', zhCard, (t: string) => t.replace('看看信号。', '看看信号 {1 + 1}。'), zhCard, 'body (line 13)', /a \{…\} expression: answers run no JavaScript/],
    ['an import', zhCard, (t: string) => t.replace('先别急', "import Tip from './tip.astro';\n\n先别急"), zhCard, 'body (line 9)', /import\/export/],
    ['related differing between languages', zhCard, (t: string) => t.replace('related: [money-late]\n', ''), zhCard, 'related', /differs between/],
  ])('rejects %s', (_name, file, transform, expectedFile, field, message) => {
    const problems = checkWith((edit) => edit(file, transform));
    expect(problems).toContainEqual({ file: expectedFile, field, message: expect.stringMatching(message) });
  });

  it('rejects a question that exists in one language only', () => {
    const problems = checkWith((_edit, root) => rmSync(join(root, 'content/settlement/en/money-late.mdx')));
    expect(problems).toContainEqual({
      file: 'content/settlement/zh/money-late.mdx',
      field: 'translation',
      message: 'no en version: expected content/settlement/en/money-late.mdx',
    });
  });

  it('rejects a question id used in two sections', () => {
    const problems = checkWith((_edit, root) => {
      for (const lang of ['zh', 'en']) {
        cpSync(join(root, `content/settlement/${lang}/money-late.mdx`), join(root, `content/ic-card-upgrade/${lang}/money-late.mdx`));
      }
    });
    expect(problems).toContainEqual({
      file: 'content/settlement/zh/money-late.mdx',
      field: 'id',
      message: 'duplicate question id "money-late" (also content/ic-card-upgrade/zh/money-late.mdx)',
    });
  });

  it('rejects a missing section.yaml and an unknown section folder', () => {
    const problems = checkWith((_edit, root) => {
      rmSync(join(root, 'content/settlement/section.yaml'));
      cpSync(join(root, 'content/settlement'), join(root, 'content/refunds'), { recursive: true });
    });
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual(
      expect.arrayContaining(['content/settlement/section.yaml (file)', 'content/refunds (folder)']),
    );
  });

  it('checks the operator settings and the glossary with the content, naming file and field', () => {
    const problems = checkWith((_edit, root) => {
      cpSync(join(import.meta.dirname, '../fixtures/operator/filled.yaml'), join(root, 'content/operator.yaml'));
      writeFileSync(join(root, 'content/operator.yaml'), readFileSync(join(root, 'content/operator.yaml'), 'utf8').replace(/^website: .*$/m, 'website: example.cn'));
      writeFileSync(join(root, 'content/glossary.yaml'), readFileSync(join(root, 'content/glossary.yaml'), 'utf8').replace('id: jiesuan', 'id: qiandao'));
    });
    expect(formatProblems(problems)).toBe(
      [
        '  content/operator.yaml › website: a full web address starting with https:// (or http://), e.g. https://www.example.cn',
        '  content/glossary.yaml › term "qiandao": id "qiandao" is also used by term "qiandao"',
      ].join('\n'),
    );
  });

  it('needs the operator settings and the glossary files', () => {
    const problems = checkWith((_edit, root) => {
      rmSync(join(root, 'content/operator.yaml'));
      rmSync(join(root, 'content/glossary.yaml'));
    });
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual(['content/operator.yaml (file)', 'content/glossary.yaml (file)']);
  });

  it('reports a broken file once, not again as a missing translation', () => {
    const problems = checkWith((edit) => edit(zhCard, (t) => t.replace('order: 1', 'order: -1')));
    expect(problems).toHaveLength(1);
    expect(formatProblems(problems)).toBe(`  ${zhCard} › order: Too small: expected number to be >0`);
  });
});
