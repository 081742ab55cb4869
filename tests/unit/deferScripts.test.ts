import { describe, expect, it } from 'vitest';
import { deferModuleScripts, deferredModules, moduleGraph, staticImports } from '../../src/lib/deferScripts';

const files: Record<string, string> = {
  '/_astro/a.js': 'import{t as e}from"./helper.js";import"./side.js";e(()=>import(`./lazy.js`))',
  '/_astro/b.js': 'import{n}from"./helper.js";n()',
  '/_astro/helper.js': 'export const t=1',
  '/_astro/side.js': 'console.log(1)',
};
const read = (path: string) => files[path] ?? '';
const page = (body: string) => `<html><head><script type="module" src="/_astro/a.js"></script></head><body>${body}<script type="module" src="/_astro/b.js"></script></body></html>`;

describe('deferScripts', () => {
  it('finds static imports, not dynamic ones', () => {
    expect(staticImports(files['/_astro/a.js'] ?? '')).toEqual(['./helper.js', './side.js']);
  });

  it('lists each module a set of entries needs once', () => {
    expect(moduleGraph(['/_astro/a.js', '/_astro/b.js'], read)).toEqual(['/_astro/a.js', '/_astro/helper.js', '/_astro/side.js', '/_astro/b.js']);
  });

  it('replaces the module scripts by one loader at the end of the body that imports the whole graph', () => {
    const html = deferModuleScripts(page('<p>x</p>'), read);
    expect(html).not.toContain('src="/_astro/');
    expect(html).toMatch(/<p>x<\/p><script type="module">[^<]*<\/script><\/body>/);
    expect(deferredModules(html)).toEqual(['/_astro/a.js', '/_astro/helper.js', '/_astro/side.js', '/_astro/b.js']);
    expect(html).toContain("first-contentful-paint");
  });

  it('leaves a page without module scripts alone', () => {
    const html = '<html><body><script type="application/ld+json">{}</script></body></html>';
    expect(deferModuleScripts(html, read)).toBe(html);
    expect(deferredModules(html)).toEqual([]);
  });
});
