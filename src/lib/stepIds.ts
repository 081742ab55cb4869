export interface StepRef {
  id: string;
  title: string;
  line: number;
  /** Where the step's answer is written in full: search skips the step and finds that one. */
  see?: string;
}

export type StepScan = { steps: StepRef[]; problems: { line: number; message: string }[] };

const stepTag = /<Step\b([^>]*)>/g;

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  return match ? (match[1] ?? match[2]) : undefined;
}

// <Step> takes only these; anything else (the retired `keywords`, a typo) would be silently ignored.
const stepAttributes = new Set(['id', 'title', 'see']);

/** Attribute names written on a tag, quoted values left out so their text is not mistaken for names. */
function attributeNames(attributes: string): string[] {
  const unquoted = attributes.replace(/"[^"]*"|'[^']*'/g, '""');
  return [...unquoted.matchAll(/([A-Za-z][\w-]*)\s*=/g)].map((m) => m[1] ?? '');
}

/**
 * Finds the `<Step id="…" title="…">` tags of an MDX body, in order. The ids must be
 * literal strings so they can be checked here, before anything renders.
 * @example scanSteps('<Step id="a" title="A">').steps // [{ id: 'a', title: 'A', line: 1 }]
 */
export function scanSteps(body: string, firstLine = 1): StepScan {
  const result: StepScan = { steps: [], problems: [] };
  for (const match of body.matchAll(stepTag)) {
    const line = firstLine + body.slice(0, match.index).split('\n').length - 1;
    const attributes = match[1] ?? '';
    const id = attribute(attributes, 'id');
    const title = attribute(attributes, 'title');
    for (const name of attributeNames(attributes).filter((n) => !stepAttributes.has(n))) {
      const hint = name === 'keywords' ? ': search words go in content/search/lexicon.yaml' : ': a <Step> takes only id, title and see';
      result.problems.push({ line, message: `unknown attribute ${name}${hint}` });
    }
    if (id === undefined) result.problems.push({ line, message: 'a <Step> has no literal id="…"' });
    if (title === undefined) result.problems.push({ line, message: 'a <Step> has no literal title="…"' });
    const see = attribute(attributes, 'see');
    if (id !== undefined && title !== undefined) result.steps.push({ id, title, line, ...(see === undefined ? {} : { see }) });
  }
  return result;
}
