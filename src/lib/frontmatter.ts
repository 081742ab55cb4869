import { parse } from 'yaml';

export type FrontmatterResult = { ok: true; data: unknown; body: string } | { ok: false; error: string };

const fence = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/**
 * Splits an MDX/Markdown source into its YAML frontmatter and body.
 * @example readFrontmatter('---\ntitle: Hi\n---\nBody') // { ok: true, data: { title: 'Hi' }, body: 'Body' }
 */
export function readFrontmatter(source: string): FrontmatterResult {
  const match = fence.exec(source.replace(/^\uFEFF/, ''));
  if (!match) return { ok: false, error: 'no frontmatter: the file must start with a --- block' };
  try {
    const data: unknown = parse(match[1] ?? '');
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      return { ok: false, error: 'frontmatter must be a YAML mapping of fields' };
    }
    return { ok: true, data, body: source.slice(match[0].length) };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, error: `frontmatter is not valid YAML: ${reason}` };
  }
}
