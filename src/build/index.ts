import type { AstroIntegration } from 'astro';
import contentCheck from './content-check.ts';
import type { BuildContext } from './context.ts';
import searchIndex from './search.ts';
import siteAddressNotice from './site-address.ts';
import socialCards from './social-cards.ts';
import offline from './offline.ts';

/**
 * Carnet's part of the build, as one integration made of its parts (src/build/README.md tells
 * the timeline): the site's address notice, the content checks, the social cards, the search
 * index and the service worker. They share `build`, the same context the Markdown pipelines record refused notes in.
 */
export default function carnet(build: BuildContext): AstroIntegration[] {
  return [siteAddressNotice(), contentCheck(build), searchIndex(), socialCards(build), offline()];
}
