/**
 * `npm run bench:cold-pairs -- <other checkout> [pairs] [lang] [query]`: the cold first query (a
 * fresh browser context, the home page's box, `help-search` as search.ts measures it) on this
 * project's build and on another checkout's, in turn, in one browser. The cold time varies by tens
 * of milliseconds from minute to minute on a shared machine; pairs taken side by side show what a
 * change does to it. Both checkouts need `npm run build` first.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium, median, whenServing } from './preview.ts';

const [other, pairArg = '20', langArg = 'en', queryArg] = process.argv.slice(2);
if (!other || !existsSync(resolve(other, 'dist/index.html'))) throw new Error('Give the other checkout, built with `npm run build`: npm run bench:cold-pairs -- ../main-before');
const pairs = Number(pairArg);
const lang = langArg === 'zh' ? 'zh' : 'en';
const query = queryArg ?? (lang === 'en' ? 'card declined after the terminal update' : '升级后刷不了卡怎么办');

const serve = (cwd: string, port: number) => whenServing(spawn('npx', ['astro', 'preview', '--port', String(port), '--host', 'localhost', '--force'], { cwd, stdio: 'ignore', detached: true }), port, cwd);
const sides = { this: await serve(process.cwd(), 4381), other: await serve(resolve(other), 4382) };
const browser = await launchChromium();
const times: Record<keyof typeof sides, number[]> = { this: [], other: [] };
try {
  for (let i = 0; i < pairs; i++) {
    // Each side goes first in every other pair: neither gains from a warmer machine.
    for (const side of i % 2 ? (['other', 'this'] as const) : (['this', 'other'] as const)) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${sides[side].url}/${lang}/`);
      await page.waitForLoadState('networkidle');
      await page.locator('#home-search-input').fill(query);
      await page.getByRole('option').first().waitFor();
      await page.waitForLoadState('networkidle');
      times[side].push(await page.evaluate(() => performance.getEntriesByName('help-search')[0]?.duration ?? Number.NaN));
      await context.close();
    }
  }
} finally {
  await browser.close();
  sides.this.stop();
  sides.other.stop();
}
const quartile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.floor(q * (values.length - 1))]!;
console.log(`cold first query "${query}", ${pairs} pairs:`);
for (const side of ['this', 'other'] as const) console.log(`  ${side === 'this' ? 'this build ' : 'other build'}  median ${median(times[side]).toFixed(1)} ms (quartiles ${quartile(times[side], 0.25).toFixed(1)}–${quartile(times[side], 0.75).toFixed(1)})`);
console.log(`  this − other, median of the paired differences: ${median(times.this.map((t, i) => t - times.other[i]!)).toFixed(1)} ms`);
