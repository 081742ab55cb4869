import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseOperator } from '../../src/lib/siteData';
import type { Operator } from '../../src/schemas/operator';
import { renderAnswer } from '../../src/lib/answerMdx/render';

// The components read the deployed settings; each test swaps in the state it needs.
const settings = vi.hoisted(() => ({ operator: null as Operator | null, glossary: [] }));
vi.mock('../../src/lib/siteSettings', () => settings);

const filledRead = parseOperator(readFileSync(join(import.meta.dirname, '../fixtures/operator/filled.yaml'), 'utf8'));
const filled = filledRead.ok ? filledRead.data : null;

async function render(component: 'SiteFooter', props: Record<string, unknown>) {
  const container = await AstroContainer.create();
  const module = await import(`../../src/components/${component}.astro`);
  const html = await container.renderToString(module.default, { props });
  // Compare text and links, not Astro's scoping attributes.
  return html.replace(/ data-astro-(?:cid-\w+|source-\w+="[^"]*")/g, '').replace(/\s+/g, ' ');
}

beforeEach(() => {
  settings.operator = null;
});

// In answers, <OperatorContact /> is rendered into the content store (src/lib/answerMdx), from the same settings.
describe('<OperatorContact /> (for MDX answers)', () => {
  const contact = (lang: 'zh' | 'en') => renderAnswer('<OperatorContact />', { lang, operator: settings.operator }).html;

  it('without an operator, sends merchants to the number on their terminal', () => {
    expect(contact('zh')).toContain('请打<strong>机身标签或合同上的客服电话</strong>。');
    expect(contact('en')).toContain('Call <strong>the number on your terminal’s sticker or contract</strong>.');
  });

  it('with an operator, gives its name, a dialable hotline, hours and website', () => {
    settings.operator = filled;
    const zh = contact('zh');
    expect(zh).toContain('请打<strong>示例银行 POS 服务中心</strong>的客服电话 <a href="tel:4000000000">400-000-0000</a>（每天 8:00–22:00）。');
    expect(zh).toContain('。网站：<a href="https://www.example.cn/pos/">www.example.cn/pos/</a>');
    const en = contact('en');
    expect(en).toContain('Call <strong>Example Bank POS Service Centre</strong> on <a href="tel:4000000000">400-000-0000</a> (8 am to 10 pm daily).');
    expect(en).toContain('daily). Website: <a href="https://www.example.cn/pos/">');
    expect(en).not.toContain('sticker');
  });
});

describe('<SiteFooter />', () => {
  it('without an operator, says the site is not official and where to call', async () => {
    const html = await render('SiteFooter', { langs: ['en'] });
    expect(html).toContain('This is not an official site of UnionPay, a bank or a payment company.');
    expect(html).toContain('call the number on your terminal’s sticker or contract');
    expect(html).toContain('href="/en/glossary/"');
  });

  it('with an operator, names who runs the site and their hotline, in each language of the page', async () => {
    settings.operator = filled;
    const html = await render('SiteFooter', { langs: ['zh', 'en'] });
    expect(html).toContain('本站不是中国银联的官方网站，从不收费');
    expect(html).not.toContain('银行或支付机构的官方网站');
    expect(html).toContain('运营方：示例银行 POS 服务中心 · 客服 <a href="tel:4000000000">400-000-0000</a>（每天 8:00–22:00）');
    expect(html).toContain('Run by Example Bank POS Service Centre · Hotline <a href="tel:4000000000">400-000-0000</a> (8 am to 10 pm daily)');
    expect(html).toMatch(/<div class="notice" lang="en"[^>]*>/);
  });
});
