import type { UiStrings } from '../i18n/ui/en';
import type { SearchStrings } from '../scripts/search/box';

/** The UI strings the search code needs in the browser, as the JSON for a `data-strings` attribute. */
export function searchStringsJson(t: UiStrings): string {
  const strings: SearchStrings = { resultCount: t.resultCount, noResults: t.noResults, relatedResults: t.relatedResults, searchFailed: t.searchFailed };
  return JSON.stringify(strings);
}
