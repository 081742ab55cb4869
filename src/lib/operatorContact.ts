import type { Locale } from '../i18n/locales';
import type { Operator } from '../schemas/operator';

/** How the site names its operator and their contact, in one language; `null` when none is set. */
export interface OperatorContact {
  name: string;
  hotline: string;
  /** `tel:` link: digits and a leading + only, so a phone dials it as written. */
  tel: string;
  hours?: string;
  website?: { href: string; label: string };
}

/** @example telHref('400-820-0000') // 'tel:4008200000' */
export function telHref(hotline: string): string {
  return `tel:${hotline.trim().startsWith('+') ? '+' : ''}${hotline.replace(/\D/g, '')}`;
}

/** An address as people read it: no scheme, no trailing slash. @example websiteLabel('https://www.example.cn/') // 'www.example.cn' */
export function websiteLabel(url: string): string {
  const { host, pathname, search } = new URL(url);
  return `${host}${pathname === '/' ? '' : pathname}${search}`;
}

/** The operator's contact in one language, or `null` when the settings are empty (callers then show the fallback). */
export function operatorContact(operator: Operator | null, lang: Locale): OperatorContact | null {
  if (!operator) return null;
  return {
    name: operator.name[lang],
    hotline: operator.hotline,
    tel: telHref(operator.hotline),
    ...(operator.hours ? { hours: operator.hours[lang] } : {}),
    ...(operator.website ? { website: { href: operator.website, label: websiteLabel(operator.website) } } : {}),
  };
}

/**
 * A dictionary string with `{name}`-style slots filled.
 * @example fill('Run by {name}', { name: 'Example Bank' }) // 'Run by Example Bank'
 */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (slot, key: string) => values[key] ?? slot);
}
