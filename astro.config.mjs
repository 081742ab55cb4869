// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { contentIntegrity } from './src/integrations/contentIntegrity.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { deployHeaders } from './src/integrations/deployHeaders.ts';
import { locales, defaultLocale } from './src/i18n/locales.ts';

// SITE_URL and BASE_PATH let the same build deploy at a domain root or under a sub-path.
const site = process.env.SITE_URL ?? 'https://help.example.cn';
const base = process.env.BASE_PATH ?? '/';
const entryPage = new URL(base.replace(/\/?$/, '/'), site).href;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // The whole stylesheet (3.4 KB gzip) goes inline in every page: the first paint then needs the
  // HTML alone, one round trip. The CSP allows it by hash (src/integrations/deployHeaders.ts).
  build: { format: 'directory', inlineStylesheets: 'always' },
  vite: {
    build: {
      // Each page inlines only the CSS of the components it uses (code, troubleshooter and glossary
      // styles stay off the answer pages); the CSP lists one hash per distinct stylesheet.
      cssCodeSplit: true,
      // Never inline scripts into pages: the Content-Security-Policy allows no inline script.
      assetsInlineLimit: 0,
      rolldownOptions: {
        onwarn(warning, warn) {
          // Astro's own MDX wrapper trips this (withastro/astro#18087); the directive is harmless here.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  integrations: [
    contentIntegrity(),
    sitemap({
      // The entry page only points to the two homes, which are listed themselves.
      filter: (page) => page !== entryPage,
      i18n: {
        defaultLocale,
        locales: Object.fromEntries(Object.entries(locales).map(([code, l]) => [code, l.htmlLang])),
      },
    }),
    pagefind(),
    deployHeaders(),
  ],
});
