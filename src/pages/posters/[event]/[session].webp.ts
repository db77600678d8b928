// The poster of every session with a replay, made at build time and served from our own
// origin: the player shows it until the reader chooses to play.
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderCard } from '../../../data/card-png.ts';
import { getSite, type SessionView } from '../../../data/site.ts';
import { posterSvg } from '../../../lib/poster.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.sessions
    .filter((session) => session.replay.state === 'available')
    .map((session) => ({ params: { event: session.event.id, session: session.slug }, props: { session } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ session: SessionView }> = async ({ props: { session } }) => {
  const site = await getSite();
  const svg = posterSvg({
    title: session.title,
    event: session.event.data.shortName,
    people: session.data.people.map((person) => site.speakers.get(person.id)!.name),
    background: session.event.data.colours.background,
    accent: session.event.data.colours.accent,
  });
  const { image } = await renderCard(svg, undefined, 'webp');
  return new Response(new Uint8Array(image), { headers: { 'Content-Type': 'image/webp' } });
};
