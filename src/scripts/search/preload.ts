import type { Engine } from './engine';
import { needsNumbers, withNumbers } from './numberLoad';
import { pagefindQuery } from './retrieve';
import { queryUnits } from './tokens';

/**
 * While the visitor types, before the pause that runs the search: loads the index chunks of the
 * words the lexicon does not know, and of every word that will be searched as half of a phrase
 * with its neighbour (Pagefind's own debounced search preloads the same way), so the search
 * itself rarely waits for the network.
 */
export function preloadQuery(engine: Engine, query: string): void {
  // Read before its number reading arrives, a query's sums would be preloaded as words.
  if (needsNumbers(engine, query)) void withNumbers(engine, query).then(() => preloadTerms(engine, query));
  else preloadTerms(engine, query);
}

function preloadTerms(engine: Engine, query: string): void {
  const units = queryUnits(query, engine.vocab);
  const terms = new Set(units.flatMap((unit) => [...unit.terms.filter((term) => !engine.known.has(term)), ...(units.length > 1 ? [unit.word] : [])]));
  for (const term of terms) engine.cache.preload(pagefindQuery(term, engine.lang));
}
