import { test } from '@playwright/test';
import { expectAccessible } from './axe.ts';

// One page of every kind, in both themes.
const PAGES = [
  '/',
  '/kcd-france-2023/',
  '/cloud-native-days-france-2026/',
  '/kcd-france-2023/creer-un-plugin-kubectl/',
  '/kcd-france-2023/table-ronde-ops-dev-devops/',
  '/cloud-native-days-france-2026/keynote-ouverture/',
  '/cloud-native-days-france-2026/tracks/reseau-et-securite/',
  '/speakers/',
  '/speakers/aurelie-vache/',
  '/topics/',
  '/topics/secrets/',
  '/tools/',
  '/404/',
  // Issue 14: the events index, and a session with no note yet (its invitation to write one).
  '/events/',
  '/cloud-native-days-france-2026/rex-renault-kubernetes-as-a-service/',
  // Issue 18: the reader's programme (empty here; filled in programme.spec.ts) and the offline notice.
  '/programme/',
  '/offline/',
];

// The same pages in the English interface (issue 16).
const ENGLISH = PAGES.map((path) => `/en${path}`);

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const path of [...PAGES, ...ENGLISH]) {
      test(`axe finds no WCAG 2.2 A/AA violation on ${path}`, async ({ page }) => {
        await page.goto(path);
        await expectAccessible(page);
      });
    }
  });
}
