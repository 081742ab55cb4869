import { fetchGzipped } from './gzipped';

/** A page's stored text: `pagefind/fragment/<id>.pf_fragment`, as Pagefind wrote it less what the build took out. */
export interface Fragment {
  url: string;
  content: string;
}

const loaded = new Map<string, Promise<Fragment>>();
/** What Pagefind writes before a fragment's JSON, inside the gzip. */
export const fragmentMagic = 'pagefind_dcd';

/**
 * Fetches one page's fragment (gzip of "pagefind_dcd" + JSON), once. Read directly rather than
 * through a search result, since a page found by its synonyms has no Pagefind result to ask.
 */
export function loadFragment(base: string, id: string): Promise<Fragment> {
  let fragment = loaded.get(id);
  if (!fragment) {
    fragment = (async () => {
      const text = await fetchGzipped(`${base}pagefind/fragment/${id}.pf_fragment`, `fragment ${id}`);
      return JSON.parse(text.startsWith(fragmentMagic) ? text.slice(fragmentMagic.length) : text) as Fragment;
    })();
    loaded.set(id, fragment);
    fragment.catch(() => loaded.delete(id));
  }
  return fragment;
}
