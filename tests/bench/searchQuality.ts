/** Quality figures for `npm run bench:search`: one query table run through the search page. */
import { existsSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { HoldoutCase } from '../fixtures/search-holdout.ts';
import { followPointer } from '../e2e/support/pointers.ts';
import { judge, searchOnPage } from '../e2e/support/search.ts';
import { median } from './preview.ts';

export interface TableFigures {
  total: number;
  skipped: Record<string, number>;
  top1: number;
  top3: number;
  withStep: number;
  stepRight: number;
  empty: number;
  misses: string[];
  /** Median ms per query, rendering included: the first run of each query, then a repeat. */
  fresh: number;
  repeat: number;
  /** Median ms of a new query's search itself, from its start (during the pause, if run ahead) to its outcome; NaN (null once sent as JSON) where not measured. */
  work: number;
}

/** A case counts only once its answer page is in the build; pending ones are tallied apart. */
export function live(lang: string, cases: readonly HoldoutCase[]): { run: HoldoutCase[]; skipped: Record<string, number> } {
  const skipped: Record<string, number> = {};
  const run = cases.filter((expected) => {
    const present = existsSync(`dist/${lang}/${expected.answer}/index.html`);
    if (!present) skipped[expected.pending ?? 'missing'] = (skipped[expected.pending ?? 'missing'] ?? 0) + 1;
    return present;
  });
  return { run, skipped };
}

/** The last query's time; the timeline is ordered by start, and a search run ahead starts before the one it follows ends. */
const lastTiming = (page: Page, query: string, name = 'help-search') =>
  page.evaluate(([measure, q]) => (performance.getEntriesByName(measure!) as PerformanceMeasure[]).findLast((entry) => entry.detail === q)?.duration ?? Number.NaN, [name, query]);

/** A table's figures before any query is run. */
export function emptyFigures(total: number, skipped: Record<string, number>): TableFigures {
  return { total, skipped, top1: 0, top3: 0, withStep: 0, stepRight: 0, empty: 0, misses: [], fresh: 0, repeat: 0, work: 0 };
}

/**
 * Adds one query's results (their URLs, best first) to a table's figures, for the browser and the
 * Node run alike. A blind table's misses are not even collected: nobody may tune on its queries.
 */
export function tally(figures: TableFigures, lang: string, expected: HoldoutCase, urls: readonly { url: string }[], blind: boolean): void {
  const { rank, stepRight } = judge(lang, expected, urls);
  const found = rank >= 0 && rank < 3;
  figures.top1 += rank === 0 ? 1 : 0;
  figures.top3 += found ? 1 : 0;
  if (found && expected.step) {
    figures.withStep += 1;
    figures.stepRight += stepRight ? 1 : 0;
  }
  figures.empty += urls.length === 0 ? 1 : 0;
  if (!blind && (rank !== 0 || !stepRight)) {
    const wanted = followPointer(lang, expected);
    const want = `${wanted.answer}${wanted.step ? `#${wanted.step}` : ''}`;
    // A query the tuning table wants first (the e2e test fails on it) is marked so.
    const mustLead = expected.first && rank !== 0 ? ' MUST BE FIRST' : '';
    figures.misses.push(`#${rank < 0 ? '–' : rank + 1}${stepRight ? '' : ' wrong step'}${mustLead}  "${expected.query}" want ${want}, got ${urls[0]?.url ?? '(none)'}`);
  }
}

export async function measureTable(page: Page, lang: string, cases: readonly HoldoutCase[], blind: boolean, timeRepeats = true): Promise<TableFigures> {
  const { run, skipped } = live(lang, cases);
  const figures = emptyFigures(run.length, skipped);
  const fresh: number[] = [];
  const work: number[] = [];
  for (const expected of run) {
    const { hits } = await searchOnPage(page, expected.query);
    fresh.push(await lastTiming(page, expected.query));
    work.push(await lastTiming(page, expected.query, 'help-search-work'));
    tally(figures, lang, expected, hits, blind);
  }
  const repeat: number[] = [];
  for (const expected of timeRepeats ? run : []) {
    await searchOnPage(page, expected.query);
    repeat.push(await lastTiming(page, expected.query));
  }
  figures.fresh = median(fresh);
  figures.work = median(work);
  figures.repeat = timeRepeats ? median(repeat) : Number.NaN;
  return figures;
}

const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`);

/** One Markdown row per language, the same columns as the README's tables. */
export function row(lang: string, f: TableFigures): string {
  const skipped = Object.entries(f.skipped).map(([why, n]) => `${n} ${why}`).join(', ') || '0';
  return `| ${lang} | ${f.total} | ${percent(f.top1, f.total)} | ${percent(f.top3, f.total)} | ${percent(f.stepRight, f.withStep)} (${f.stepRight}/${f.withStep}) | ${f.empty} | ${f.fresh.toFixed(1)} / ${Number.isFinite(f.repeat) ? f.repeat.toFixed(1) : '–'} ms${Number.isFinite(f.work) ? ` (search ${f.work.toFixed(1)} ms)` : ''} | ${skipped} |`;
}

export const header = [
  '| | queries | hit@1 | hit@3 | right step when found | no results | warm: new / repeated query, the wait after the typing pause (median; in brackets, a new query’s search itself, run ahead during the pause) | skipped (page not built yet) |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
];
