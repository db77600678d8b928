// The floor: the smallest Astro site that turns the same notes into one page each.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({ cacheDir: './.astro/cache', integrations: [mdx()] });
