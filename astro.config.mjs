// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentIntegrity } from './src/integrations/contentIntegrity.ts';
import { locales, defaultLocale } from './src/i18n/locales.ts';

// SITE_URL and BASE_PATH let the same build deploy at a domain root or under a sub-path.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://help.example.cn',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    contentIntegrity(),
    mdx(),
    sitemap({
      i18n: {
        defaultLocale,
        locales: Object.fromEntries(Object.entries(locales).map(([code, l]) => [code, l.htmlLang])),
      },
    }),
  ],
});
