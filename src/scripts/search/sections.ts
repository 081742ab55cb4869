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
