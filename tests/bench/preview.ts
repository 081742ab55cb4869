import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { launchPath } from '../tools/browser.ts';

/** Serves `dist/` of the project in `cwd` with `astro preview` on `port` until `stop()` is called. */
export async function startPreview(port: number, cwd = process.cwd()): Promise<{ url: string; stop: () => void }> {
  if (!existsSync(join(cwd, 'dist/index.html'))) throw new Error(`No build found in ${cwd}: run \`npm run build\` there first.`);
  const server: ChildProcess = spawn('npx', ['astro', 'preview', '--port', String(port), '--host', 'localhost', '--force'], { cwd, stdio: 'ignore', detached: true });
  return whenServing(server, port, 'astro preview');
}

/** Waits (up to 20 s) until a detached `server` answers `/zh/` on `port`; kills it if it never does. */
export async function whenServing(server: ChildProcess, port: number, name: string): Promise<{ url: string; stop: () => void }> {
  const url = `http://localhost:${port}`;
  const stop = () => {
    try {
      if (server.pid) process.kill(-server.pid);
    } catch {
      // already gone (it exited with its parent's terminal or was stopped twice)
    }
  };
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`${url}/zh/`)).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error(`${name} did not answer on ${url}`);
}

/** Debian's Chromium when present (CHROMIUM_PATH overrides), else Playwright's own. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(launchPath());
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};
