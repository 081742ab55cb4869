import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { flowSchema } from '../../src/schemas/flow';
import { allPaths, arrivals, maxAnswersPerPath, questionsBelow, trail } from '../../src/lib/flowGraph';
import { parseTarget, targetHref, nodePath } from '../../src/lib/flowTargets';
import { plainText, stepHtml, stepMarkdown } from '../../src/lib/stepText';

const root = join(import.meta.dirname, '../..');
const flows = readdirSync(join(root, 'content/troubleshoot')).map((name) => ({
  id: name.replace(/\.yaml$/, ''),
  data: flowSchema.parse(parse(readFileSync(join(root, 'content/troubleshoot', name), 'utf8'))),
}));
const fixture = flowSchema.parse(parse(readFileSync(join(import.meta.dirname, '../fixtures/valid-site/content/troubleshoot/cards.yaml'), 'utf8')));

describe('flow graph', () => {
  it('lists every path from the start to an outcome', () => {
    expect(allPaths(fixture)).toEqual([
      ['scope', 'one-card'],
      ['scope', 'every-card', 'no-signal'],
      ['scope', 'every-card', 'signal'],
    ]);
  });

  it('knows the single way into each node, and so its trail', () => {
    expect(arrivals(fixture).get('no-signal')).toEqual({ parent: 'every-card', answer: 0 });
    expect(trail(fixture, 'no-signal')).toEqual(['scope', 'every-card', 'no-signal']);
    expect(trail(fixture, 'scope')).toEqual(['scope']);
  });

  it('counts the questions still ahead of a node', () => {
    expect(questionsBelow(fixture, 'scope')).toBe(1);
    expect(questionsBelow(fixture, 'every-card')).toBe(0);
  });

  // The routing of the published flows, as a reviewable text file: a changed route shows in the diff.
  it('routes the published flows as recorded, every path within six taps', async () => {
    const lines = flows.flatMap((flow) =>
      allPaths(flow.data).map((path) => {
        const outcome = flow.data.nodes[path.at(-1)!]!;
        expect(path.length - 1).toBeLessThanOrEqual(maxAnswersPerPath);
        return `${flow.id}: ${path.join(' > ')} => fix ${outcome.fix?.join(', ')}; then ${outcome.then?.join(', ')}`;
      }),
    );
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot('../fixtures/flow-routes.txt');
  });
});

describe('flow targets', () => {
  it.each([
    ['settlement/settlement-delays#when-to-worry', '/zh/settlement/settlement-delays/#when-to-worry'],
    ['failed-swipes/which-cards-fail', '/zh/failed-swipes/which-cards-fail/'],
    ['codes', '/zh/codes/'],
    ['codes/a0', '/zh/codes/a0/'],
  ])('%s opens %s', (value, href) => {
    expect(targetHref(parseTarget(value), 'zh', '/')).toBe(href);
  });

  it('puts node pages under the troubleshooter, with the base', () => {
    expect(nodePath('en', 'card-fails', 'scope', '/help/')).toBe('/help/en/troubleshoot/card-fails/scope/');
  });
});

describe('step text', () => {
  const body = 'Intro.\n\n<Step id="one" title="One">\n\nDo **this**:\n\n- a\n- b\n\n</Step>\n\n<Step title="Two" id="two">\n\nThen that.\n\n</Step>\n';

  it('takes the Markdown of exactly one step, whatever the attribute order', () => {
    expect(stepMarkdown(body, 'one')).toBe('Do **this**:\n\n- a\n- b');
    expect(stepMarkdown(body, 'two')).toBe('Then that.');
    expect(stepMarkdown(body, 'three')).toBeUndefined();
  });

  it('renders it as HTML and as plain text', () => {
    const html = stepHtml(body, 'one', '/zh/s/q/') ?? '';
    expect(html).toContain('<strong>this</strong>');
    expect(html).toContain('<li>a</li>');
    expect(plainText(html)).toBe('Do this: a b');
    expect(plainText('<p><strong>看</strong>信号 &amp; 网络</p>')).toBe('看信号 & 网络');
    expect(plainText('<p>abcdef</p>', 4)).toBe('abc…');
  });

  it('keeps the answer’s relative links working on the page that quotes the step', () => {
    const linked = '<Step id="one" title="One">\n\nSee [two](#two), [another](../other/#x), [a section](../../s2/y/) and [far](https://example.com/).\n\n</Step>';
    const html = stepHtml(linked, 'one', '/help/zh/s/q/') ?? '';
    expect([...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1])).toEqual(['/help/zh/s/q/#two', '/help/zh/s/other/#x', '/help/zh/s2/y/', 'https://example.com/']);
  });
});
