/**
 * `npm run build`: `astro build`, then the Pagefind search index, in two processes one after the
 * other. Indexing inside `astro build` (src/integrations/pagefind.ts, still what a bare
 * `astro build` does) ran Pagefind while Astro's process still held the memory of bundling and
 * rendering every page, and the sum was the build's peak (README, "A large help center").
 *
 * Arguments go to `astro build`. If indexing fails, the build fails and the output folder is
 * deleted: a site without its search index is never left to be published.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runnerImport } from 'vite';

const project = join(import.meta.dirname, '..');
const handoff = mkdtempSync(join(tmpdir(), 'help-center-build-'));
const handoffFile = join(handoff, 'site.json');
const heapLimitMb = 1536;

function astroBuild(): Promise<number | null> {
  const nodeOptions = process.env['NODE_OPTIONS'] ?? '';
  const env = {
    ...process.env,
    HELP_CENTER_INDEX_LATER: handoffFile,
    // Node's default heap limit (a quarter of the machine's memory, up to 4 GB) lets garbage pile
    // up to gigabytes before a full collection; the build's live heap stays under 0.7 GB at 5,000
    // questions per language, and this limit took 1 GB off the peak there. A limit already in
    // NODE_OPTIONS wins (raise it for a much larger site).
    NODE_OPTIONS: nodeOptions.includes('--max-old-space-size') ? nodeOptions : `${nodeOptions} --max-old-space-size=${heapLimitMb}`.trim(),
    // Rolldown's allocator (mimalloc) keeps the pages bundling freed for later by default;
    // returning them at once took 3.8 GB down to 2.7 GB while rendering 5,000 questions a language.
    MIMALLOC_PURGE_DELAY: process.env['MIMALLOC_PURGE_DELAY'] ?? '0',
    MIMALLOC_PURGE_DECOMMITS: process.env['MIMALLOC_PURGE_DECOMMITS'] ?? '1',
  };
  const child = spawn(join(project, 'node_modules/.bin/astro'), ['build', ...process.argv.slice(2)], { cwd: project, stdio: 'inherit', env });
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(signal ? 1 : code)));
}

try {
  const code = await astroBuild();
  if (code !== 0) process.exit(code ?? 1);
  const { site, root } = JSON.parse(readFileSync(handoffFile, 'utf8')) as { site: string; root: string };
  try {
    // The integration's own code (extensionless TypeScript imports), loaded the way Astro loads it.
    const { module } = await runnerImport<typeof import('./integrations/pagefind.ts')>(join(root, 'src/integrations/pagefind.ts'), { configFile: false, logLevel: 'error' });
    await module.indexSite(site, root, (message) => console.log(`[search index] ${message}`));
  } catch (error) {
    rmSync(site, { recursive: true, force: true });
    console.error(`[search index] failed, so ${site} was deleted:\n`, error);
    process.exit(1);
  }
} finally {
  rmSync(handoff, { recursive: true, force: true });
}
