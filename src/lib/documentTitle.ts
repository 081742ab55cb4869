/** Search results and browser tabs cut titles at about 70 characters. */
const maxLength = 70;

/**
 * The document title: the page's own title followed by the site name, or the short site name,
 * or nothing, whichever first fits in 70 characters. The home page is the site name alone.
 * @example documentTitle('Who do I call?', 'UnionPay IC Card Upgrade Help', 'IC Upgrade Help') // 'Who do I call? · UnionPay IC Card Upgrade Help'
 */
export function documentTitle(title: string, siteName: string, shortName: string): string {
  if (title === siteName) return title;
  const candidates = [`${title} · ${siteName}`, `${title} · ${shortName}`];
  return candidates.find((candidate) => candidate.length <= maxLength) ?? title;
}
