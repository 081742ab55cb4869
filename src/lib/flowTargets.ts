import type { Locale } from '../i18n/locales';
import { questionPath, withBase } from '../i18n/urls';

/**
 * Where an outcome points, written as a string in the flow file:
 * `section/answer-id#step-id` (one step), `section/answer-id` (the answer's summary),
 * `codes` (the response-code lookup) or `codes/<code>` (one code's page, lower case).
 */
export type FlowTarget =
  | { kind: 'step'; section: string; id: string; step: string }
  | { kind: 'answer'; section: string; id: string }
  | { kind: 'codes' }
  | { kind: 'code'; code: string };

const word = '[a-z0-9]+(?:-[a-z0-9]+)*';
export const targetPattern = new RegExp(`^(?:codes(?:/[a-z0-9]+)?|${word}/${word}(?:#${word})?)$`);

/** @example parseTarget('settlement/settlement-delays#when-to-worry') // { kind: 'step', section: 'settlement', id: 'settlement-delays', step: 'when-to-worry' } */
export function parseTarget(value: string): FlowTarget {
  if (value === 'codes') return { kind: 'codes' };
  if (value.startsWith('codes/')) return { kind: 'code', code: value.slice('codes/'.length) };
  const [path = '', step] = value.split('#');
  const [section = '', id = ''] = path.split('/');
  return step ? { kind: 'step', section, id, step } : { kind: 'answer', section, id };
}

/** The page (and anchor) a target opens. */
export function targetHref(target: FlowTarget, lang: Locale, base?: string): string {
  switch (target.kind) {
    case 'step':
      return `${questionPath(lang, target.section, target.id, base)}#${target.step}`;
    case 'answer':
      return questionPath(lang, target.section, target.id, base);
    case 'codes':
      return withBase(`${lang}/codes`, base);
    case 'code':
      return withBase(`${lang}/codes/${target.code}`, base);
  }
}

/** A flow node's page. @example nodePath('en', 'card-fails', 'scope') // '/en/troubleshoot/card-fails/scope/' */
export function nodePath(lang: Locale, flow: string, node: string, base?: string): string {
  return withBase(`${lang}/troubleshoot/${flow}/${node}`, base);
}

/** The troubleshooter's start page. */
export function troubleshootPath(lang: Locale, base?: string): string {
  return withBase(`${lang}/troubleshoot`, base);
}
