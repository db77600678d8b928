// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { SITE } from './src/site.ts';
import contentCheck from './src/integrations/content-check.ts';
import searchIndex from './src/integrations/pagefind.ts';

export default defineConfig({
  site: SITE.url,
  trailingSlash: 'always',
  integrations: [contentCheck(), mdx(), searchIndex()],
});
