export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&nbsp;': ' ' };

function decode(html: string): string {
  // Any tag other than <mark> is dropped as markup, never rendered.
  return html.replace(/<[^>]*>/g, '').replace(/&(?:amp|lt|gt|quot|nbsp|#39|#x27);/g, (entity) => entities[entity] ?? entity);
}

/**
 * Splits a Pagefind excerpt into plain-text parts, marking the highlighted ones. Only `<mark>`
 * survives as structure; everything is returned as text, so it can be rendered with textContent.
 * @example excerptParts('a <mark>b</mark> &lt;i&gt;') // [{ text: 'a ', marked: false }, { text: 'b', marked: true }, { text: ' <i>', marked: false }]
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>' || piece === '</mark>') {
      marked = piece === '<mark>';
      continue;
    }
    const text = decode(piece);
    if (!text) continue;
    const last = parts.at(-1);
    // Pagefind marks each Chinese character on its own: join neighbours into one highlight.
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
  }
  return parts;
}
