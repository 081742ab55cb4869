/**
 * The peer for `npm run bench:lighthouse`: the same answers as a Starlight site. It is built in
 * `node_modules/.cache/bench-starlight/` with its own `npm install` (Starlight is not one of the
 * product's dependencies), from our `content/` with each `<Step>` turned into a heading with the
 * same anchor, and served by `astro preview` like ours.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { whenServing } from './preview.ts';

const project = join(import.meta.dirname, '../..');
const dir = join(project, 'node_modules/.cache/bench-starlight');
export const starlightVersion = '0.42.4';
const astroVersion = (JSON.parse(readFileSync(join(project, 'node_modules/astro/package.json'), 'utf8')) as { version: string }).version;

/** Our MDX as Starlight MDX: title and summary as title and description, steps as headings. */
function toStarlight(source: string): string {
  const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
  const field = (name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(frontmatter)?.[1] ?? '';
  const steps = body
    .replace(/<Step id="([^"]+)" title="([^"]+)"[^>]*>/g, '<h2 id="$1">$2</h2>')
    .replace(/<\/Step>/g, '')
    // Our callout is Starlight's aside; the operator's contact shows its no-operator sentence.
    .replace(/<Callout title="([^"]+)">/g, ':::note[$1]')
    .replace(/<\/Callout>/g, ':::')
    .replace(/<OperatorContact \/>/g, 'The number on your terminal\'s sticker or contract.');
  return `---\ntitle: ${field('title')}\ndescription: ${field('summary')}\nsidebar:\n  order: ${field('order') || 1}\n---\n\n${steps}`;
}

function writeSite(): void {
  rmSync(join(dir, 'src'), { recursive: true, force: true });
  // The question sections: folders with a zh/ and en/ of MDX (not codes/, search/, troubleshoot/).
  const sections = readdirSync(join(project, 'content'), { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(project, 'content', e.name, 'zh')))
    .map((e) => e.name);
  for (const lang of ['zh', 'en']) {
    for (const section of sections) {
      const target = join(dir, 'src/content/docs', lang, section);
      mkdirSync(target, { recursive: true });
      for (const file of readdirSync(join(project, 'content', section, lang))) {
        writeFileSync(join(target, file), toStarlight(readFileSync(join(project, 'content', section, lang, file), 'utf8')));
      }
    }
    writeFileSync(join(dir, 'src/content/docs', lang, 'index.mdx'), `---\ntitle: ${lang === 'zh' ? 'POS 机升级 IC 卡 · 商户帮助' : 'POS Chip-Card Upgrade Help'}\n---\n`);
  }
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: { 'zh-CN': 'POS 机升级 IC 卡 · 商户帮助', en: 'POS Chip-Card Upgrade Help' }, defaultLocale: 'zh', locales: { zh: { label: '简体中文', lang: 'zh-CN' }, en: { label: 'English', lang: 'en' } } })] });\n`,
  );
}

/** Installs (once), builds and serves the Starlight copy on `port` until `stop()`. */
export async function startStarlight(port: number): Promise<{ url: string; stop: () => void }> {
  mkdirSync(dir, { recursive: true });
  if (!existsSync(join(dir, 'node_modules/@astrojs/starlight/package.json'))) {
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bench-starlight', private: true, type: 'module', dependencies: { '@astrojs/starlight': starlightVersion, astro: astroVersion } }, null, 2));
    console.log(`Installing Starlight ${starlightVersion} with Astro ${astroVersion} into ${dir} …`);
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit' });
  }
  writeSite();
  execFileSync('npx', ['astro', 'build', '--silent'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  const server = spawn('npx', ['astro', 'preview', '--port', String(port), '--host', 'localhost'], { cwd: dir, stdio: 'ignore', detached: true });
  return whenServing(server, port, 'the Starlight preview');
}
