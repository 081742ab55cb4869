import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { FlowData } from '../../../src/schemas/flow';

const folder = join(import.meta.dirname, '../../../content/troubleshoot');

/** The published flows, read from their YAML files (the build has already validated them). */
export function publishedFlows(): { id: string; data: FlowData }[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => ({ id: name.replace(/\.yaml$/, ''), data: parse(readFileSync(join(folder, name), 'utf8')) as FlowData }));
}

/** A node page's path. */
export const nodeUrl = (lang: string, flow: string, node: string) => `/${lang}/troubleshoot/${flow}/${node}/`;
