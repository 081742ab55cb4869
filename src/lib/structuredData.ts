/** schema.org data for search engines and chat previews, built from the same text the page shows. */

export interface FaqEntry {
  question: string;
  answer: string;
}

/**
 * @example faqPage([{ question: 'Q?', answer: 'A.' }]).mainEntity[0].acceptedAnswer.text // 'A.'
 */
export function faqPage(entries: readonly FaqEntry[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: entries.map(({ question, answer }) => ({
      '@type': 'Question',
      name: question,
      acceptedAnswer: { '@type': 'Answer', text: answer },
    })),
  };
}

/** @example breadcrumbList([{ name: 'Home', url: 'https://x/zh/' }]).itemListElement[0].position // 1 */
export function breadcrumbList(items: readonly { name: string; url: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({ '@type': 'ListItem', position: index + 1, name: item.name, item: item.url })),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the element. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
