/**
 * Lets Node load the browser's search code from src/ as it is: that code imports its modules
 * without the `.ts` ending the bundler adds. Passed as `--import` by search.ts for searchNode.ts.
 */
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, next) {
    const relative = specifier.startsWith('./') || specifier.startsWith('../');
    if (relative && !/\.[cm]?[jt]s$/.test(specifier) && context.parentURL?.includes('/src/')) {
      try {
        return next(`${specifier}.ts`, context);
      } catch {
        // not a TypeScript module: resolved as written below
      }
    }
    return next(specifier, context);
  },
});
