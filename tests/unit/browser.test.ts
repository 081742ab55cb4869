import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserPlan } from '../../tests/tools/browser';

const project = join(import.meta.dirname, '../..');

describe('the browser for npm test', () => {
  it('uses CHROMIUM_PATH when the file is there', () => {
    expect(browserPlan({ CHROMIUM_PATH: '/opt/chrome' }, (path) => path === '/opt/chrome')).toEqual({ use: 'system', executablePath: '/opt/chrome' });
  });

  it("falls back to Debian's Chromium, then to Playwright's own", () => {
    expect(browserPlan({}, (path) => path === '/usr/bin/chromium')).toMatchObject({ use: 'system', executablePath: '/usr/bin/chromium' });
    expect(browserPlan({ CHROMIUM_PATH: '/missing' }, (path) => path.includes('ms-playwright'))).toMatchObject({ use: 'playwright' });
  });

  it('with no browser anywhere, installs Playwright’s Chromium', () => {
    expect(browserPlan({ CHROMIUM_PATH: '/missing' }, () => false)).toMatchObject({ use: 'install', command: ['npx', 'playwright', 'install', 'chromium'] });
  });

  it('the test command itself provisions when CHROMIUM_PATH points at nothing (dry run: no download)', () => {
    const output = execFileSync(process.execPath, ['tests/tools/browser.ts', '--dry-run'], { cwd: project, env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' }, encoding: 'utf8' });
    if (existsSync(chromium.executablePath())) {
      // A machine that already downloaded Playwright's browser uses it.
      expect(output).toContain("Playwright's Chromium");
    } else {
      expect(output).toMatch(/No Chromium found \(\/nonexistent\/chromium and .*\): running `npx playwright install chromium`/);
      // Playwright's own dry run: the command is real and knows where the browser would go.
      expect(output).toMatch(/Install location:\s+\S*ms-playwright/);
    }
  }, 60_000);
});
