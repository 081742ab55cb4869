import { searchNow, whileTyping } from './ahead';
import { loadEngine, loadNumberReading } from './engine';
import { speaksNumbers } from './numberLoad';
import { fill, renderHit, withQuery } from './render';
import { onQueryInput, recordTiming } from './typing';
import type { SearchStrings } from './box';

/** The search page: results for `?q=`, updated as the visitor types, the URL kept shareable. */
export function enhanceSearchPage(root: HTMLElement): void {
  const form = root.querySelector('form')!;
  const input = root.querySelector<HTMLInputElement>('input[type=search]')!;
  const summary = root.querySelector<HTMLElement>('[data-search-summary]')!;
  const results = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const empty = root.querySelector<HTMLElement>('[data-search-empty]')!;
  const browse = document.querySelector<HTMLElement>('[data-search-browse]');
  const links = root.querySelectorAll<HTMLAnchorElement>('[data-search-link]');
  const lang = root.dataset['lang'] === 'en' ? 'en' : 'zh';
  const base = root.dataset['base'] ?? '/';
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as SearchStrings;
  let latest = 0;

  const run = async (query: string) => {
    const ticket = ++latest;
    for (const link of links) withQuery(link, query);
    if (!query) {
      results.replaceChildren();
      summary.textContent = '';
      empty.hidden = true;
      if (browse) browse.hidden = false;
      return;
    }
    const start = performance.now();
    try {
      const outcome = await searchNow(await loadEngine(base, lang), query, 20);
      if (ticket !== latest) return;
      results.replaceChildren(
        ...outcome.hits.map((hit) => {
          const item = document.createElement('li');
          item.append(renderHit(hit));
          return item;
        }),
      );
      const found = outcome.hits.length > 0;
      summary.textContent = !found ? fill(strings.noResults, outcome) : outcome.related ? strings.relatedResults : fill(strings.resultCount, { count: outcome.hits.length });
      empty.hidden = found;
      if (browse) browse.hidden = found;
      recordTiming(query, start);
      // Lets tests and the benchmark wait for this query's results rather than a stale list.
      results.dataset['related'] = String(outcome.related);
      results.dataset['query'] = query;
    } catch {
      if (ticket === latest) summary.textContent = strings.searchFailed;
    }
  };

  const update = (query: string) => {
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    void run(query);
  };

  // Typing may have begun while this code loaded: keep what is in the box over the URL's query.
  input.value ||= new URLSearchParams(location.search).get('q')?.trim() ?? '';
  // A number in the query opened with the page: its reading is fetched beside the engine, not after it.
  if (speaksNumbers(input.value)) void loadNumberReading(lang).catch(() => undefined);
  onQueryInput(input, update, ...whileTyping(base, lang, 20));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update(input.value.trim());
  });
  void run(input.value.trim());
}
