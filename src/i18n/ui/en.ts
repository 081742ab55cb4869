/** English UI strings. The Chinese dictionary must have exactly these keys. */
export const en = {
  siteName: 'UnionPay IC Card Upgrade Help',
  siteTagline: 'Answers for merchants whose POS terminals are moving to chip cards',
  chooseLanguage: 'Choose your language',
  skipToContent: 'Skip to content',
  homeLabel: 'Home',
  breadcrumbLabel: 'Breadcrumb',
  switchToThis: 'Read this page in English',
  shortAnswer: 'Short answer',
  anchorLabel: 'Link to this step',
  relatedHeading: 'Related questions',
  previousQuestion: 'Previous',
  nextQuestion: 'Next',
  pagerLabel: 'More in this section',
  lastUpdated: 'Last updated',
  allQuestions: 'All questions',
  allSections: 'Browse by topic',
  searchPlaceholder: 'Describe the problem, e.g. “card declined”',
  searchLabel: 'Search the help center',
  searchNoScript: 'Browse all questions',
  notFoundTitle: 'Page not found',
  notFoundBody: 'This page does not exist or has moved. Start again from the home page:',
  footerNote: 'For merchants using UnionPay POS terminals. For questions about your own account, contact your acquirer or POS service provider.',
} as const;

export type UiKey = keyof typeof en;
export type UiStrings = Record<UiKey, string>;
