/**
 * `npm run bench:lighthouse`: Lighthouse with its default mobile settings, in the system
 * Chromium, on the home, a section, an answer and the search page in both languages. Prints
 * the four category scores and LCP, TBT, CLS and total bytes per page. Needs `npm run build`.
 */
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startPreview } from './preview.ts';

const pages = ['/zh/', '/zh/failed-swipes/', '/zh/failed-swipes/cant-swipe-after-upgrade/', '/zh/search/?q=%E5%88%B7%E4%B8%8D%E4%BA%86', '/en/', '/en/failed-swipes/', '/en/failed-swipes/cant-swipe-after-upgrade/', '/en/search/?q=card+declined'];
const systemChromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

const { url, stop } = await startPreview(4332);
const chrome = await chromeLauncher.launch({
  ...(existsSync(systemChromium) ? { chromePath: systemChromium } : {}),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  console.log('page                                              perf  a11y  best   seo   LCP ms  TBT ms    CLS   bytes');
  for (const path of pages) {
    const result = await lighthouse(`${url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { categories, audits } = result.lhr;
    const score = (id: string) => String(Math.round((categories[id]?.score ?? 0) * 100)).padStart(5);
    const value = (id: string, digits = 0) => (audits[id]?.numericValue ?? Number.NaN).toFixed(digits).padStart(7);
    console.log(
      `${decodeURIComponent(path).padEnd(48)} ${score('performance')} ${score('accessibility')} ${score('best-practices')} ${score('seo')} ` +
        `${value('largest-contentful-paint')} ${value('total-blocking-time')} ${value('cumulative-layout-shift', 3)} ${value('total-byte-weight')}`,
    );
  }
} finally {
  chrome.kill();
  stop();
}
