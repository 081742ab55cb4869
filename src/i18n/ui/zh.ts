import type { UiStrings } from './en';

/** 中文界面文字：与英文词典的键一一对应，缺一个就无法通过类型检查。 */
export const zh = {
  siteName: '银联 POS 机升级 IC 卡帮助中心',
  siteTagline: '写给 POS 机升级 IC 卡的商户：常见问题一次讲清',
  chooseLanguage: '请选择语言',
  skipToContent: '跳到正文',
  homeLabel: '首页',
  breadcrumbLabel: '当前位置',
  switchToThis: '切换到中文阅读本页',
  shortAnswer: '简短回答',
  anchorLabel: '本步骤的链接',
  relatedHeading: '相关问题',
  previousQuestion: '上一个',
  nextQuestion: '下一个',
  pagerLabel: '本栏目的其他问题',
  lastUpdated: '最后更新',
  allQuestions: '全部问题',
  allSections: '按主题浏览',
  searchPlaceholder: '描述遇到的问题，例如“刷不了卡”',
  searchLabel: '搜索帮助中心',
  searchNoScript: '浏览全部问题',
  notFoundTitle: '页面不存在',
  notFoundBody: '这个页面不存在或已经移动。请从首页重新查找：',
  footerNote: '本站面向使用银联 POS 机的商户。涉及您自己账户的问题，请联系收单机构或 POS 服务商。',
} as const satisfies UiStrings;
