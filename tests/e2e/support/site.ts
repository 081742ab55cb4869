import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Page } from '@playwright/test';

const dist = join(import.meta.dirname, '../../../dist');

/** Every page of the built site as a URL path (`/zh/settlement/`), read from `dist/`. */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'index.html') pages.push(`/${relative(dist, dir).split(sep).join('/')}/`.replace('//', '/'));
    }
  };
  walk(dist);
  return pages.sort();
}

/** The language a built page is written in, from its path. */
export function expectedHtmlLang(path: string): string {
  return path.startsWith('/en/') ? 'en' : 'zh-CN';
}

/** Collects console errors and uncaught exceptions for the life of the page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** One page of each kind, in both languages, for screenshots and walkthroughs. */
export const pageKinds = {
  home: (lang: string) => `/${lang}/`,
  section: (lang: string) => `/${lang}/failed-swipes/`,
  answer: (lang: string) => `/${lang}/failed-swipes/cant-swipe-after-upgrade/`,
  troubleshootQuestion: (lang: string) => `/${lang}/troubleshoot/card-fails/every-card/`,
  troubleshootOutcome: (lang: string) => `/${lang}/troubleshoot/card-fails/no-connection/`,
  search: (lang: string) => `/${lang}/search/?q=${encodeURIComponent(lang === 'zh' ? '钱没到账' : 'card declined')}`,
  glossary: (lang: string) => `/${lang}/glossary/`,
  codes: (lang: string) => `/${lang}/codes/`,
  code: (lang: string) => `/${lang}/codes/45/`,
} as const;

/** A response-code page (`/zh/codes/55/`); the lookup and its about page are not. */
export function isCodePage(path: string): boolean {
  return /^\/(zh|en)\/codes\/[0-9a-z]{2}\/$/.test(path);
}

/** An answer page (`/<lang>/<section>/<id>/`): three segments, outside the codes. */
export function isAnswerPage(path: string): boolean {
  return path.split('/').filter(Boolean).length === 3 && !path.startsWith(`/${path.split('/')[1]}/codes/`);
}

/**
 * Code pages checked in every color scheme and width: one of each kind (upgrade, chip, sensitive,
 * no screen text, other meanings, approved). The other code pages share one template and get one pass.
 */
export const sampleCodes = ['55', 'a0', '45', '43', 'y1', '58', '00'];
