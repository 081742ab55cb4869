/**
 * An answer's MDX body rendered to HTML once, at content sync, the way Astro renders a `.md`
 * entry into the content store (`rendered.html`). Bundling every answer as a JS module instead cost
 * Rolldown about 0.3 MB of native memory per answer (README, "A large help center").
 *
 * The Markdown is compiled by satteri with the settings Astro's MDX used (GFM, smart punctuation,
 * heading ids, static runs collapsed to HTML), so the HTML is the same as before.
 */
import { evaluate, type MdxCompileOptions } from 'satteri';
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import type { Locale } from '../../i18n/locales';
import type { Operator } from '../../schemas/operator';
import { answerComponents } from './components';
import { Fragment, Html, jsx } from './html';

export interface AnswerHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface RenderedAnswer {
  html: string;
  /** The steps' headings (`<Step id title>`), then any Markdown headings, as Astro's `render()` returns them. */
  headings: AnswerHeading[];
}

export interface AnswerContext {
  lang: Locale;
  /** content/operator.yaml, or null when it is left empty (the fallback sentence is used). */
  operator: Operator | null;
}

/** Satteri's options as @astrojs/markdown-satteri passes them for MDX with `optimize: true`. */
const compileOptions = {
  optimizeStatic: { component: 'Fragment', prop: 'set:html' },
  features: { gfm: true, smartPunctuation: true },
  elementAttributeNameCase: 'html',
} satisfies MdxCompileOptions;

/**
 * Renders one answer body (the MDX after its frontmatter). Throws on malformed MDX or a component
 * other than Step, Callout and OperatorContact; the content check reports both first, by file and line.
 * @example renderAnswer('<Callout title="先做">\n\n收款。\n\n</Callout>', { lang: 'zh', operator: null }).html
 * // '<aside class="callout"><h2>先做</h2><div class="callout-body"><p>收款。</p></div></aside>'
 */
export function renderAnswer(body: string, context: AnswerContext): RenderedAnswer {
  // The heading-ids plugin writes Markdown headings here, as in Astro's own MDX pipeline.
  const astro = { frontmatter: {}, headings: [] as AnswerHeading[], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() };
  const module = evaluate(body, { ...compileOptions, hastPlugins: [satteriHeadingIdsPlugin()], data: { astro }, Fragment, jsx, jsxs: jsx });
  if (module instanceof Promise) throw new Error('answer MDX compiled asynchronously: no async plugins are expected');
  const steps: AnswerHeading[] = [];
  const components = answerComponents(context.lang, context.operator);
  const Content = module['default'] as (props: { components: Record<string, unknown> }) => Html;
  const html = Content({
    components: {
      ...components,
      Step: (props: Record<string, unknown>) => {
        const rendered = components.Step(props);
        steps.push({ depth: 2, slug: String(props['id']), text: String(props['title']) });
        return rendered;
      },
      Fragment,
    },
  });
  return { html: html.value, headings: [...steps, ...astro.headings] };
}
