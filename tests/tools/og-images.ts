/**
 * `npm run og:images`: draws the link-preview images (1200×630, one per language) into
 * public/og/ with headless Chromium. Run it again after changing the site name or tagline.
 */
import { launchChromium } from '../bench/preview.ts';
import { en } from '../../src/i18n/ui/en.ts';
import { zh } from '../../src/i18n/ui/zh.ts';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function card(lang: string, title: string, tagline: string): string {
  return `<!doctype html><html lang="${lang}"><meta charset="utf-8"><body style="margin:0">
<div style="box-sizing:border-box;width:1200px;height:630px;padding:80px;display:flex;flex-direction:column;justify-content:center;gap:36px;
  background:linear-gradient(135deg,#fff 0%,#f4f6f8 100%);font-family:'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif;color:#1b1f24;border-bottom:24px solid #c8102e">
  <svg viewBox="0 0 32 32" width="120" height="120"><rect x="3" y="7" width="26" height="18" rx="3" fill="#c8102e"/><rect x="8" y="12" width="7" height="6" rx="1" fill="#f7d774"/></svg>
  <div style="font-size:64px;font-weight:700;line-height:1.25">${escape(title)}</div>
  <div style="font-size:34px;color:#4e5661;line-height:1.4">${escape(tagline)}</div>
</div></body></html>`;
}

const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
for (const [lang, t] of [['zh', zh], ['en', en]] as const) {
  await page.setContent(card(lang === 'zh' ? 'zh-CN' : 'en', t.siteName, t.siteTagline));
  await page.screenshot({ path: `public/og/${lang}.jpg`, type: 'jpeg', quality: 85 });
  console.log(`public/og/${lang}.jpg`);
}
await browser.close();
