/**
 * A page's visible text cut into its parts: the introduction (short answer, first paragraphs)
 * and one part per step, from the Pagefind fragment. In the browser Pagefind hands back the
 * content without the zero-width spaces its word `location`s count, so parts are found by
 * their headings, in order, instead.
 */
export interface PagePart {
  /** The step's anchor id; undefined for the introduction. */
  id: string | undefined;
  heading: string;
  text: string;
}

export interface Anchor {
  id?: string;
  element: string;
  text: string;
  location: number;
}

/**
 * Where `heading` starts in `content` at or after `from`, and where it (and the full stop
 * Pagefind adds) ends. Spaces may differ ("POS 机" in a title, "POS机" in the text): ignored.
 */
function locate(content: string, heading: string, from: number): [number, number] | undefined {
  const chars = [...heading.replace(/\s+/g, '')].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (chars.length === 0) return undefined;
  const pattern = new RegExp(`${chars.join('\\s*')}\\s*\\.?\\s*`, 'g');
  pattern.lastIndex = from;
  const match = pattern.exec(content);
  return match ? [match.index, match.index + match[0].length] : undefined;
}

export function pageParts(content: string, anchors: readonly Anchor[], title: string): PagePart[] {
  const text = content.replace(/\u200b/g, '');
  const steps = anchors.filter((a) => a.id && a.element !== 'h1').sort((a, b) => a.location - b.location);
  const titleAt = locate(text, title, 0);
  let cursor = titleAt?.[1] ?? 0;
  const found: { anchor: Anchor; start: number; body: number }[] = [];
  for (const anchor of steps) {
    const at = locate(text, anchor.text, cursor);
    if (!at) continue;
    found.push({ anchor, start: at[0], body: at[1] });
    cursor = at[1];
  }
  const parts: PagePart[] = [{ id: undefined, heading: title, text: text.slice(titleAt?.[1] ?? 0, found[0]?.start ?? text.length).trim() }];
  found.forEach(({ anchor, body }, i) => parts.push({ id: anchor.id, heading: anchor.text, text: text.slice(body, found[i + 1]?.start ?? text.length).trim() }));
  return parts;
}
