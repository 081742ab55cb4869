import type { Engine } from './engine';

/**
 * A digit, or a Chinese sum or code said aloud (a place, 十 百 千 万, or 零: 三千, 五十五, 零五): the
 * query needs the number reading (numbers.ts). A numeral alone (一直, 一下, 三天) is no sum.
 */
export const speaksNumbers = (query: string): boolean => /[0-9０-９零十百千万]/.test(query);

/** Whether the query has a number this engine cannot read yet. */
export const needsNumbers = (engine: Engine, query: string): boolean => !engine.vocab.numbers && speaksNumbers(query);

const loading = new WeakMap<Engine, Promise<void>>();

/**
 * A query with a number in it is read with its language's number reading (numbers.ts), fetched
 * once, the first time one is asked; searches that ask at the same time share the fetch. A failed
 * fetch fails no search: the query is read with its numbers as words, and the next one tries again.
 */
export function withNumbers(engine: Engine, query: string): Promise<void> {
  if (!needsNumbers(engine, query)) return Promise.resolve();
  let load = loading.get(engine);
  if (!load) {
    load = engine.loadNumbers().then(
      (reading) => void (engine.vocab.numbers = reading),
      () => void loading.delete(engine),
    );
    loading.set(engine, load);
  }
  return load;
}
