import type { APIRoute, GetStaticPaths } from 'astro';
import { sessionCard } from '../../../data/exports.ts';
import { renderCard } from '../../../data/card-png.ts';
import { getSite, type SessionView } from '../../../data/site.ts';

export const getStaticPaths = (async () =>
  (await getSite()).sessions.map((session) => ({ params: { event: session.event.id, session: session.slug }, props: { session } }))) satisfies GetStaticPaths;

/** A session's social card (1200×630 PNG), drawn once and cached between builds. */
export const GET: APIRoute<{ session: SessionView }> = async ({ props }) => {
  const { image } = await renderCard(await sessionCard(props.session));
  return new Response(new Uint8Array(image), { headers: { 'Content-Type': 'image/png' } });
};
