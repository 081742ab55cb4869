/**
 * The help center's sections, in reading order. Each is a content collection
 * (`content/<id>/`), so adding one means adding it here and in content.config.ts.
 */
export const sectionIds = ['ic-card-upgrade', 'failed-swipes', 'settlement'] as const;

export type SectionId = (typeof sectionIds)[number];

export function isSectionId(value: unknown): value is SectionId {
  return typeof value === 'string' && (sectionIds as readonly string[]).includes(value);
}

/** Question and step ids are URL fragments support staff paste: keep them plain ASCII. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Ids the page templates already use; a step may not take them. */
export const reservedAnchorIds = ['main', 'top', 'answer', 'steps', 'related', 'search'] as const;
