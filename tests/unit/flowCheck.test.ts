import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/contentCheck';
import { checkFlows } from '../../src/lib/flowCheck';
import { readContent } from '../../src/lib/contentFiles';

const site = join(import.meta.dirname, '../fixtures/valid-site');
const broken = join(import.meta.dirname, '../fixtures/flows');
const flowFile = 'content/troubleshoot/cards.yaml';
let workDir: string | undefined;

/** The valid fixture site with its flow replaced by `tests/fixtures/flows/<name>`, checked. */
function checkFixture(name: string, codes?: ReadonlySet<string>) {
  workDir = mkdtempSync(join(tmpdir(), 'flow-check-'));
  cpSync(site, workDir, { recursive: true });
  cpSync(join(broken, name), join(workDir, flowFile));
  return checkFlows(workDir, readContent(workDir), codes);
}

afterEach(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
  workDir = undefined;
});

describe('checkFlows', () => {
  it('accepts the valid fixture flow (and the whole fixture site with it)', () => {
    expect(checkFlows(site, readContent(site))).toEqual([]);
    expect(checkContent(site)).toEqual([]);
  });

  it.each([
    ['an unreachable node', 'unreachable.yaml', 'node "orphan"', 'unreachable: no answer on a path from "scope" leads here'],
    ['a path without an outcome', 'no-outcome.yaml', 'node "no-signal"', 'this path ends without an outcome: give the node answers, or fix and then'],
    ['a node that is both question and outcome', 'question-and-outcome.yaml', 'node "every-card"', 'a node is a question (answers) or an outcome (fix, then), not both'],
    ['a node with two parents', 'two-parents.yaml', 'node "one-card"', 'has 2 parents ("scope" and "every-card"): a node is reached by one answer only, so its trail is known; give each path its own node'],
    ['a cycle', 'cycle.yaml', 'node "scope"', 'cycle: scope → every-card → scope'],
    ['an answer leading nowhere', 'dangling-next.yaml', 'node "every-card" › answers[0].next', 'no node "no-sginal" in this flow'],
    ['an outcome pointing at a missing answer', 'missing-answer.yaml', 'node "one-card" › then[0]', 'no answer content/failed-swipes/zh/card-lost.mdx'],
    ['an outcome pointing at a missing step anchor', 'missing-step.yaml', 'node "one-card" › fix[0]', 'no <Step id="reboot"> in content/failed-swipes/zh/card-fails.mdx'],
    ['a code target while the site has no code lookup', 'code-target.yaml', 'node "one-card" › then[0]', 'the code lookup is not part of this site yet'],
    ['a node missing in one language', 'missing-node-language.yaml', 'node "every-card" › en', expect.stringMatching(/expected object/)],
    ['an answer missing in one language', 'missing-answer-language.yaml', 'node "scope" › answers[0].en', expect.stringMatching(/expected string/)],
    ['a non-ASCII node id', 'non-ascii-id.yaml', 'node "没信号"', 'node id must be a lower-case ASCII id such as "every-card"'],
    ['a path longer than six taps', 'too-deep.yaml', 'node "d5"', 'reached after 6 answers (scope → every-card → d1 → d2 → d3 → d4 → d5): at most 5, six taps from the start page'],
  ])('rejects %s, naming file and node', (_name, fixture, field, message) => {
    expect(checkFixture(fixture)).toContainEqual({ file: flowFile, field, message });
  });

  it('checks code targets against the codes the site has', () => {
    expect(checkFixture('code-target.yaml', new Set(['zz']))).toEqual([]);
    expect(checkFixture('code-target.yaml', new Set(['55']))).toContainEqual({ file: flowFile, field: 'node "one-card" › then[0]', message: 'no response code "zz"' });
  });

  it('lets an answer link to a troubleshooter node that exists, and only to one', () => {
    workDir = mkdtempSync(join(tmpdir(), 'flow-check-'));
    cpSync(site, workDir, { recursive: true });
    const answer = join(workDir, 'content/failed-swipes/zh/card-fails.mdx');
    writeFileSync(answer, readFileSync(answer, 'utf8').replace('先别急：', '先别急，[一步步排查](../../troubleshoot/cards/scope/)或[这里](../../troubleshoot/cards/nope/)：'));
    const problems = checkContent(workDir);
    expect(problems).toEqual([
      { file: 'content/failed-swipes/zh/card-fails.mdx', field: expect.stringMatching(/^link "\.\.\/\.\.\/troubleshoot\/cards\/nope\/"/), message: 'no troubleshooter node cards/nope' },
    ]);
  });

  it('stops the whole content check (and so the build) on a broken flow', () => {
    workDir = mkdtempSync(join(tmpdir(), 'flow-check-'));
    cpSync(site, workDir, { recursive: true });
    cpSync(join(broken, 'unreachable.yaml'), join(workDir, flowFile));
    expect(checkContent(workDir)).toContainEqual(expect.objectContaining({ file: flowFile, field: 'node "orphan"' }));
  });
});
