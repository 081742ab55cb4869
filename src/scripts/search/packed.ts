/**
 * The text of a gzipped file the browser unpacks itself: Pagefind's fragments, and the search
 * data the build packs with Zopfli (help-<lang>.bin, an eighth smaller than the best gzip a server
 * makes of the JSON). Their names end in neither .gz nor .json, so no server sends them as
 * Content-Encoding: gzip, which the browser would unpack first, or gzips them again.
 */
export async function fetchPacked(url: string, what: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${what}: HTTP ${response.status}`);
  return new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).text();
}
