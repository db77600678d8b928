import type { SpeakerLinks } from '../../schema/speaker.ts';

/** A person's public profiles as links, in a fixed order, with the platform named. */
export function profileLinks(links: SpeakerLinks): { label: string; href: string }[] {
  const out: { label: string; href: string }[] = [];
  if (links.website) out.push({ label: new URL(links.website).hostname.replace(/^www\./, ''), href: links.website });
  if (links.github) out.push({ label: `GitHub : ${links.github}`, href: `https://github.com/${links.github}` });
  if (links.mastodon) {
    const [, user, host] = links.mastodon.split('@');
    out.push({ label: `Mastodon : ${links.mastodon}`, href: `https://${host}/@${user}` });
  }
  if (links.bluesky) out.push({ label: `Bluesky : ${links.bluesky}`, href: `https://bsky.app/profile/${links.bluesky}` });
  if (links.linkedin) out.push({ label: 'LinkedIn', href: `https://www.linkedin.com/${links.linkedin}/` });
  if (links.x) out.push({ label: `X : @${links.x}`, href: `https://x.com/${links.x}` });
  return out;
}
