import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent, formatProblems } from '../lib/contentCheck';

/**
 * Stops `astro build`/`astro dev` before anything renders when the content is inconsistent
 * (missing translation, duplicate id, unmatched anchor, broken `related`, a wrong setting in
 * content/operator.yaml or entry in content/glossary.yaml), naming file and field.
 */
export function contentIntegrity(): AstroIntegration {
  return {
    name: 'help-center:content-integrity',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const problems = checkContent(fileURLToPath(config.root));
        if (problems.length > 0) {
          throw new Error(`Content check failed (${problems.length} problem${problems.length > 1 ? 's' : ''}):\n${formatProblems(problems)}`);
        }
        logger.info('content check passed');
      },
    },
  };
}
