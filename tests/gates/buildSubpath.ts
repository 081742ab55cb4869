import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export const subpathBase = '/help/';
export const subpathDist = join(import.meta.dirname, '../../.gates/dist-subpath');

/** Builds the site a second time under a sub-path (with `npm run build`'s script), to prove every link honours `base`. */
export default function setup(): void {
  execFileSync(process.execPath, [join(import.meta.dirname, '../../src/build.ts'), '--outDir', subpathDist], {
    env: { ...process.env, BASE_PATH: subpathBase, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
}
