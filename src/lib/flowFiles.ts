import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { flowSchema, type FlowData } from '../schemas/flow';
import type { ContentProblem } from './contentFiles';
import { readFrontmatter } from './frontmatter';
import { idPattern } from './sections';

/** The folder of the troubleshooter's flows, relative to the project. */
export const flowsFolder = 'content/troubleshoot';

export interface FlowFile {
  file: string;
  id: string;
  data: FlowData;
}

/** `nodes.scope.answers.1.en` → `node "scope" › answers[1].en`: authors look for the node first. */
function fieldName(path: readonly PropertyKey[]): string {
  const parts = path.map(String);
  const rest = parts.slice(2).map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`)).join('').replace(/^\./, '');
  if (parts[0] === 'nodes' && parts[1] !== undefined) return rest ? `node "${parts[1]}" › ${rest}` : `node "${parts[1]}"`;
  return parts.join('.') || '(file)';
}

/** Reads and validates every `content/troubleshoot/<flow>.yaml`, each on its own. */
export function readFlows(root: string): { flows: FlowFile[]; problems: ContentProblem[] } {
  const flows: FlowFile[] = [];
  const problems: ContentProblem[] = [];
  const dir = join(root, flowsFolder);
  if (!existsSync(dir)) return { flows, problems };
  for (const name of readdirSync(dir).filter((n) => !n.startsWith('.')).sort()) {
    const file = `${flowsFolder}/${name}`;
    const id = name.replace(/\.yaml$/, '');
    if (!name.endsWith('.yaml')) {
      problems.push({ file, field: '(file)', message: 'flows must be .yaml files' });
      continue;
    }
    if (!idPattern.test(id)) problems.push({ file, field: '(file name)', message: `"${id}" is not a lower-case ASCII id` });
    const parsed = readFrontmatter(`---\n${readFileSync(join(dir, name), 'utf8')}\n---\n`);
    if (!parsed.ok) {
      problems.push({ file, field: '(yaml)', message: parsed.error.replace('frontmatter', 'the file') });
      continue;
    }
    const result = flowSchema.safeParse(parsed.data);
    if (!result.success) {
      problems.push(...result.error.issues.map((issue) => ({ file, field: fieldName(issue.path), message: issue.message })));
      continue;
    }
    flows.push({ file, id, data: result.data });
  }
  return { flows, problems };
}

/** `<flow>/<node>` of every node of every valid flow: what an answer may link to. */
export function flowNodeKeys(root: string): Set<string> {
  return new Set(readFlows(root).flows.flatMap((flow) => Object.keys(flow.data.nodes).map((node) => `${flow.id}/${node}`)));
}
