import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { deferModuleScripts } from '../lib/deferScripts';
import { inlineHashes, mergeHashes, type InlineHashes } from '../lib/inlineHashes';
import { hashesFromHeadersFile, headersFile, securityHeaders } from '../lib/securityHeaders';

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

/**
 * After the build, defers every page's module scripts past the first paint
 * (`deferScripts.ts`) and writes `dist/_headers` (Netlify, Cloudflare Pages) with the hashes of what each page
 * inlines. `astro preview` serves the same headers, read back from the build it serves.
 */
export function deployHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'help-center:deploy-headers',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        base = config.base;
        const built = fileURLToPath(new URL('_headers', config.outDir));
        const hashes = command === 'preview' && existsSync(built) ? hashesFromHeadersFile(readFileSync(built, 'utf8')) : { scripts: [], styles: [] };
        updateConfig({ server: { headers: securityHeaders(hashes) } });
      },
      'astro:build:done': async ({ dir }) => {
        const site = fileURLToPath(dir);
        // Modules are read once each, whatever the number of pages that load them.
        const modules = new Map<string, string>();
        const read = (path: string) => {
          const file = join(site, path.slice(base.replace(/\/?$/, '/').length - 1));
          if (!modules.has(file)) modules.set(file, readFileSync(file, 'utf8'));
          return modules.get(file) ?? '';
        };
        let hashes: InlineHashes = { scripts: [], styles: [] };
        for await (const file of htmlFiles(site)) {
          const html = await readFile(file, 'utf8');
          // The root page's one script sends the visitor to their language: waiting for the
          // chooser to paint first would only flash it.
          const page = file === join(site, 'index.html') ? html : deferModuleScripts(html, read);
          if (page !== html) await writeFile(file, page);
          hashes = mergeHashes(hashes, inlineHashes(page));
        }
        await writeFile(join(site, '_headers'), headersFile(base, hashes));
      },
    },
  };
}
