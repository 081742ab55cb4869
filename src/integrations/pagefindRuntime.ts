import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { minify, parseSync } from 'vite';
import { zopfliGzip } from './zopfli';

/**
 * Pagefind's files that every first search downloads, whatever its words: its client
 * (pagefind.js), its WebAssembly (wasm.en.pagefind, wasm.unknown.pagefind) and each bundle's page
 * list (*.pf_meta). Fragments and index chunks are left as Pagefind wrote them: there are
 * hundreds, each a few hundred bytes, and Zopfli takes about 0.2 s a file to save 3% of each.
 */
const gzipped = /^(?:wasm\.[a-z-]+\.pagefind|pagefind\.[\w-]+\.pf_meta)$/;
const client = 'pagefind.js';

/** Zopfli's passes per file: 15 takes 1.0 s on the English WebAssembly and saves 3 bytes more than 5. */
const passes = 5;

export interface Shrunk {
  files: number;
  before: number;
  after: number;
}

/** Writes beside the file and renames, so a failure leaves the old file whole. */
async function replace(path: string, bytes: Buffer | string): Promise<void> {
  try {
    await writeFile(`${path}.tmp`, bytes);
    await rename(`${path}.tmp`, path);
  } finally {
    await rm(`${path}.tmp`, { force: true });
  }
}

async function gzippedFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.filter((entry) => entry.isDirectory() && entry.name !== 'fragment' && entry.name !== 'index').map((entry) => gzippedFiles(join(dir, entry.name))));
  return [...entries.filter((entry) => entry.isFile() && gzipped.test(entry.name)).map((entry) => join(dir, entry.name)), ...nested.flat()];
}

function unpacked(path: string, stored: Buffer): Buffer {
  try {
    return gunzipSync(stored);
  } catch (error) {
    throw new Error(`${path}: not the gzip Pagefind writes (${String(error)})`);
  }
}

/**
 * Pagefind gzips at zlib's best level; Zopfli finds a smaller gzip stream of the same bytes (the
 * English WebAssembly: 58.4 KB to 55.6 KB), which Pagefind's client unpacks as before. Each new
 * stream is checked to unpack to exactly the old one's bytes before it replaces it.
 */
async function recompress(outputPath: string): Promise<Shrunk> {
  const files = await gzippedFiles(outputPath);
  const sizes = { files: files.length, before: 0, after: 0 };
  for (const path of files) {
    const stored = await readFile(path);
    const bytes = unpacked(path, stored);
    const smaller = await zopfliGzip(bytes, passes, path);
    sizes.before += stored.length;
    const kept = smaller.length < stored.length ? smaller : stored;
    if (kept === smaller) await replace(path, smaller);
    sizes.after += kept.length;
  }
  return sizes;
}

function exportsOf(code: string): string[] {
  const { module, errors } = parseSync(client, code);
  if (errors.length > 0) throw new Error(`${client}: ${errors[0]?.message ?? 'does not parse'}`);
  return module.staticExports.flatMap((statement) => statement.entries.map((entry) => entry.exportName.name ?? '')).sort();
}

/**
 * Pagefind ships its client readable (long local names, wasm-bindgen's glue as written): the
 * minifier that makes our own bundles takes 13.2 KB gzipped to 11.0 KB. The minified client must
 * export the same names, or the build fails.
 */
async function minifyClient(outputPath: string): Promise<Shrunk> {
  const path = join(outputPath, client);
  const code = await readFile(path, 'utf8');
  // Oxc may write shorter syntax than the client's; not past what it already needs (`||=`: ES2021).
  const minified = await minify(client, code, { module: true, compress: { target: 'es2021' } });
  if (minified.errors.length > 0) throw new Error(`${path}: ${minified.errors[0]?.message ?? 'did not minify'}`);
  const [before, after] = [exportsOf(code), exportsOf(minified.code)];
  if (before.join() !== after.join()) throw new Error(`${path}: minified, it exports ${after.join(', ')}, not ${before.join(', ')}`);
  await replace(path, minified.code);
  return { files: 1, before: Buffer.byteLength(code), after: Buffer.byteLength(minified.code) };
}

/**
 * Makes the Pagefind files every first search downloads smaller, without changing what they
 * hold: the client minified, the WebAssembly and page lists gzipped again by Zopfli.
 */
export async function shrinkRuntime(outputPath: string): Promise<{ client: Shrunk; gzipped: Shrunk }> {
  return { client: await minifyClient(outputPath), gzipped: await recompress(outputPath) };
}
