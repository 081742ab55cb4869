/**
 * `npm run bench:build`: builds synthetic sites of 1,000 and 5,000 questions per language
 * (real answers repeated under new ids, in a temporary copy of the project that is deleted
 * afterwards) and prints build time, output size, index size and peak memory.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const project = join(import.meta.dirname, '../..');
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const counts = sizes.length > 0 ? sizes : [1000, 5000];

function folderBytes(path: string): number {
  return readdirSync(path, { withFileTypes: true }).reduce((sum, entry) => {
    const child = join(path, entry.name);
    return sum + (entry.isDirectory() ? folderBytes(child) : statSync(child).size);
  }, 0);
}

/** Total resident memory of a process and its children (astro, then the Pagefind binary). */
function treeRss(pid: number): number {
  let total = 0;
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
      const pgid = Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]?.split(' ')[3]);
      if (Number(entry) === pid || ppid === pid || pgid === pid) total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      // the process ended while we looked
    }
  }
  return total;
}

/**
 * Writes `perLanguage` questions per language, cycling through the real ones under new ids, next to
 * the real questions and response codes (whose links point at the real questions).
 */
function writeContent(root: string, perLanguage: number): void {
  const sections = readdirSync(join(project, 'content'), { withFileTypes: true }).filter((e) => e.isDirectory() && e.name !== 'codes').map((e) => e.name);
  cpSync(join(project, 'content', 'codes'), join(root, 'content', 'codes'), { recursive: true });
  const sources = sections.flatMap((section) => readdirSync(join(project, 'content', section, 'zh')).map((file) => ({ section, file })));
  for (const section of sections) {
    mkdirSync(join(root, 'content', section, 'zh'), { recursive: true });
    mkdirSync(join(root, 'content', section, 'en'), { recursive: true });
    cpSync(join(project, 'content', section), join(root, 'content', section), { recursive: true });
  }
  for (let i = 0; i < perLanguage; i++) {
    const { section, file } = sources[i % sources.length]!;
    const id = `${file.replace(/\.mdx$/, '')}-${i}`;
    for (const lang of ['zh', 'en']) {
      const source = readFileSync(join(project, 'content', section, lang, file), 'utf8')
        .replace(/^title: (.*)$/m, (_line, title: string) => `title: "${title.replace(/^"|"$/g, '').replace(/"/g, "'").slice(0, 60)} ${i}"`)
        .replace(/^order: .*$/m, `order: ${i + 100}`)
        .replace(/^related: .*\n/m, '');
      writeFileSync(join(root, 'content', section, lang, `${id}.mdx`), source);
    }
  }
}

async function build(perLanguage: number) {
  const root = mkdtempSync(join(tmpdir(), `bench-build-${perLanguage}-`));
  try {
    for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(project, item), join(root, item), { recursive: true });
    symlinkSync(join(project, 'node_modules'), join(root, 'node_modules'));
    writeContent(root, perLanguage);
    const started = performance.now();
    const child = spawn(join(root, 'node_modules/.bin/astro'), ['build'], { cwd: root, detached: true, stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, treeRss(child.pid ?? 0))), 100);
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    clearInterval(sampler);
    if (code !== 0) throw new Error(`astro build failed for ${perLanguage} questions (exit ${code})`);
    const seconds = (performance.now() - started) / 1000;
    const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
    console.log(
      `${String(perLanguage).padStart(5)} questions/language (${perLanguage * 2} answer pages): build ${seconds.toFixed(1)} s, ` +
        `output ${mb(folderBytes(join(root, 'dist')))} MB, index ${mb(folderBytes(join(root, 'dist/pagefind')))} MB, peak memory ${mb(peak)} MB`,
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

for (const count of counts) await build(count);
