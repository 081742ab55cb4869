import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, securityHeaders } from '../lib/securityHeaders';

/** Writes `dist/_headers` for static hosts, and serves the same headers from `astro preview`. */
export function deployHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'help-center:deploy-headers',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        base = config.base;
        updateConfig({ server: { headers: securityHeaders } });
      },
      'astro:build:done': async ({ dir }) => {
        await writeFile(fileURLToPath(new URL('_headers', dir)), headersFile(base));
      },
    },
  };
}
