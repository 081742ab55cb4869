import { markdownToHtml } from 'satteri';

/**
 * The Markdown body of one `<Step id="…">` in an answer's MDX source, or undefined. Step bodies
 * are plain Markdown (content/README.md), so the text between the tags is all there is.
 * @example stepMarkdown('<Step id="a" title="A">\n\nDo **this**.\n\n</Step>', 'a') // 'Do **this**.'
 */
export function stepMarkdown(body: string, id: string): string | undefined {
  for (const match of body.matchAll(/<Step\b([^>]*)>([\s\S]*?)<\/Step>/g)) {
    if (new RegExp(`\\bid\\s*=\\s*["']${id}["']`).test(match[1] ?? '')) return (match[2] ?? '').trim();
  }
  return undefined;
}

/**
 * A step's body as HTML, rendered by satteri, the Markdown engine Astro itself builds the answers
 * with. Links in answers are relative to the answer's page (`#step`, `../id/#step`), so they are
 * resolved against `pagePath` to keep working on the page that quotes the step.
 * @example stepHtml('<Step id="a" title="A">\n\nSee [this](#b).\n\n</Step>', 'a', '/zh/s/q/') // '<p>See <a href="/zh/s/q/#b">this</a>.</p>\n'
 */
export function stepHtml(body: string, id: string, pagePath: string): string | undefined {
  const markdown = stepMarkdown(body, id);
  if (markdown === undefined) return undefined;
  return markdownToHtml(markdown).html.replace(/<a href="([^"]*)"/g, (tag, href: string) => {
    if (/^[a-z]+:|^\/\//i.test(href) || href.startsWith('/')) return tag;
    const url = new URL(href.replace(/&amp;/g, '&'), new URL(pagePath, 'https://site.invalid'));
    return `<a href="${url.pathname}${url.hash}"`;
  });
}

/**
 * Some of our own HTML as plain text, cut to `max` characters, for a meta description. Inline tags
 * vanish without a space (Chinese has none between words), block tags leave one.
 * @example plainText('<p><strong>看</strong>信号</p>') // '看信号'
 */
export function plainText(html: string, max = 150): string {
  const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
  const text = html
    .replace(/<\/?(?:strong|em|b|i|a|code)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => entities[entity] ?? entity)
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
