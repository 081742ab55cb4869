/** The "where these codes come from" page, written from the research notes in our own words. */
export interface AboutText {
  title: string;
  intro: string;
  sections: { heading: string; paragraphs?: string[]; items?: string[] }[];
}

export const about: Record<'zh' | 'en', AboutText> = {
  zh: {
    title: '这些返回码从哪里来',
    intro: '刷卡交易被拒时，机器收到一个两位的返回码（报文里的“第 39 域”），可能来自发卡行、银联，也可能来自收单机构的系统。屏幕上那句中文是机器厂商自己写的，所以同一个代码在不同机器上说法不同。',
    sections: [
      {
        heading: '我们参考了哪些资料',
        items: [
          '银联跨行交换技术规范的附录（2014、2015 年版）：代码、含义和推荐的屏幕提示，这是最主要的依据。它属于会员资料，我们只用来核对事实，没有转载原文。',
          '公开代码库里的 POS 终端和收单系统程序：从中看到机器实际显示的各种说法，以及 77、78、79 这类 POS 前置系统自己的代码和还在使用的旧式代码。',
          '收单机构、支付公司公开的开发文档：用来核对英文说法和各家的差异。',
          '商户帮助网页：比如校验错要重新签到、97 表示终端没开通，只作为补充。',
        ],
      },
      {
        heading: '建议是怎么写的',
        paragraphs: [
          '代码的含义来自上面的资料，页面上的文字都是我们自己写的。“现在怎么做”和“跟顾客怎么说”是我们根据含义整理的做法；凡是超出资料的部分，都标了“这是推断”，页面上也会提醒你向收单机构或 POS 服务商确认。',
          '同一个代码，资料之间说法不一致的，我们在代码页的“有些机器上的其他含义”里写明。',
        ],
      },
      {
        heading: '列表里没有的代码',
        paragraphs: ['有些收单机构和机器厂商会用自己的代码或提示，它们不是银联的标准代码，所以没有单独的页面。常见的有：'],
        items: [
          '“ZA 校验错，请重新签到”、P6“未签到”、87/88“密钥同步错”：都是密钥或签到问题，先签到，不行找服务商；',
          'P8“POS 终端未开通”：找服务商开通；',
          '“IC卡公钥下载失败”“IC卡参数下载失败”：检查网络、签到后在管理菜单里重新下载；',
          '以 E 开头的三位数（如 E313、E403）：机器自己的错误号，重启后重试，反复出现找服务商。',
        ],
      },
      {
        heading: '以收单机构为准',
        paragraphs: ['这个网站不是银联或银行的官方网站。屏幕提示或收单机构的说法和这里不同时，请按收单机构说的做。'],
      },
    ],
  },
  en: {
    title: 'Where these codes come from',
    intro: 'When a card payment is refused, the terminal receives a two-character response code (field 39 of the message) set by the card’s bank, by UnionPay or by your acquirer’s system. The Chinese words on the screen are written by the terminal’s maker, so the same code reads differently from one terminal to another.',
    sections: [
      {
        heading: 'What we read',
        items: [
          'The appendix of UnionPay’s interbank specification (2014 and 2015 editions): the codes, their meaning and the suggested screen text. This is the main source. It is member material, so we used it only to check facts and reproduce none of its text.',
          'Terminal and acquirer software in public code repositories: what terminals actually display, the POS host’s own codes such as 77, 78 and 79, and older codes still in use.',
          'Public developer documentation of acquirers and payment companies: English wording and how they differ.',
          'Merchant help pages, for practical points such as signing in after a check error, or 97 meaning the terminal is not activated.',
        ],
      },
      {
        heading: 'How we wrote the advice',
        paragraphs: [
          'The meanings come from those sources; every sentence on these pages is our own. “What to do now” and “What to tell the customer” are practical steps we derived from the meaning. Wherever they go beyond the sources they say “our inference”, and the page asks you to check with your acquirer or POS provider.',
          'Where sources disagree about a code, its page says so under “Other meanings on some terminals”.',
        ],
      },
      {
        heading: 'Codes not on our list',
        paragraphs: ['Some acquirers and terminal makers use codes or messages of their own. They are not UnionPay codes, so they have no page here. The common ones:'],
        items: [
          'ZA 校验错，请重新签到 (check error, sign in), P6 未签到 (not signed in), 87/88 密钥同步错 (keys out of sync): key or sign-in problems. Sign in; if that fails, call your provider.',
          'P8 POS终端未开通 (terminal not activated): ask your provider to activate it.',
          'IC卡公钥下载失败 / IC卡参数下载失败 (chip key or parameter download failed): check the network, sign in and run the download again from the management menu.',
          'Three digits after an E (E313, E403…): the terminal’s own error numbers. Restart and retry; if it keeps happening, call your provider.',
        ],
      },
      {
        heading: 'Your acquirer has the last word',
        paragraphs: ['This is not an official UnionPay or bank website. Where your screen or your acquirer says something different, do what your acquirer says.'],
      },
    ],
  },
};
