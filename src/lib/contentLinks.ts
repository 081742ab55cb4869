import type { ContentProblem, QuestionFile } from './contentFiles';

export interface LinkRef {
  target: string;
  line: number;
}

// Markdown links `[text](target)`; MDX bodies here have no other kind.
const markdownLink = /\]\(([^)\s]*)\)/g;

/**
 * The Markdown link targets of an MDX body, with their line numbers.
 * @example scanLinks('See [step](#check-network).') // [{ target: '#check-network', line: 1 }]
 */
export function scanLinks(body: string, firstLine = 1): LinkRef[] {
  return [...body.matchAll(markdownLink)].map((match) => ({
    target: match[1] ?? '',
    line: firstLine + body.slice(0, match.index).split('\n').length - 1,
  }));
}

// `#step`, `../id/#step` (same section) or `../../section/id/#step`; the page part ends in `/`
// because the site uses trailing slashes.
const relativeLink = /^(?:(?:\.\.\/\.\.\/([a-z0-9-]+)\/)|(?:\.\.\/))?([a-z0-9-]+\/)?(?:#(.*))?$/;

/** Where a link from `from` points, or why it cannot be followed. */
export function resolveLink(from: Pick<QuestionFile, 'section' | 'id'>, target: string): { section: string; id: string; anchor?: string } | string {
  if (/^[a-z]+:|^\/\//i.test(target)) return 'answers link only to pages of this site';
  if (target.startsWith('/')) return 'write links relative (#step, ../id/#step, ../../section/id/#step) so a build under a sub-path keeps working';
  const match = relativeLink.exec(target);
  if (!match || target === '' || (target.startsWith('..') && !match[2])) {
    return 'expected #step, ../id/#step or ../../section/id/#step (with the trailing slash)';
  }
  const [, section, page, anchor] = match;
  if (!target.startsWith('..')) {
    if (page) return 'links to another answer start with ../ (../id/#step)';
    return { section: from.section, id: from.id, ...(anchor ? { anchor } : {}) };
  }
  return { section: section ?? from.section, id: (page ?? '').replace(/\/$/, ''), ...(anchor ? { anchor } : {}) };
}

// The response-code lookup and one code's page (`../../codes/`, `../../codes/55/`).
const codeLink = /^\.\.\/\.\.\/codes\/(?:([0-9a-z]{2})\/)?$/;

/** Why a link into the code pages cannot be followed, or undefined when it can. */
function codeLinkProblem(target: string, codes: ReadonlySet<string>): string | undefined {
  const match = codeLink.exec(target);
  if (!match) return 'expected ../../codes/ or ../../codes/<code>/ (lower case, with the trailing slash)';
  const code = match[1];
  return code === undefined || codes.has(code) ? undefined : `no response code ${code} (content/codes/${code}.yaml)`;
}

// `../../troubleshoot/<flow>/<node>/`: a node of the troubleshooter, from an answer page.
const flowLink = /^\.\.\/\.\.\/troubleshoot\/([a-z0-9-]+\/[a-z0-9-]+)\/$/;

/** What answers may link to besides other answers: codes (file names, lower case) and `<flow>/<node>` keys. */
export interface LinkTargets {
  codes: ReadonlySet<string>;
  flowNodes: ReadonlySet<string>;
}

/**
 * Every in-answer link resolves to an answer of the same language and, where given, to one of its
 * steps, or to the code lookup, a code or a troubleshooter node that exists.
 */
export function checkLinks(questions: QuestionFile[], targets: LinkTargets = { codes: new Set(), flowNodes: new Set() }): ContentProblem[] {
  const byKey = new Map(questions.map((q) => [`${q.lang}/${q.section}/${q.id}`, q]));
  return questions.flatMap((q) =>
    q.links.flatMap(({ target, line }) => {
      const field = `link "${target}" (line ${line})`;
      if (target.startsWith('../../codes/')) {
        const problem = codeLinkProblem(target, targets.codes);
        return problem ? [{ file: q.file, field, message: problem }] : [];
      }
      const node = flowLink.exec(target)?.[1];
      if (node) return targets.flowNodes.has(node) ? [] : [{ file: q.file, field, message: `no troubleshooter node ${node}` }];
      const resolved = resolveLink(q, target);
      if (typeof resolved === 'string') return [{ file: q.file, field, message: resolved }];
      const linked = byKey.get(`${q.lang}/${resolved.section}/${resolved.id}`);
      if (!linked) return [{ file: q.file, field, message: `no ${q.lang} answer ${resolved.section}/${resolved.id}` }];
      if (resolved.anchor !== undefined && !linked.steps.some((step) => step.id === resolved.anchor)) {
        return [{ file: q.file, field, message: `no <Step id="${resolved.anchor}"> in ${linked.file}` }];
      }
      return [];
    }),
  );
}
