/**
 * The share icons' SVG: drawn by ShareIcon.astro in pages and written into each answer's stored
 * HTML by src/lib/answerMdx/components.ts, so both stay one drawing.
 * Decorative: every button that shows one also has a text or screen-reader label.
 */
export const shareIconPaths = {
  link: 'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1',
  text: 'M5 5h14M5 10h14M5 15h9M5 20h6',
  qr: 'M4 4h6v6H4zM14 4h6v6h-6zM4 14h6v6H4zM14 14h2v2h-2zM18 18h2v2h-2zM14 18h2M18 14h2',
} as const;

export type ShareIconName = keyof typeof shareIconPaths;

/** The icon as markup, byte for byte what ShareIcon.astro renders. */
export function shareIconSvg(name: ShareIconName): string {
  return `<svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="${shareIconPaths[name]}"></path></svg>`;
}
