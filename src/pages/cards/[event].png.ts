import type { APIRoute, GetStaticPaths } from 'astro';
import { eventCard } from '../../data/exports.ts';
import { renderCard } from '../../data/card-png.ts';
import { getSite, type EventView } from '../../data/site.ts';

export const getStaticPaths = (async () => (await getSite()).events.map((event) => ({ params: { event: event.id }, props: { event } }))) satisfies GetStaticPaths;

/** The event's social card (1200×630 PNG), drawn once and cached between builds. */
export const GET: APIRoute<{ event: EventView }> = async ({ props }) => {
  const { image } = await renderCard(await eventCard(props.event));
  return new Response(new Uint8Array(image), { headers: { 'Content-Type': 'image/png' } });
};
