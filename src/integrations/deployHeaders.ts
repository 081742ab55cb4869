import { readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { deferModuleScripts } from '../lib/deferScripts';
import { withPagePolicy } from '../lib/inlineHashes';
import { contentSecurityPolicy, headersFile, securityHeaders } from '../lib/securityHeaders';

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

/**
 * After the build, defers every page's module scripts past the first paint (`deferScripts.ts`),
 * gives each page its own Content-Security-Policy with the hashes of what it inlines, and writes
 * `dist/_headers` (Netlify, Cloudflare Pages). `astro preview` serves the same headers.
 */
export function deployHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'help-center:deploy-headers',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        base = config.base;
        updateConfig({ server: { headers: securityHeaders() } });
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
        for await (const file of htmlFiles(site)) {
          const html = await readFile(file, 'utf8');
          // The root page's one script sends the visitor to their language: waiting for the
          // chooser to paint first would only flash it.
          const deferred = file === join(site, 'index.html') ? html : deferModuleScripts(html, read);
          await writeFile(file, withPagePolicy(deferred, contentSecurityPolicy, file));
        }
        await writeFile(join(site, '_headers'), headersFile(base));
      },
    },
  };
}
