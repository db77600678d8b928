// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { SITE } from './src/site.ts';
import contentCheck from './src/integrations/content-check.ts';
import { markdownProcessor, mdxProcessor } from './src/markdown/processors.ts';

export default defineConfig({
  site: SITE.url,
  trailingSlash: 'always',
  markdown: { processor: markdownProcessor() },
  integrations: [contentCheck(), mdx({ processor: mdxProcessor() })],
});
