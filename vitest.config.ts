import { defineConfig } from 'vitest/config';

// Three projects: `unit` is pure logic (tests/unit mirrors src/), `integration` starts processes
// or threads (git, Pagefind, the CLIs, the content worker) and builds no site, and `site` checks
// the dist/ that `npm test` builds between them.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { test: { name: 'integration', include: ['tests/integration/**/*.test.ts'] } },
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'] } },
    ],
  },
});
