import { searchNow, whileTyping } from './ahead';
import { loadEngine } from './engine';
import { fill, renderHit, withQuery } from './render';
import { onQueryInput, recordTiming } from './typing';
import type { SearchOutcome } from './types';

export interface SearchStrings {
  resultCount: string;
  noResults: string;
  relatedResults: string;
  searchFailed: string;
}

/** Turns a plain search form into a combobox that lists results as the visitor types. */
export function enhanceSearchBox(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('input[type=search]')!;
  const popup = root.querySelector<HTMLElement>('[data-search-popup]')!;
  const list = root.querySelector<HTMLElement>('[role=listbox]')!;
  const note = root.querySelector<HTMLElement>('[data-search-note]')!;
  const empty = root.querySelector<HTMLElement>('[data-search-empty]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const links = root.querySelectorAll<HTMLAnchorElement>('[data-search-link]');
  const lang = root.dataset['lang'] === 'en' ? 'en' : 'zh';
  const base = root.dataset['base'] ?? '/';
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as SearchStrings;
  let options: HTMLElement[] = [];
  let active = -1;
  let latest = 0;

  Object.entries({ role: 'combobox', 'aria-expanded': 'false', 'aria-controls': list.id, 'aria-autocomplete': 'list' }).forEach(([name, value]) =>
    input.setAttribute(name, value),
  );

  const setActive = (index: number) => {
    active = index;
    options.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    const current = options[index];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const open = (visible: boolean) => {
    popup.hidden = !visible;
    input.setAttribute('aria-expanded', String(visible));
    if (!visible) setActive(-1);
  };

  const show = (outcome: SearchOutcome) => {
    // Results refine while the visitor types: keep the option they moved to if it is still listed.
    const chosen = options[active]?.dataset['href'];
    options = outcome.hits.map((hit, index) => {
      const option = document.createElement('li');
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.id = `${list.id}-${index}`;
      option.dataset['href'] = hit.url;
      option.append(renderHit(hit, 'div'));
      return option;
    });
    list.replaceChildren(...options);
    note.textContent = outcome.hits.length === 0 ? fill(strings.noResults, outcome) : outcome.related ? strings.relatedResults : '';
    empty.hidden = outcome.hits.length > 0;
    for (const link of links) withQuery(link, outcome.query);
    status.textContent = outcome.hits.length === 0 ? note.textContent : fill(strings.resultCount, { count: outcome.hits.length });
    open(true);
    setActive(options.findIndex((option) => chosen !== undefined && option.dataset['href'] === chosen));
  };

  const search = async (query: string) => {
    const ticket = ++latest;
    if (!query) return open(false);
    const start = performance.now();
    try {
      const outcome = await searchNow(await loadEngine(base, lang), query, 5);
      if (ticket !== latest) return;
      show(outcome);
      recordTiming(query, start);
    } catch {
      if (ticket !== latest) return;
      list.replaceChildren();
      note.textContent = status.textContent = strings.searchFailed;
      open(true);
    }
  };

  const go = (option: HTMLElement | undefined) => {
    if (option?.dataset['href']) location.href = option.dataset['href'];
  };
  // Keep focus in the box while pressing an option, so the list is still there for the click.
  list.addEventListener('mousedown', (event) => event.preventDefault());
  list.addEventListener('click', (event) => go((event.target as Element).closest<HTMLElement>('[role=option]') ?? undefined));

  onQueryInput(input, (query) => void search(query), ...whileTyping(base, lang, 5));
  input.addEventListener('keydown', (event) => {
    if (event.isComposing) return;
    const count = options.length;
    if (event.key === 'ArrowDown' && count > 0) setActive(popup.hidden ? 0 : (active + 1) % count);
    else if (event.key === 'ArrowUp' && count > 0) setActive(active <= 0 ? count - 1 : active - 1);
    else if (event.key === 'Enter' && active >= 0) go(options[active]);
    else if (event.key === 'Escape' && !popup.hidden) open(false);
    else return;
    if (event.key.startsWith('Arrow')) open(true);
    event.preventDefault();
  });
  input.addEventListener('focus', () => {
    if (input.value.trim() && (options.length > 0 || !empty.hidden)) open(true);
  });
  root.addEventListener('focusout', (event) => {
    if (!root.contains(event.relatedTarget as Node | null)) open(false);
  });
  void loadEngine(base, lang).catch(() => undefined);
  if (input.value.trim()) void search(input.value.trim());
}
