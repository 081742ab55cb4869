/**
 * Which Chromium the browser tests and benchmarks drive, and how to get one where there is none:
 * `CHROMIUM_PATH` when set, else Debian's `/usr/bin/chromium`, else Playwright's own build; with
 * none of them on disk, `npm run test:e2e` (so `npm test`) downloads Playwright's build first.
 * Run directly (`node tests/tools/browser.ts`) it does that; `--dry-run` only prints the plan.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

export type BrowserPlan =
  | { use: 'system'; executablePath: string }
  | { use: 'playwright'; executablePath: string }
  | { use: 'install'; command: string[]; missing: string };

/** The system Chromium to try: `CHROMIUM_PATH` if set (and then only it), else Debian's. */
export function systemChromium(env: NodeJS.ProcessEnv = process.env): string {
  return env['CHROMIUM_PATH'] || '/usr/bin/chromium';
}

export function browserPlan(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): BrowserPlan {
  const system = systemChromium(env);
  if (exists(system)) return { use: 'system', executablePath: system };
  const bundled = chromium.executablePath();
  if (exists(bundled)) return { use: 'playwright', executablePath: bundled };
  return { use: 'install', command: ['npx', 'playwright', 'install', 'chromium'], missing: `${system} and ${bundled}` };
}

/** Launch options for Playwright: the system browser's path, or nothing for Playwright's own. */
export function launchPath(env: NodeJS.ProcessEnv = process.env): { executablePath?: string } {
  const system = systemChromium(env);
  return existsSync(system) ? { executablePath: system } : {};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const plan = browserPlan();
  if (plan.use !== 'install') {
    console.log(`Browser tests use ${plan.use === 'system' ? 'the system Chromium' : "Playwright's Chromium"}: ${plan.executablePath}`);
  } else {
    console.log(`No Chromium found (${plan.missing}): running \`${plan.command.join(' ')}\``);
    // --dry-run asks Playwright what it would download, and downloads nothing.
    const args = [...plan.command.slice(1), ...(process.argv.includes('--dry-run') ? ['--dry-run'] : [])];
    execFileSync(plan.command[0] ?? 'npx', args, { stdio: 'inherit' });
  }
}
