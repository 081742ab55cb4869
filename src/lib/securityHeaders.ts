/**
 * The HTTP headers the site is served with: one definition for the deploy configuration
 * (`dist/_headers`, the README's nginx example) and for `astro preview`, so the tests run
 * under the same policy as production.
 */

import type { InlineHashes } from './inlineHashes';

/**
 * A page's own policy, carried by the page in a `<meta http-equiv>` so it holds on any static
 * host (an OSS bucket serves no custom headers) and costs each response nothing. Nothing from
 * another origin, and inline only what the build put in that page, by hash: the stylesheet
 * (inlined so the first paint needs no second request) and the script loader
 * (`deferScripts.ts`). Never 'unsafe-inline'. Pagefind runs on the main thread (no worker, so
 * none is allowed) and needs fetches for its index and 'wasm-unsafe-eval' to compile its
 * WebAssembly; nothing more.
 * `frame-ancestors` is not allowed in a meta policy: the header carries it.
 */
export function contentSecurityPolicy(hashes: InlineHashes): string {
  return [
    "default-src 'none'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...hashes.scripts].join(' '),
    ["style-src 'self'", ...hashes.styles].join(' '),
    "img-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * What every response carries. The header policy only forbids framing (a meta policy cannot);
 * the rest of the policy is in each page, so the header stays the same, and small, on every file.
 */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': "frame-ancestors 'none'",
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
    'X-Frame-Options': 'DENY',
  };
}

const forever = 'public, max-age=31536000, immutable';

/** Paths (under `base`) whose file names carry a content hash, so they can be cached for good. */
export function cacheRules(base: string): { path: string; headers: Record<string, string> }[] {
  const root = base.endsWith('/') ? base : `${base}/`;
  return [
    { path: `${root}_astro/*`, headers: { 'Cache-Control': forever } },
    { path: `${root}pagefind/index/*`, headers: { 'Cache-Control': forever } },
    { path: `${root}pagefind/fragment/*`, headers: { 'Cache-Control': forever } },
  ];
}

/**
 * The `_headers` file understood by Netlify and Cloudflare Pages.
 * @example headersFile('/').split('\n')[0] // '/*'
 */
export function headersFile(base: string): string {
  const block = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return [block('/*', securityHeaders()), ...cacheRules(base).map((rule) => block(rule.path, rule.headers))].join('\n') + '\n';
}
