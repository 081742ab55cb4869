/**
 * A page's visible text cut into its parts: the introduction (short answer, first paragraphs)
 * and one part per step, from the Pagefind fragment. The fragment's text has lost the
 * zero-width spaces Pagefind's word `location`s count, and its anchors (the build drops them:
 * the search data already lists each page's steps), so parts are found by their headings, in order.
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
 * A step that links to a later one by its heading (见打电话前准备好这些信息。) holds the same
 * words: the heading itself stands as a block, after a sentence's end and before Pagefind's
 * full stop, so such an occurrence wins over an earlier one inside a sentence.
 */
function locate(content: string, heading: string, from: number): [number, number] | undefined {
  const chars = [...heading.replace(/\s+/g, '')].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (chars.length === 0) return undefined;
  const pattern = new RegExp(`${chars.join('\\s*')}(\\s*\\.(?![0-9A-Za-z]))?\\s*`, 'g');
  pattern.lastIndex = from;
  let best: { at: [number, number]; block: number } | undefined;
  for (let match = pattern.exec(content); match; match = pattern.exec(content)) {
    const before = content.slice(Math.max(0, match.index - 2), match.index);
    const block = (match[1] ? 1 : 0) + (match.index === 0 || /[.。！？!?:：]\s*$/.test(before) ? 1 : 0);
    if (!best || block > best.block) best = { at: [match.index, match.index + match[0].length], block };
    if (block === 2) break;
  }
  return best?.at;
}

/** Cuts a page's text into its parts; `steps` are its [anchor id, heading] pairs in page order, as the search data lists them. */
export function pageParts(content: string, steps: readonly (readonly [id: string, heading: string])[], title: string): PagePart[] {
  const text = content.replace(/\u200b/g, '');
  const titleAt = locate(text, title, 0);
  let cursor = titleAt?.[1] ?? 0;
  const found: { id: string; heading: string; start: number; body: number }[] = [];
  for (const [id, heading] of steps) {
    const at = locate(text, heading, cursor);
    if (!at) continue;
    found.push({ id, heading, start: at[0], body: at[1] });
    cursor = at[1];
  }
  const parts: PagePart[] = [{ id: undefined, heading: title, text: text.slice(titleAt?.[1] ?? 0, found[0]?.start ?? text.length).trim() }];
  found.forEach(({ id, heading, body }, i) => parts.push({ id, heading, text: text.slice(body, found[i + 1]?.start ?? text.length).trim() }));
  return parts;
}
