import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineHashes, mergeHashes } from '../../src/lib/inlineHashes';
import { contentSecurityPolicy, hashesFromHeadersFile, headersFile } from '../../src/lib/securityHeaders';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inline hashes and the CSP', () => {
  it('hashes inline scripts and styles, not external scripts or JSON-LD data', () => {
    const html = '<style>a{color:red}</style><script type="module">go()</script><script type="module" src="/x.js"></script><script type="application/ld+json">{"a":1}</script>';
    expect(inlineHashes(html)).toEqual({ scripts: [hash('go()')], styles: [hash('a{color:red}')] });
  });

  it('merges the hashes of many pages without repeats', () => {
    const one = inlineHashes('<style>a{}</style>');
    const merged = mergeHashes(mergeHashes({ scripts: [], styles: [] }, one), one);
    expect(merged.styles).toHaveLength(1);
  });

  it('puts the hashes in script-src and style-src, never unsafe-inline', () => {
    const policy = contentSecurityPolicy({ scripts: ["'sha256-s'"], styles: ["'sha256-c'"] });
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-s'");
    expect(policy).toContain("style-src 'self' 'sha256-c'");
    expect(policy).not.toContain('unsafe-inline');
  });

  it('reads back from the _headers file the hashes it was written with', () => {
    const hashes = { scripts: ["'sha256-a='", "'sha256-b='"], styles: ["'sha256-c='"] };
    expect(hashesFromHeadersFile(headersFile('/help/', hashes))).toEqual(hashes);
    expect(hashesFromHeadersFile('')).toEqual({ scripts: [], styles: [] });
  });
});
