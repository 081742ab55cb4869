/**
 * A tiny JSX runtime that builds HTML strings, for evaluating an answer's MDX once at content sync
 * (src/lib/answerMdx/render.ts) instead of bundling it as a module. It escapes exactly as Astro's
 * renderer does, so the stored HTML is the HTML the MDX components used to produce.
 */

/** Markup that is already HTML (as opposed to text, which is escaped). */
export class Html {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

/** Text as Astro escapes `{expressions}` (html-escaper: & < > ' "). */
export function escapeText(text: string): string {
  return text.replace(/[&<>'"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' })[c] ?? c);
}

/** An attribute value as Astro writes it (only & and " escaped). */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** `name="value"` pairs; `true` and `''` give a bare attribute, as in Astro templates. */
export function attributes(values: Record<string, string | boolean | undefined>): string {
  return Object.entries(values)
    .filter(([, value]) => value !== undefined && value !== false)
    .map(([name, value]) => (value === true || value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`))
    .join('');
}

export function childrenHtml(children: unknown): string {
  if (children === null || children === undefined || typeof children === 'boolean') return '';
  if (children instanceof Html) return children.value;
  if (Array.isArray(children)) return children.map(childrenHtml).join('');
  if (typeof children === 'string' || typeof children === 'number') return escapeText(String(children));
  throw new Error(`cannot render ${typeof children} in an answer`);
}

const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

export const Fragment = Symbol('Fragment');

type Props = Record<string, unknown> & { children?: unknown };
type Component = (props: Props) => Html;

/**
 * `jsx()` for MDX's compiled output: static runs arrive as `<Fragment set:html>` (the `optimize`
 * setting Astro's MDX used), components are our own functions, elements are serialised.
 */
export function jsx(type: unknown, rawProps: unknown): Html {
  const props = (rawProps ?? {}) as Props;
  if (type === Fragment) return new Html(typeof props['set:html'] === 'string' ? props['set:html'] : childrenHtml(props.children));
  if (typeof type === 'function') return (type as Component)(props);
  if (typeof type !== 'string') throw new Error(`cannot render ${String(type)} in an answer`);
  const { children, ...rest } = props;
  const attrs = attributes(Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, typeof v === 'boolean' ? v : String(v)])));
  return new Html(voidElements.has(type) ? `<${type}${attrs}>` : `<${type}${attrs}>${childrenHtml(children)}</${type}>`);
}
