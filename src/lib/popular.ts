/**
 * The questions offered when a search finds nothing: the ones support staff send most often.
 * There is no analytics on the site, so this is an editorial list; keep it to four.
 */
export const popularQuestionIds = ['cant-swipe-after-upgrade', 'settlement-delays', 'upgrade-scams', 'how-to-apply'] as const;
