/**
 * What `<Step>`, `<Callout>` and `<OperatorContact />` in an answer's MDX become: the markup the
 * Astro components Step, Callout and OperatorContact used to render (without Astro's scoping
 * attributes; their styles are in src/styles/answer.css), written into the content store once.
 */
import type { Locale } from '../../i18n/locales';
import { useTranslations } from '../../i18n/ui';
import type { Operator } from '../../schemas/operator';
import { fill, operatorContact } from '../operatorContact';
import { shareIconSvg } from '../shareIcons';
import { templateParts } from '../dictionaryTemplate';
import { attributes, childrenHtml, escapeAttribute, escapeText, Html } from './html';

type Props = Record<string, unknown> & { children?: unknown };

/** The components an answer may use, by name; anything else fails the content check. */
export const answerComponentNames = ['Step', 'Callout', 'OperatorContact'] as const;

function text(props: Props, name: string, component: string): string {
  const value = props[name];
  if (typeof value !== 'string' || value.trim() === '') throw new Error(`<${component}> needs ${name}="…"`);
  return value;
}

/**
 * A step: its id is the heading's id, so `…/#<id>` links straight to it; share buttons beside it.
 * A step with `see` only points to an answer written in full elsewhere: search leaves it out, so a
 * query lands on that answer instead of one click short of it.
 */
function step(lang: Locale, props: Props): Html {
  const t = useTranslations(lang);
  const id = text(props, 'id', 'Step');
  const title = text(props, 'title', 'Step');
  const pointer = typeof props['see'] === 'string';
  const shareButton = (action: string, label: string, icon: 'link' | 'qr') =>
    `<button${attributes({ type: 'button', 'data-share-action': action, 'data-share-anchor': id, 'aria-label': `${label}: ${title}` })}>${shareIconSvg(icon)}</button>`;
  return new Html(
    `<div class="step"${pointer ? ' data-pagefind-ignore' : ''}><div class="step-heading"><h2 id="${escapeAttribute(id)}">${escapeText(title)}</h2>` +
      `<a class="anchor" href="#${escapeAttribute(id)}" data-pagefind-ignore><span aria-hidden="true">#</span><span class="sr-only">${escapeText(t.anchorLabel)}: ${escapeText(title)}</span></a>` +
      `<span class="tools" data-share-control data-print="hide" data-pagefind-ignore>${shareButton('copy-link', t.copyStepLink, 'link')}${shareButton('qr', t.showStepQr, 'qr')}</span></div>` +
      `<div class="step-body">${childrenHtml(props.children)}</div></div>`,
  );
}

/** A box read before the steps. Its heading has no id on purpose: step anchors are the only ids staff link to. */
function callout(props: Props): Html {
  const title = text(props, 'title', 'Callout');
  return new Html(`<aside class="callout"><h2>${escapeText(title)}</h2><div class="callout-body">${childrenHtml(props.children)}</div></aside>`);
}

/** A dictionary sentence with its `{slot}`s replaced by markup, the text around them escaped. */
function sentence(template: string, slots: Record<string, string>): string {
  return templateParts(template)
    .map((part) => ('text' in part ? escapeText(part.text) : (slots[part.slot] ?? '')))
    .join('');
}

/** Whom to call: the operator's hotline from content/operator.yaml, or the number on the terminal's sticker. */
function contact(lang: Locale, operator: Operator | null, props: Props): Html {
  const extra = Object.keys(props).filter((name) => name !== 'children');
  if (extra.length > 0 || childrenHtml(props.children) !== '') throw new Error('<OperatorContact /> takes no attributes and no content');
  const t = useTranslations(lang);
  const c = operatorContact(operator, lang);
  if (!c) return new Html(`<p class="operator-contact">${sentence(t.callFallback, { fallback: `<strong>${escapeText(t.fallbackNumber)}</strong>` })}</p>`);
  const call = sentence(t.callOperator, {
    name: `<strong>${escapeText(c.name)}</strong>`,
    hotline: `<a href="${escapeAttribute(c.tel)}">${escapeText(c.hotline)}</a>`,
    hours: c.hours ? escapeText(fill(t.hoursInBrackets, { hours: c.hours })) : '',
  });
  const website = c.website ? sentence(t.operatorWebsite, { website: `<a href="${escapeAttribute(c.website.href)}">${escapeText(c.website.label)}</a>` }) : '';
  return new Html(`<p class="operator-contact">${call}${website}</p>`);
}

/** The components for one answer, in the answer's language. */
export function answerComponents(lang: Locale, operator: Operator | null) {
  return {
    Step: (props: Props) => step(lang, props),
    Callout: callout,
    OperatorContact: (props: Props) => contact(lang, operator, props),
  } satisfies Record<(typeof answerComponentNames)[number], (props: Props) => Html>;
}
