import { defineConfig } from '@playwright/test';

// Another port can be given when several checkouts run their tests at once.
const PORT = Number(process.env.CARNET_TEST_PORT) || 4391;
/** The fixture site (tests/fixtures/site), built for the replay tests; content/ stays free of test content. */
export const FIXTURE_PORT = Number(process.env.CARNET_FIXTURE_PORT) || PORT + 1;

// Debian's Chromium, never a downloaded browser; the flags keep it off the network.
export const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: CHROMIUM,
  },
  // --ignore-lock: Astro allows one tracked preview per project; the two servers share the project.
  webServer: [
    // Serves the dist/ that `npm test` just built.
    {
      command: `astro preview --ignore-lock --host 127.0.0.1 --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    // Builds the fixture site into dist-fixture/ and serves it.
    {
      command: `astro build --outDir dist-fixture && astro preview --ignore-lock --outDir dist-fixture --host 127.0.0.1 --port ${FIXTURE_PORT}`,
      // With an address, as a deployed site: its sitemap lists every page for the tests that visit them all.
      env: { CARNET_CONTENT: 'tests/fixtures/site/content', SITE_URL: 'https://fixture.carnet.test/' },
      url: `http://127.0.0.1:${FIXTURE_PORT}/`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
