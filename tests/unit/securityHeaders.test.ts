import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineHashes, withPagePolicy } from '../../src/lib/inlineHashes';
import { contentSecurityPolicy, headersFile, securityHeaders } from '../../src/lib/securityHeaders';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inline hashes and the CSP', () => {
  it('hashes inline scripts and styles, not external scripts or JSON-LD data', () => {
    const html = '<style>a{color:red}</style><script type="module">go()</script><script type="module" src="/x.js"></script><script type="application/ld+json">{"a":1}</script>';
    expect(inlineHashes(html)).toEqual({ scripts: [hash('go()')], styles: [hash('a{color:red}')] });
  });

  it("puts a page's own policy right after its charset, before the style it allows", () => {
    const page = '<html><head><meta charset="utf-8"><style>a{}</style></head><body><script type="module">go()</script></body></html>';
    const html = withPagePolicy(page, contentSecurityPolicy, 'dist/x/index.html');
    expect(html).toMatch(/^<html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-[^']+'; style-src 'self' 'sha256-[^']+';[^"]*"><style>/);
    expect(html).toContain(hash('go()'));
    expect(html).toContain(hash('a{}'));
  });

  it('refuses a page without the charset meta, naming the file', () => {
    expect(() => withPagePolicy('<html><head></head></html>', contentSecurityPolicy, 'dist/zh/x/index.html')).toThrow(/dist\/zh\/x\/index\.html: no <meta charset/);
  });

  it('puts the hashes in script-src and style-src, never unsafe-inline', () => {
    const policy = contentSecurityPolicy({ scripts: ["'sha256-s'"], styles: ["'sha256-c'"] });
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-s'");
    expect(policy).toContain("style-src 'self' 'sha256-c'");
    expect(policy).not.toContain('unsafe-inline');
  });

  it('keeps in the header only what a meta policy cannot say, the same on every file', () => {
    expect(contentSecurityPolicy({ scripts: [], styles: [] })).not.toContain('frame-ancestors');
    expect(securityHeaders()['Content-Security-Policy']).toBe("frame-ancestors 'none'");
    const file = headersFile('/help/');
    expect(file.split('\n')[0]).toBe('/*');
    expect(file).toContain("  Content-Security-Policy: frame-ancestors 'none'");
    expect(file).toContain('/help/_astro/*');
  });
});
