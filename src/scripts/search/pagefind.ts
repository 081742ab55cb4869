import { mergeShards } from './shards';
import type { PagefindApi } from './types';

/**
 * Starts Pagefind on the first call and returns the started module after; a failed start is tried
 * again by the next call. Pagefind keeps one instance per page in its module, so a second starter
 * must follow Pagefind's `destroy()` (the bench's new tabs do). `shards` is called only once the
 * module is imported and initialised: createEngine declares the data it reads after this starts.
 */
export function pagefindStarter(base: string, shards: () => Promise<readonly string[] | undefined>): () => Promise<PagefindApi> {
  let pagefind: Promise<PagefindApi> | undefined;
  return () =>
    (pagefind ??= (async () => {
      const api = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindApi;
      // On the main thread: Pagefind 1.6's web worker costs a 12 KB script and a message
      // round trip per search, for an index of a hundred pages that searches in a millisecond.
      await api.options({ baseUrl: base, noWorker: true });
      await api.init();
      await mergeShards(api, base, await shards());
      return api;
    })().catch((error: unknown) => {
      pagefind = undefined;
      throw error;
    }));
}
