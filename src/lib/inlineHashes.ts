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

const charsetMeta = '<meta charset="utf-8">';

/**
 * The page with its own Content-Security-Policy (the hashes of what it inlines) in a `<meta>`
 * right after the charset, before any style or script it governs.
 */
export function withPagePolicy(html: string, policy: (hashes: InlineHashes) => string, file: string): string {
  const at = html.indexOf(charsetMeta);
  if (at < 0) throw new Error(`${file}: no <meta charset="utf-8"> to put the page's security policy after`);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(inlineHashes(html))}">`;
  const end = at + charsetMeta.length;
  return html.slice(0, end) + meta + html.slice(end);
}
