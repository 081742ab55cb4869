import type { PagefindApi } from './types';

/**
 * A large site's language index is written in several Pagefind bundles (src/integrations/
 * pagefindShards.ts) and help-<lang>.bin lists the ones beside the main bundle. Merged, one
 * search runs in each and returns every bundle's pages together, so the ranking layer sees the
 * same pages per word as from one index. Pagefind's own scores differ per bundle, and the
 * ranking layer does not use them. On a site with one bundle there is nothing to fetch.
 */
export async function mergeShards(api: PagefindApi, base: string, shards: readonly string[] | undefined): Promise<void> {
  await Promise.all((shards ?? []).map((folder) => api.mergeIndex(`${base}pagefind/${folder}`)));
}
