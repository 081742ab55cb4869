import { codeFromQuery } from '../lib/codeQuery';

interface LookupStrings {
  matchFound: string;
  noMatch: string;
  searchInstead: string;
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

/** The lookup box: shows the code it recognises as the reader types; Enter opens that code's page. */
for (const root of document.querySelectorAll<HTMLElement>('[data-code-lookup]')) {
  const form = root.querySelector('form');
  const input = root.querySelector('input');
  const status = root.querySelector<HTMLElement>('[data-code-status]');
  if (!form || !input || !status) continue;
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as LookupStrings;
  const links = new Map([...document.querySelectorAll<HTMLAnchorElement>('a[data-code]')].map((a) => [a.dataset['code'] ?? '', a]));
  const known = new Set(links.keys());

  const link = (href: string, text: string) => Object.assign(document.createElement('a'), { href, textContent: text });
  /** What the box currently points to, shown in the status line (read out politely). */
  const show = (query: string, submitted: boolean) => {
    const code = codeFromQuery(query, known);
    const target = code ? links.get(code) : undefined;
    if (target && code) {
      status.replaceChildren(link(target.getAttribute('href') ?? '', fill(strings.matchFound, { code, label: target.dataset['label'] ?? '' })));
    } else if (query && (submitted || query.length >= 2)) {
      const search = `${root.dataset['searchPath'] ?? ''}?q=${encodeURIComponent(query)}`;
      status.replaceChildren(fill(strings.noMatch, { query }), ' ', link(search, fill(strings.searchInstead, { query })));
    } else {
      status.replaceChildren();
    }
    return target;
  };

  // Not in the middle of pinyin input: the half-typed letters are not what the reader means yet.
  input.addEventListener('input', (event) => {
    if (!(event as InputEvent).isComposing) show(input.value.trim(), false);
  });
  input.addEventListener('compositionend', () => show(input.value.trim(), false));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const target = show(input.value.trim(), true);
    if (target) location.assign(target.href);
  });
  // Typed before this script arrived (it loads after the first paint).
  if (input.value.trim()) show(input.value.trim(), false);
}
