import { describe, expect, it } from 'vitest';
import { absoluteUrl, assetPath, codePath, codesAboutPath, codesPath, homePath, localizedPath, questionPath, sectionPath, withBase } from '../../src/i18n/urls';

describe('withBase', () => {
  it.each([
    ['', '/', '/'],
    ['zh', '/', '/zh/'],
    ['zh/settlement', '/help/', '/help/zh/settlement/'],
    ['/en/', '/help', '/help/en/'],
    ['', '/help/', '/help/'],
  ])('withBase(%j, %j) is %j', (path, base, expected) => {
    expect(withBase(path, base)).toBe(expected);
  });
});

describe('page paths', () => {
  it.each([
    [homePath('en', '/'), '/en/'],
    [sectionPath('zh', 'settlement', '/'), '/zh/settlement/'],
    [questionPath('zh', 'failed-swipes', 'who-to-call', '/help/'), '/help/zh/failed-swipes/who-to-call/'],
    [assetPath('favicon.svg', '/help/'), '/help/favicon.svg'],
    [assetPath('favicon.svg', '/'), '/favicon.svg'],
    [codesPath('zh', '/'), '/zh/codes/'],
    [codePath('en', 'A0', '/'), '/en/codes/a0/'],
    [codePath('zh', '55', '/help/'), '/help/zh/codes/55/'],
    [codesAboutPath('en', '/'), '/en/codes/about/'],
  ])('%s is %s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe('localizedPath', () => {
  it.each([
    ['/zh/', 'en', '/', '/en/'],
    ['/en/settlement/', 'zh', '/', '/zh/settlement/'],
    ['/zh/failed-swipes/who-to-call/', 'en', '/', '/en/failed-swipes/who-to-call/'],
    ['/help/zh/settlement/', 'en', '/help/', '/help/en/settlement/'],
    ['/help/en/', 'en', '/help/', '/help/en/'],
    ['/', 'en', '/', '/en/'],
    ['/404/', 'zh', '/', '/zh/'],
    ['/help/', 'zh', '/help/', '/help/zh/'],
    ['/zh/codes/a0/', 'en', '/', '/en/codes/a0/'],
  ] as const)('%s in %s under %s is %s', (pathname, target, base, expected) => {
    expect(localizedPath(pathname, target, base)).toBe(expected);
  });
});

describe('absoluteUrl', () => {
  it('joins a path to the site', () => {
    expect(absoluteUrl('/zh/', 'https://help.example.cn')).toBe('https://help.example.cn/zh/');
    expect(absoluteUrl('/help/en/', new URL('https://example.cn/'))).toBe('https://example.cn/help/en/');
  });

  it('leaves the path alone when no site is configured', () => {
    expect(absoluteUrl('/zh/', undefined)).toBe('/zh/');
  });
});
