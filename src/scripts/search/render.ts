import type { SearchHit } from './types';

function span(className: string, text: string): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text;
  return element;
}

/**
 * A result: the question, the step it opens, the excerpt with matches marked. A link on the
 * search page; inside the combobox's options (which must hold no nested controls) a plain block.
 */
export function renderHit(hit: SearchHit, as: 'a' | 'div' = 'a'): HTMLElement {
  const link = document.createElement(as);
  if (link instanceof HTMLAnchorElement) link.href = hit.url;
  link.className = 'hit';
  link.append(span('hit-title', hit.title));
  if (hit.stepTitle && hit.stepTitle !== hit.title) link.append(span('hit-step', hit.stepTitle));
  if (hit.excerpt.length === 0) return link;
  const excerpt = span('hit-excerpt', '');
  // Text nodes and <mark> only: an excerpt never becomes markup, whatever the page held.
  for (const part of hit.excerpt) {
    if (!part.marked) excerpt.append(part.text);
    else excerpt.append(Object.assign(document.createElement('mark'), { textContent: part.text }));
  }
  link.append(excerpt);
  return link;
}

/** Fills a template such as "{count} results" (the only placeholders are {count} and {query}). */
export function fill(template: string, values: { count?: number; query?: string }): string {
  return template.replace('{count}', String(values.count ?? '')).replace('{query}', values.query ?? '');
}

/** Points a link (the other language's search, "see all results") at the same query. */
export function withQuery(link: HTMLAnchorElement, query: string): void {
  link.setAttribute('href', query ? `${link.pathname}?q=${encodeURIComponent(query)}` : link.pathname);
}
