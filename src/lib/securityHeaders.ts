/**
 * The HTTP headers the site is served with: one definition for the deploy configuration
 * (`dist/_headers`, the README's nginx example) and for `astro preview`, so the tests run
 * under the same policy as production.
 */

/**
 * Nothing inline, nothing from another origin. Pagefind needs its same-origin Web Worker,
 * fetches for its index, and 'wasm-unsafe-eval' to compile its WebAssembly; nothing more.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  'X-Frame-Options': 'DENY',
};

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
  return [block('/*', securityHeaders), ...cacheRules(base).map((rule) => block(rule.path, rule.headers))].join('\n') + '\n';
}
