import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderAnswer } from '../../src/lib/answerMdx/render';
import { checkAnswerMdx } from '../../src/lib/answerMdx/check';
import { parseOperator } from '../../src/lib/siteData';

const fixtures = join(import.meta.dirname, '../fixtures');
const source = readFileSync(join(fixtures, 'answers/all-components.mdx'), 'utf8');
const filledRead = parseOperator(readFileSync(join(fixtures, 'operator/filled.yaml'), 'utf8'));
const filled = filledRead.ok ? filledRead.data : null;

describe('renderAnswer: each component as the Astro components rendered it', () => {
  // The .html files were rendered from the same MDX by @astrojs/mdx with the former Step, Callout and
  // OperatorContact .astro components (Astro's scoping attributes removed), before this renderer existed.
  it.each([
    ['zh', 'no operator', null, 'all-components.zh.html'],
    ['en', 'no operator', null, 'all-components.en.html'],
    ['zh', 'an operator', filled, 'all-components.zh.operator.html'],
    ['en', 'an operator', filled, 'all-components.en.operator.html'],
  ] as const)('%s with %s', (lang, _label, operator, golden) => {
    expect(renderAnswer(source, { lang, operator }).html).toBe(readFileSync(join(fixtures, 'answers', golden), 'utf8'));
  });

  it('lists the steps as the headings, in order, with their ids as slugs', () => {
    expect(renderAnswer(source, { lang: 'en', operator: null }).headings).toEqual([
      { depth: 2, slug: 'first', text: "Customer's card & the chip" },
      { depth: 2, slug: 'second', text: 'Sign in' },
    ]);
  });

  it('escapes a title in text and in attributes the way Astro does', () => {
    const { html } = renderAnswer('<Step id="a" title={"<b> & \\"x\\""}>\n\nx\n\n</Step>', { lang: 'en', operator: null });
    expect(html).toContain('<h2 id="a">&lt;b&gt; &amp; &quot;x&quot;</h2>');
    expect(html).toContain('aria-label="Copy link to this step: <b> &amp; &quot;x&quot;"');
  });

  it('leaves a pointer step (see) out of the search index, and only that step', () => {
    const { html } = renderAnswer('<Step id="a" title="A" see="../b/#c">\n\nSee [B](../b/#c).\n\n</Step>\n\n<Step id="d" title="D">\n\nd\n\n</Step>', { lang: 'en', operator: null });
    expect(html).toContain('<div class="step" data-pagefind-ignore><div class="step-heading"><h2 id="a">A</h2>');
    expect(html).toContain('<div class="step"><div class="step-heading"><h2 id="d">D</h2>');
  });

  it('gives the operator contact in the page language, with a dialable number', () => {
    const { html } = renderAnswer('<OperatorContact />', { lang: 'zh', operator: filled });
    expect(html).toBe('<p class="operator-contact">请打<strong>示例银行 POS 服务中心</strong>的客服电话 <a href="tel:4000000000">400-000-0000</a>（每天 8:00–22:00）。网站：<a href="https://www.example.cn/pos/">www.example.cn/pos/</a></p>');
  });
});

describe('renderAnswer: what it refuses (the content check names these first)', () => {
  const render = (body: string) => () => renderAnswer(body, { lang: 'en', operator: null });
  it.each([
    ['an unknown component', '<Tip>\n\nx\n\n</Tip>', /Tip/],
    ['malformed MDX', '<Step id="a" title="A">\n\nx\n', /Expected a closing tag for `<Step>`/],
    ['a step without an id', '<Step title="A">\n\nx\n\n</Step>', /<Step> needs id="…"/],
    ['a step without a title', '<Step id="a">\n\nx\n\n</Step>', /<Step> needs title="…"/],
    ['a callout without a title', '<Callout>\n\nx\n\n</Callout>', /<Callout> needs title="…"/],
    ['an operator contact with attributes', '<OperatorContact lang="zh" />', /takes no attributes/],
  ])('throws on %s', (_name, body, message) => {
    expect(render(body)).toThrow(message);
  });
});

describe('checkAnswerMdx', () => {
  it('accepts the fixture that uses every component', () => {
    expect(checkAnswerMdx(source)).toEqual([]);
  });

  it('names the line in the file, counting from the first line of the body', () => {
    expect(checkAnswerMdx('Intro.\n\n<Tip>\n\nx\n\n</Tip>', 8)).toEqual([{ line: 10, message: expect.stringMatching(/^unknown component <Tip>/) }]);
    expect(checkAnswerMdx('Intro.\n\n<Callout title="A">\n\nx\n', 8)).toEqual([{ line: 10, message: expect.stringMatching(/^malformed MDX: Expected a closing tag for `<Callout>`/) }]);
  });

  it('allows plain HTML elements and leaves <Step> attributes to scanSteps', () => {
    expect(checkAnswerMdx('<Step id={x}>\n\n<kbd>F1</kbd>\n\n</Step>')).toEqual([]);
  });
});
