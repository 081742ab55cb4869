/**
 * `npm run bench:cold-pairs -- <other checkout> [pairs] [lang] [query]`: the cold first query
 * (coldQuery.ts, as bench:search measures it) on this project's build and on another checkout's,
 * in turn, in one browser. The cold time varies by tens of milliseconds from minute to minute on
 * a shared machine; pairs taken side by side show what a change does to it. Both checkouts need
 * `npm run build` first.
 */
import { resolve } from 'node:path';
import { coldQuery } from './coldQuery.ts';
import { launchChromium, median, startPreview } from './preview.ts';

const [other, pairArg = '20', langArg = 'en', queryArg] = process.argv.slice(2);
if (!other) throw new Error('Give the other checkout, built with `npm run build`: npm run bench:cold-pairs -- ../main-before');
const pairs = Number(pairArg);
const lang = langArg === 'zh' ? 'zh' : 'en';
const query = queryArg ?? (lang === 'en' ? 'card declined after the terminal update' : '升级后刷不了卡怎么办');

const otherSide = await startPreview(4382, resolve(other));
const sides = { this: await startPreview(4381).catch((error: unknown) => (otherSide.stop(), Promise.reject(error))), other: otherSide };
const browser = await launchChromium();
const times: Record<keyof typeof sides, number[]> = { this: [], other: [] };
try {
  for (let i = 0; i < pairs; i++) {
    // Each side goes first in every other pair: neither gains from a warmer machine.
    for (const side of i % 2 ? (['other', 'this'] as const) : (['this', 'other'] as const)) {
      times[side].push((await coldQuery(browser, sides[side].url, lang, query)).cold);
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
