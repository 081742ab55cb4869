/**
 * The text of a file stored gzipped, which the browser unpacks itself: Pagefind's fragments, and the
 * search data the build gzips with Zopfli (help-<lang>.bin: 10 to 13% smaller than zlib's best gzip
 * of the JSON, the first query's largest file after Pagefind's own). Their names end in neither .gz
 * nor .json, so hosts serve them as application/octet-stream and neither mark them Content-Encoding:
 * gzip nor, usually, compress them again (harmless: fetch undoes that). A host that does mark them
 * has had the browser unpack them already, so a file not starting with gzip's magic bytes is read
 * as it is, as Pagefind's own client allows for its files.
 */
export async function fetchGzipped(url: string, label: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${label}: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return new TextDecoder().decode(bytes);
  try {
    return await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
  } catch (error) {
    throw new Error(`${label}: not a whole gzip file (${String(error)})`);
  }
}
