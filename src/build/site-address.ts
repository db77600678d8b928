import type { AstroIntegration } from 'astro';
import { NEEDS_ADDRESS } from '../lib/site/address.ts';
import { SITE } from '../site.ts';

/** Says once, when a build has no public address, what it leaves out and how to give one. */
export default function siteAddressNotice(): AstroIntegration {
  return {
    name: 'carnet:site-address',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' || SITE.url) return;
        logger.warn(
          `The site's public address is not known, so this build leaves out ${NEEDS_ADDRESS}. Set url in content/site.yaml, or SITE_URL (SITE_URL=https://org.github.io/carnet/ npm run build).`,
        );
      },
    },
  };
}
