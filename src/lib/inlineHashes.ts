import { createHash } from 'node:crypto';

export interface InlineHashes {
  scripts: string[];
  styles: string[];
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * CSP hash sources for a page's inline `<script>` and `<style>` elements. JSON-LD blocks are
 * data, not scripts: the CSP does not apply to them.
 * @example inlineHashes('<style>a{}</style>').styles.length // 1
 */
export function inlineHashes(html: string): InlineHashes {
  const scripts = [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes = '']) => !/\ssrc=/.test(attributes) && !/type="application\/ld\+json"/.test(attributes))
    .map(([, , body = '']) => sha256(body));
  const styles = [...html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g)].map(([, body = '']) => sha256(body));
  return { scripts, styles };
}

/** Adds one page's hashes to a build-wide set, sorted so the header is stable between builds. */
export function mergeHashes(into: InlineHashes, page: InlineHashes): InlineHashes {
  return {
    scripts: [...new Set([...into.scripts, ...page.scripts])].sort(),
    styles: [...new Set([...into.styles, ...page.styles])].sort(),
  };
}
