/**
 * `npm run bench:lighthouse`: Lighthouse with its default mobile settings (simulated slow 4G,
 * 150 ms round trips, 1.6 Mbit/s), in the system Chromium, each page three times, medians
 * printed: the four category scores, FCP, LCP, TBT, CLS and bytes for the home, a section, an
 * answer and the search page in both languages. Then the peer comparison: the same answer pages
 * built with Starlight (tests/bench/starlight.ts), measured in the same run, interleaved with ours.
 * Needs `npm run build`. `BENCH_PORT` (default 4332) and the next port serve the two sites;
 * `--no-peer` skips Starlight; `--answers` measures the answer pages only.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { median, startPreview } from './preview.ts';
import { startStarlight, starlightVersion } from './starlight.ts';
import { browserPlan } from '../tools/browser.ts';

const answers = ['/zh/failed-swipes/cant-swipe-after-upgrade/', '/en/failed-swipes/cant-swipe-after-upgrade/'];
// `--answers`: only the two answer pages (and their peers), for a quick comparison.
const pages = process.argv.includes('--answers') ? answers : ['/zh/', '/zh/failed-swipes/', '/zh/failed-swipes/cant-swipe-after-upgrade/', '/zh/search/?q=%E5%88%B7%E4%B8%8D%E4%BA%86', '/en/', '/en/failed-swipes/', '/en/failed-swipes/cant-swipe-after-upgrade/', '/en/search/?q=card+declined'];
const runs = 3;
const port = Number(process.env['BENCH_PORT'] ?? 4332);

interface Figures {
  scores: number[];
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  bytes: number;
}

const browser = browserPlan();
const ours = await startPreview(port);
const peer = process.argv.includes('--no-peer') ? undefined : await startStarlight(port + 1);
const chrome = await chromeLauncher.launch({
  ...(browser.use === 'install' ? {} : { chromePath: browser.executablePath }),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

async function measure(url: string): Promise<Figures> {
  const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits } = result.lhr;
  const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
  return {
    scores: ['performance', 'accessibility', 'best-practices', 'seo'].map((id) => Math.round((categories[id]?.score ?? 0) * 100)),
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    bytes: value('total-byte-weight'),
  };
}

/** The median of each figure over the runs (scores: the lowest, so a single miss shows). */
function summarise(results: Figures[]): Figures {
  const of = (pick: (f: Figures) => number) => median(results.map(pick));
  return {
    scores: [0, 1, 2, 3].map((i) => Math.min(...results.map((f) => f.scores[i] ?? 0))),
    fcp: of((f) => f.fcp),
    lcp: of((f) => f.lcp),
    tbt: of((f) => f.tbt),
    cls: of((f) => f.cls),
    bytes: of((f) => f.bytes),
  };
}

const ms = (n: number) => n.toFixed(0).padStart(7);
try {
  const results = new Map<string, Figures[]>();
  const record = async (key: string, url: string) => results.set(key, [...(results.get(key) ?? []), await measure(url)]);
  // Round-robin, so drift on a shared machine hits every page alike.
  for (let run = 0; run < runs; run++) {
    for (const path of pages) await record(path, `${ours.url}${path}`);
    if (peer) for (const path of answers) await record(`starlight ${path}`, `${peer.url}${path}`);
  }
  console.log(`Lighthouse, mobile, median of ${runs} (scores: lowest)`);
  console.log('page                                      perf  a11y  best   seo   FCP ms  LCP ms  TBT ms    CLS   bytes');
  for (const [key, list] of results) {
    if (key.startsWith('starlight ')) continue;
    const f = summarise(list);
    console.log(`${decodeURIComponent(key).padEnd(40)} ${f.scores.map((s) => String(s).padStart(5)).join(' ')}  ${ms(f.fcp)} ${ms(f.lcp)} ${ms(f.tbt)} ${f.cls.toFixed(3).padStart(6)} ${String(f.bytes).padStart(7)}`);
  }
  if (peer) {
    console.log(`\nAnswer pages against Starlight ${starlightVersion} (same content, same server, same run)`);
    console.log('page                                         FCP ours / Starlight = ratio     LCP ours / Starlight = ratio    bytes ours / Starlight');
    for (const path of answers) {
      const a = summarise(results.get(path) ?? []);
      const b = summarise(results.get(`starlight ${path}`) ?? []);
      console.log(
        `${path.padEnd(44)} ${ms(a.fcp)} / ${ms(b.fcp)} = ${(a.fcp / b.fcp).toFixed(2)}×   ${ms(a.lcp)} / ${ms(b.lcp)} = ${(a.lcp / b.lcp).toFixed(2)}×   ${String(a.bytes).padStart(6)} / ${b.bytes}`,
      );
    }
  }
} finally {
  chrome.kill();
  ours.stop();
  peer?.stop();
}
