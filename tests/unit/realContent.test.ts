import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/contentCheck';
import { readContent } from '../../src/lib/contentFiles';
import { sectionIds } from '../../src/lib/sections';
import { readCodes } from '../../src/lib/codeCheck';

const root = join(import.meta.dirname, '../..');

describe('the published content', () => {
  it('passes every content check', () => {
    expect(checkContent(root)).toEqual([]);
  });

  it('has the same questions and the same anchors, in the same order, in zh and en', () => {
    const { questions } = readContent(root);
    const outline = (lang: string) =>
      questions.filter((q) => q.lang === lang).map((q) => `${q.section}/${q.id}#${q.steps.map((s) => s.id).join(',')}`);
    expect(outline('zh').length).toBeGreaterThan(0);
    expect(outline('en')).toEqual(outline('zh'));
  });

  it('gives every section at least one question with steps', () => {
    const { questions } = readContent(root);
    for (const section of sectionIds) {
      expect(questions.some((q) => q.section === section && q.steps.length > 0), section).toBe(true);
    }
  });

  it('has all 85 response codes, the stopped-card ones neutral and the inferred ones flagged', () => {
    const { codes, problems } = readCodes(root);
    expect(problems).toEqual([]);
    expect(codes).toHaveLength(85);
    const sensitive = codes.filter((c) => c.data.sensitive).map((c) => c.data.code);
    expect(sensitive).toEqual(['04', '07', '34', '35', '36', '37', '41', '43', '67']);
    // Advice that says it is our inference must carry the page's "check with your acquirer" note.
    const unflagged = codes.filter((c) => !c.data.inferred && /推断|inference/.test(JSON.stringify([c.data.zh, c.data.en])));
    expect(unflagged.map((c) => c.file)).toEqual([]);
  });
});
