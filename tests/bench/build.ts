/**
 * `npm run bench:build`: builds synthetic sites of 1,000 and 5,000 questions per language
 * (real answers repeated under new ids, in a temporary copy of the project that is deleted
 * afterwards) and prints build time, output size, index size, peak memory and the largest
 * home/section/search page. `npm run bench:build -- 1000` builds one size; `--phases` prints the
 * memory of each program (node, the Pagefind binary) during each step of the build.
 */
import { spawn } from 'node:child_process';
import { existsSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const project = join(import.meta.dirname, '../..');
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const counts = sizes.length > 0 ? sizes : [1000, 2500, 5000];
/** `--phases` prints memory at each step of the build (content sync, bundling, pages, Pagefind). */
const phases = process.argv.includes('--phases');
/** `--keep` leaves the temporary project (and its dist/) in place and prints where it is. */
const keep = process.argv.includes('--keep');

function folderBytes(path: string): number {
  return readdirSync(path, { withFileTypes: true }).reduce((sum, entry) => {
    const child = join(path, entry.name);
    return sum + (entry.isDirectory() ? folderBytes(child) : statSync(child).size);
  }, 0);
}

/** Resident memory of a process and its children (astro, then the Pagefind binary), by program. */
function treeRss(pid: number): { total: number; byName: Map<string, number> } {
  let total = 0;
  const byName = new Map<string, number>();
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
      const pgid = Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]?.split(' ')[3]);
      if (Number(entry) === pid || ppid === pid || pgid === pid) {
        const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
        const name = /Name:\s+(\S+)/.exec(status)?.[1] ?? '?';
        total += rss;
        byName.set(name, (byName.get(name) ?? 0) + rss);
      }
    } catch {
      // the process ended while we looked
    }
  }
  return { total, byName };
}

/**
 * Writes `perLanguage` questions per language, cycling through the real ones under new ids, next to
 * the real questions and response codes (whose links point at the real questions).
 */
function writeContent(root: string, perLanguage: number): void {
  // The whole content tree (codes, glossary, lexicon, troubleshooter, operator), then the copies.
  cpSync(join(project, 'content'), join(root, 'content'), { recursive: true });
  const sections = readdirSync(join(project, 'content'), { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(project, 'content', e.name, 'section.yaml')))
    .map((e) => e.name);
  const sources = sections.flatMap((section) => readdirSync(join(project, 'content', section, 'zh')).map((file) => ({ section, file })));
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

/** The home, search and section pages (with their /page/N/), which grow with the number of questions. */
function listingPages(dist: string): { count: number; largest: { path: string; bytes: number } } {
  const files = ['zh', 'en'].flatMap((lang) => {
    const langDir = join(dist, lang);
    const sections = readdirSync(langDir, { withFileTypes: true }).filter((e) => e.isDirectory() && existsSync(join(project, 'content', e.name, 'section.yaml'))).map((e) => e.name);
    const sectionPages = sections.flatMap((section) => {
      const paged = join(langDir, section, 'page');
      const numbered = existsSync(paged) ? readdirSync(paged).map((n) => join(section, 'page', n, 'index.html')) : [];
      return [join(section, 'index.html'), ...numbered];
    });
    return ['index.html', join('search', 'index.html'), ...sectionPages].map((file) => join(lang, file));
  });
  let largest = { path: '', bytes: 0 };
  for (const file of files) {
    const html = readFileSync(join(dist, file), 'utf8').replace(/<style>[\s\S]*?<\/style>/g, '<style></style>');
    const bytes = gzipSync(html).length;
    if (bytes > largest.bytes) largest = { path: `/${file.replace(/index\.html$/, '')}`, bytes };
  }
  return { count: files.length, largest };
}

async function build(perLanguage: number) {
  const root = mkdtempSync(join(tmpdir(), `bench-build-${perLanguage}-`));
  try {
    for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(project, item), join(root, item), { recursive: true });
    symlinkSync(join(project, 'node_modules'), join(root, 'node_modules'));
    writeContent(root, perLanguage);
    const started = performance.now();
    // `npm run build`: astro build, then the search index (src/build.ts).
    const child = spawn(process.execPath, [join(root, 'src/build.ts')], { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    let peak = 0;
    let phasePeak = new Map<string, number>();
    const sampler = setInterval(() => {
      const { total, byName } = treeRss(child.pid ?? 0);
      peak = Math.max(peak, total);
      for (const [name, rss] of byName) phasePeak.set(name, Math.max(phasePeak.get(name) ?? 0, rss));
    }, 100);
    // Astro's log lines mark the phases; with --phases, print the peak of each program per phase.
    let lastPhase = 'start';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      if (!phases) return;
      for (const line of chunk.split('\n')) {
        const marker = /\[(content|vite|build|search index)\] ((?:Synced|Building|✓|Rendering|generating|Collecting|[\w-]+: \d+ pages)[^\n]{0,40})/.exec(line);
        if (!marker) continue;
        const seconds = ((performance.now() - started) / 1000).toFixed(1).padStart(6);
        const peaks = [...phasePeak].map(([name, rss]) => `${name} ${(rss / 1024 / 1024).toFixed(0)} MB`).join(', ');
        const phase = `${marker[1]}: ${marker[2]?.trim()}`;
        console.log(`  ${seconds} s  from "${lastPhase}" to "${phase}": ${peaks}`);
        lastPhase = phase;
        phasePeak = new Map();
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    clearInterval(sampler);
    if (code !== 0) throw new Error(`npm run build failed for ${perLanguage} questions (exit ${code})`);
    const seconds = (performance.now() - started) / 1000;
    const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
    const pages = listingPages(join(root, 'dist'));
    console.log(
      `${String(perLanguage).padStart(5)} questions/language (${perLanguage * 2} answer pages): build ${seconds.toFixed(1)} s, ` +
        `output ${mb(folderBytes(join(root, 'dist')))} MB, index ${mb(folderBytes(join(root, 'dist/pagefind')))} MB, peak memory ${mb(peak)} MB; ` +
        `largest listing page (HTML gzip, without the inlined stylesheet): ${pages.largest.path} ${(pages.largest.bytes / 1024).toFixed(1)} KB of ${pages.count}`,
    );
    if (pages.largest.bytes > 10 * 1024) console.log(`  over the 10 KB page budget: ${pages.largest.path}`);
  } finally {
    if (keep) console.log(`  kept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}

for (const count of counts) await build(count);
