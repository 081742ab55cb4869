import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/contentCheck';
import { readContent } from '../../src/lib/contentFiles';
import { sectionIds } from '../../src/lib/sections';

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
});
