import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { htmlPages, root } from './dist';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes void elements as <meta ...> and the doctype upper-case; both are valid HTML.
    'void-style': 'off',
    'doctype-style': 'off',
    // The search results are an ARIA combobox listbox, which <select> cannot express.
    'prefer-native-element': ['error', { exclude: ['listbox'] }],
  },
});

describe('html-validate over the build', () => {
  it.each(htmlPages(join(root, 'dist')).map((page) => [page.path, page.html] as const))('%s is valid HTML', async (path, html) => {
    const report = await validator.validateString(html, path);
    const problems = report.results.flatMap((result) => result.messages.map((m) => `${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(problems).toEqual([]);
  });
});
