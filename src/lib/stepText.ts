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

/** A step's body as HTML, rendered by satteri, the Markdown engine Astro itself builds the answers with. */
export function stepHtml(body: string, id: string): string | undefined {
  const markdown = stepMarkdown(body, id);
  return markdown === undefined ? undefined : markdownToHtml(markdown).html;
}
