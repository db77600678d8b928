// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { SITE } from './src/site.ts';
import carnet from './src/build/index.ts';
import { buildContext } from './src/build/context.ts';
import { markdownProcessor, mdxProcessor } from './src/lib/markdown/processors.ts';
import { sitemapOptions } from './src/build/sitemap.ts';

// Shared by Carnet's integration, the Markdown pipelines and the sitemap (src/build/README.md).
const build = buildContext();

export default defineConfig({
  // Without a public address there is no `site`: what needs one is left out (src/lib/site/address.ts).
  ...(SITE.url ? { site: SITE.url } : {}),
  base: SITE.base,
  trailingSlash: 'always',
  // The interface languages of content/site.yaml: the default one at the root, so published URLs do
  // not change, each other under /<code>/. Pages are under src/pages/[...lang]/ (src/i18n/routes.ts).
  i18n: { locales: [...SITE.languages], defaultLocale: SITE.defaultLanguage, routing: { prefixDefaultLocale: false } },
  // Per-project cache (not node_modules/.astro): temporary copies that link node_modules must not share it.
  cacheDir: './.astro/cache',
  // Two pages at a time: while one page waits for its file to be written (and for Pagefind to take
  // it), the next one renders. A 1,000-note build renders its pages in 7 s instead of 11 (BENCHMARKS.md).
  build: { concurrency: 2 },
  markdown: { processor: markdownProcessor(build.refusedNotes) },
  // A Content-Security-Policy in every page's <meta>: Astro hashes the scripts and styles it
  // bundles; the layout adds the rest of the policy (src/lib/site/csp.ts, applied by src/data/page-csp.ts).
  // Astro then warns that Shiki's inline styles do not fit a CSP: they are style attributes,
  // which the policy allows (style-src-attr), so code blocks keep their colours.
  security: { csp: true },
  // The sitemap lists absolute addresses: without the site's, it is left out (siteAddressNotice says so).
  integrations: [mdx({ processor: mdxProcessor(build.refusedNotes) }), carnet(build), ...(SITE.url ? [sitemap(sitemapOptions(build))] : [])],
});
