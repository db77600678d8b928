import { defineConfig } from 'vitest/config';

// Two projects: `unit` runs before the build (pure logic), `site` checks the built dist/.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'] } },
    ],
  },
});
