import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { answerLoader } from '../../src/lib/answerLoader';

const fixture = join(import.meta.dirname, '../fixtures/valid-site');
let workDir: string | undefined;

afterEach(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
  workDir = undefined;
});

type Entry = { id: string; filePath?: string; body?: string; rendered?: { html: string; metadata?: { headings?: unknown[] } } };

/** Just enough of the content layer's loader context for glob() (an in-memory store, no schema). */
async function load(root: string) {
  const entries = new Map<string, Entry>();
  const errors: string[] = [];
  const store = {
    keys: () => [...entries.keys()],
    get: (id: string) => entries.get(id),
    set: (entry: Entry) => void entries.set(entry.id, entry),
    delete: (id: string) => void entries.delete(id),
    clear: () => entries.clear(),
    addModuleImport: () => {},
    addAssetImports: () => {},
  };
  const logger = { info: () => {}, warn: () => {}, debug: () => {}, error: (message: string) => void errors.push(message) };
  const context = {
    collection: 'failed-swipes',
    store,
    logger,
    config: { root: pathToFileURL(`${root}/`), srcDir: pathToFileURL(`${root}/src/`) },
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: (data: unknown) => String(JSON.stringify(data).length),
    entryTypes: new Map(),
  } as unknown as LoaderContext;
  const done = answerLoader({ base: './content/failed-swipes', pattern: '*/*.mdx' }).load(context);
  return { done, entries, errors };
}

describe('answerLoader', () => {
  it('stores each answer with its HTML rendered in its language, and its steps as headings', async () => {
    const { done, entries } = await load(fixture);
    await done;
    expect([...entries.keys()].sort()).toEqual(['en/card-fails', 'zh/card-fails']);
    const zh = entries.get('zh/card-fails');
    expect(zh?.rendered?.html).toContain('<h2 id="restart">重启</h2><a class="anchor" href="#restart" data-pagefind-ignore>');
    expect(zh?.rendered?.html).toContain('aria-label="复制本步骤链接: 重启"');
    expect(entries.get('en/card-fails')?.rendered?.html).toContain('aria-label="Copy link to this step: Restart"');
    expect(zh?.rendered?.metadata?.headings).toEqual([
      { depth: 2, slug: 'check-network', text: '检查网络' },
      { depth: 2, slug: 'restart', text: '重启' },
    ]);
    // Authors' source stays available to the pages (share text, step lookups).
    expect(zh?.body).toMatch(/^先别急/);
  });

  it('fails the sync naming the file when an answer cannot be rendered', async () => {
    workDir = mkdtempSync(join(tmpdir(), 'answer-loader-'));
    cpSync(fixture, workDir, { recursive: true });
    writeFileSync(join(workDir, 'content/failed-swipes/en/broken.mdx'), '---\ntitle: Broken\n---\n\n<Tip>\n\nx\n\n</Tip>\n');
    const { done, entries } = await load(workDir);
    await expect(done).rejects.toThrow(/Answers that could not be rendered \(1\):\n {2}content\/failed-swipes\/en\/broken\.mdx: .*Tip/);
    expect(entries.get('en/broken')?.rendered).toBeUndefined();
  });
});
