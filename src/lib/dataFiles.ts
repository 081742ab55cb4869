import { parse } from 'yaml';
import type { z } from 'astro/zod';
import type { ContentProblem } from './contentFiles';

/** YAML's empty values (`key:` with nothing after it, `''`) read as absent, so a blank template is valid. */
export function withoutBlanks(value: unknown): unknown {
  if (value === null || (typeof value === 'string' && value.trim() === '')) return undefined;
  if (Array.isArray(value)) return value.map(withoutBlanks);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).flatMap(([key, item]) => {
      const kept = withoutBlanks(item);
      return kept === undefined ? [] : [[key, kept]];
    }));
  }
  return value;
}

export type DataRead<T> = { ok: true; data: T } | { ok: false; problems: ContentProblem[] };

/**
 * Parses and validates a YAML data file under `content/`. Problems name the file and the field;
 * `fieldName` may turn a schema path into something an editor can find (an entry's id).
 */
export function readDataFile<S extends z.ZodType>(
  file: string,
  source: string,
  schema: S,
  fieldName: (path: PropertyKey[], raw: unknown) => string = (path) => path.map(String).join('.'),
): DataRead<z.output<S>> {
  let raw: unknown;
  try {
    raw = withoutBlanks(parse(source));
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, problems: [{ file, field: '(yaml)', message: `not valid YAML: ${reason}` }] };
  }
  const result = schema.safeParse(raw ?? {});
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => {
      // A misspelt key is reported on its parent; name the key itself, which is what the editor must fix.
      const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys.join(', ')] : issue.path;
      return { file, field: fieldName(path, raw) || '(file)', message: issue.message };
    }),
  };
}

/** The data of a file the content check has already passed; a failure here means the check was skipped. */
export function dataOrThrow<T>(read: DataRead<T>): T {
  if (read.ok) return read.data;
  throw new Error(`Invalid data file:\n${read.problems.map((p) => `  ${p.file} › ${p.field}: ${p.message}`).join('\n')}`);
}
