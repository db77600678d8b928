import type { SpeakerLinks } from '../../schema/speaker.ts';

/**
 * A person's public profiles as links, in a fixed order, with the platform named. French puts a
 * space before a colon ("GitHub : ada"), other languages do not (`language`, an interface language).
 */
export function profileLinks(links: SpeakerLinks, language = 'fr'): { label: string; href: string }[] {
  const out: { label: string; href: string }[] = [];
  const colon = language === 'fr' ? ' : ' : ': ';
  if (links.website) out.push({ label: new URL(links.website).hostname.replace(/^www\./, ''), href: links.website });
  if (links.github) out.push({ label: `GitHub${colon}${links.github}`, href: `https://github.com/${links.github}` });
  if (links.mastodon) {
    const [, user, host] = links.mastodon.split('@');
    out.push({ label: `Mastodon${colon}${links.mastodon}`, href: `https://${host}/@${user}` });
  }
  if (links.bluesky) out.push({ label: `Bluesky${colon}${links.bluesky}`, href: `https://bsky.app/profile/${links.bluesky}` });
  if (links.linkedin) out.push({ label: 'LinkedIn', href: `https://www.linkedin.com/${links.linkedin}/` });
  if (links.x) out.push({ label: `X${colon}@${links.x}`, href: `https://x.com/${links.x}` });
  return out;
}
