import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../../src/lib/frontmatter';
import { scanSteps } from '../../src/lib/stepIds';
import { splitEntryId } from '../../src/lib/entryId';

describe('readFrontmatter', () => {
  it('splits YAML from the body', () => {
    expect(readFrontmatter('---\ntitle: 刷不了卡\norder: 2\n---\n正文')).toEqual({ ok: true, data: { title: '刷不了卡', order: 2 }, body: '正文' });
  });

  it.each([
    ['no fence', 'title: x', /no frontmatter/],
    ['unclosed fence', '---\ntitle: x\n', /no frontmatter/],
    ['broken YAML', '---\ntitle: [x\n---\n', /not valid YAML/],
    ['a list instead of fields', '---\n- a\n---\n', /YAML mapping/],
  ])('rejects %s', (_name, source, message) => {
    const result = readFrontmatter(source);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});

describe('scanSteps', () => {
  it('finds steps in order, with their line numbers', () => {
    const body = 'Intro\n\n<Step id="a" title="第一步">\n\nx\n\n</Step>\n<Step title=\'B\' id=\'b\'>';
    expect(scanSteps(body, 10)).toEqual({
      steps: [{ id: 'a', title: '第一步', line: 12 }, { id: 'b', title: 'B', line: 17 }],
      problems: [],
    });
  });

  it('reports an attribute a <Step> does not take', () => {
    expect(scanSteps(`<Step id="a" title="A, with = inside" keywords={["k"]}>`).problems).toEqual([{ line: 1, message: "unknown attribute keywords: search words go in content/search/lexicon.yaml" }]);
  });

  it('reads where a pointer step sends its reader', () => {
    expect(scanSteps('<Step id="a" title="A" see="../b/#c">').steps).toEqual([{ id: 'a', title: 'A', line: 1, see: '../b/#c' }]);
  });

  it('reports a step whose id or title is not a literal string', () => {
    expect(scanSteps('<Step id={name} title="T">').problems).toEqual([{ line: 1, message: 'a <Step> has no literal id="…"' }]);
    expect(scanSteps('<Step id="a">').problems).toEqual([{ line: 1, message: 'a <Step> has no literal title="…"' }]);
  });

  it('ignores other components whose names start with Step', () => {
    expect(scanSteps('<Steps>\n<StepList id="x">')).toEqual({ steps: [], problems: [] });
  });
});

describe('splitEntryId', () => {
  it('splits lang and id', () => {
    expect(splitEntryId('en/who-to-call')).toEqual({ lang: 'en', id: 'who-to-call' });
  });

  it.each(['fr/who-to-call', 'who-to-call', 'zh/a/b'])('rejects %j', (id) => {
    expect(() => splitEntryId(id)).toThrow(/expected <lang>\/<id>/);
  });
});
